"""Kemajuan Belajarku's rule: answers counted per chapter and per key concept.

Nothing is sent anywhere. The page carries, as data, which self-checks each chapter shows
and which concepts each checks (Latihan Campuran's questions included), with just enough
of every answer key to tell right from wrong (``Prepared.rule``), the mastery thresholds
and every word it shows; ``static/progress.js`` reads the answers that ``selfcheck.js``
and ``practice.js`` keep in the browser and counts them with the rule below, which
``progress_widget`` uses in a kernel. Both pass ``tests/conformance/mastery.json``.
:mod:`kerjasama.selfchecks.progress_page` draws the page from these counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kerjasama.content.library import Library
from kerjasama.content.mastery import question_concepts
from kerjasama.selfchecks.answers import browser_storage
from kerjasama.selfchecks.grading import Prepared, is_correct
from kerjasama.selfchecks.practice import practice_questions
from kerjasama.selfchecks.prepare import ChapterChecks
from kerjasama.selfchecks.share import share_format

#: A key concept is mastered from this share of right answers, on MIN_ANSWERS or more.
MASTERED = 0.8
MIN_ANSWERS = 2
#: ``data-status`` of a key concept → what the reader sees.
STATUS_LABELS = {
    "belum": "belum dicoba",
    "sedang": "kerjakan satu soal lagi",
    "perlu-diulang": "perlu diulang",
    "dikuasai": "dikuasai",
}
NO_ANSWERS = "Belum ada jawaban yang tersimpan di perangkat ini."
COUNT_TEMPLATE = "{answered} dari {total} soal dijawab, {right} benar"
#: The mastery grid's rows, in this order: the forms and the kinds first (the two ways of
#: classifying one case), then the other key concepts.
GROUP_TITLES = {
    "bentuk-kerja-sama": "Bentuk kerja sama",
    "jenis-kerja-sama": "Jenis kerja sama",
    "golongan-proses": "Golongan proses sosial",
    "kelompok": "Kelompok sosial",
}
PRACTICE_PAGE = "latihan-campuran.html"
#: The words ``progress.js`` writes ({name}s filled in there).
TEXTS = {
    "count": COUNT_TEMPLATE,
    "concept": "{right} benar dari {answered} jawaban",
    "bar": "{right} benar dari {total} soal",
    "practice": "Dari Latihan Campuran: {answered} jawaban, {right} benar.",
    "redo": "Ulangi soal yang belum tepat",
    "next": "Kerjakan soal berikutnya",
    "finish": "Selesaikan soal-soal {chapter}.",
    "review": "Pelajari lagi {concept}, lalu ulangi soalnya.",
    "start": "Mulailah dengan soal-soal {chapter}.",
    "allRight": "Semua jawabanmu sudah benar. Lanjutkan dengan soal-soal {chapter}.",
    "mixed": "Semua soal bab sudah benar. Uji dirimu dengan kasus-kasus di Latihan Campuran.",
    "summary": "Kamu sudah menjawab {answered} dari {total} soal; {right} benar.",
    "none": NO_ANSWERS,
    "confirm": "Hapus semua jawaban yang tersimpan di perangkat ini? "
    "Jawaban yang sudah dihapus tidak dapat dikembalikan.",
    "file": "kemajuan-{name}.txt",
}


@dataclass(frozen=True)
class Count:
    answered: int
    right: int
    total: int


def result(question: Prepared, answers: dict[str, dict[str, Any]]) -> bool | None:
    """True or False once checked, None while not answered (progress.js's ``result``)."""
    record = answers.get(question.id)
    if not isinstance(record, dict) or not record.get("checked"):
        return None
    return is_correct(question.rule(), record.get("answer"))


def count(questions: list[Prepared], answers: dict[str, dict[str, Any]]) -> Count:
    results = [result(q, answers) for q in questions]
    return Count(sum(r is not None for r in results), sum(r is True for r in results), len(results))


def concept_status(counted: Count) -> str:
    """A key of :data:`STATUS_LABELS`: not tried, one more answer, review, or mastered."""
    if counted.answered == 0:
        return "belum"
    if counted.right / counted.answered < MASTERED:
        return "perlu-diulang"
    return "dikuasai" if counted.answered >= MIN_ANSWERS else "sedang"


def all_questions(library: Library, pages: list[ChapterChecks]) -> dict[str, Prepared]:
    """Every question counted: the chapters' self-checks, then Latihan Campuran's."""
    shown = {q.id: q for page in pages for q in page.questions}
    return shown | {q.id: q for q, _concept in practice_questions(library)}


def progress_data(
    library: Library, pages: list[ChapterChecks], practice_counts: bool = False
) -> dict[str, Any]:
    """Chapters with their question ids, key concepts with theirs, and compact keys.

    With ``practice_counts`` (Kemajuan Belajarku; share codes and Rekap Kelas hold chapter
    answers only), a key concept's questions are the chapters' questions that check it,
    then the practice questions whose right answer it is.
    """
    shown = {q.id: q for page in pages for q in page.questions}
    questions = {q.id: q for _bank, q in library.questions()}
    practice = practice_questions(library) if practice_counts else []
    concepts = []
    for kind in GROUP_TITLES:
        for concept in library.concept_ids(kind):
            ids = [i for i in shown if concept in question_concepts(library, questions[i])]
            ids += [q.id for q, checked in practice if checked == concept]
            concepts.append(
                {"id": concept, "kind": kind, "name": _name(library, concept), "questions": ids}
            )
    return {
        "chapters": [
            {
                "doc": f"book/{p.path.stem}",
                "page": f"{p.path.stem}.html",
                "title": p.title,
                "questions": [q.id for q in p.questions],
            }
            for p in pages
        ],
        "concepts": concepts,
        "practice": [q.id for q, _concept in practice],
        "practicePage": PRACTICE_PAGE,
        "keys": {i: q.rule() for i, q in (shown | {q.id: q for q, _c in practice}).items()},
    }


def page_settings() -> dict[str, Any]:
    """The rule's constants and the page's words, for ``progress.js``."""
    return {
        "mastery": {"share": MASTERED, "answers": MIN_ANSWERS, "labels": STATUS_LABELS},
        "storage": browser_storage(),
        "share": share_format(),
        "texts": TEXTS,
    }


def _name(library: Library, concept: str) -> str:
    return next(c.name for c in library.concept_map().concepts if c.id == concept)
