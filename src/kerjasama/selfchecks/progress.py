"""Kemajuan Belajarku: the answers a reader has given, counted per chapter and per concept.

Nothing is sent anywhere. The page carries, as data, which self-checks each chapter shows
and which concepts each checks, with just enough of every answer key to tell right from
wrong (``Prepared.rule``), the mastery thresholds and every word it shows;
``static/progress.js`` reads the answers that ``selfcheck.js`` keeps in the browser and
counts them with the rule below, which ``progress_widget`` uses in a kernel. Both pass
``tests/conformance/mastery.json``.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from kerjasama.content.library import Library
from kerjasama.content.mastery import key_concepts, question_concepts
from kerjasama.markup import json_for_script
from kerjasama.selfchecks.answers import browser_storage
from kerjasama.selfchecks.grading import Prepared, is_correct
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
#: The words ``progress.js`` writes ({name}s filled in there).
TEXTS = {
    "count": COUNT_TEMPLATE,
    "concept": "{answered} dari {total}",
    "redo": "Ulangi soal yang belum tepat",
    "next": "Kerjakan soal berikutnya",
    "finish": "Selesaikan soal-soal {chapter}.",
    "review": "Pelajari lagi {concept}, lalu ulangi soalnya.",
    "start": "Kerjakan dulu soal-soal di setiap bab.",
    "allRight": "Semua soal yang kamu kerjakan sudah benar. Lanjutkan ke bab yang belum kamu buka.",
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


SHARE_FORM = (
    '<h2 class="learning-progress__title">Bagikan kepada guru</h2>'
    "<p>Tulis nama dan kelasmu, lalu tekan <strong>Buat kode</strong>. Salin kodenya ke "
    "pesan untuk gurumu, atau unduh sebagai berkas. Kode hanya berisi jawabanmu.</p>"
    '<p><label for="kemajuan-nama">Nama</label> '
    '<input id="kemajuan-nama" class="learning-progress__name" autocomplete="name"></p>'
    '<p><label for="kemajuan-kelas">Kelas</label> '
    '<input id="kemajuan-kelas" class="learning-progress__group" placeholder="misalnya: X-2"></p>'
    '<p><button type="button" class="learning-progress__share">Buat kode</button></p>'
    '<p class="learning-progress__share-note" role="alert"></p>'
    '<p><label for="kemajuan-kode">Kode untuk guru</label></p>'
    '<textarea id="kemajuan-kode" class="progress-code" rows="4" readonly></textarea>'
    '<p><a class="learning-progress__download" hidden>Unduh kode sebagai berkas</a></p>'
)


def _chapter_html(page: ChapterChecks) -> str:
    total = len(page.questions)
    counted = COUNT_TEMPLATE.format(answered=0, total=total, right=0)
    return (
        f'<li class="learning-progress__chapter" data-progress-chapter="book/{page.path.stem}" '
        f'data-answered="0" data-correct="0" data-total="{total}">'
        f'<a href="{page.path.stem}.html">{html.escape(page.title)}</a> '
        f'<span class="learning-progress__count">{counted}</span> '
        '<a class="learning-progress__next" hidden></a></li>'
    )


def progress_data(library: Library, pages: list[ChapterChecks]) -> dict[str, Any]:
    """Chapters with their question ids, key concepts with theirs, and compact keys."""
    shown = {q.id: q for page in pages for q in page.questions}
    questions = {q.id: q for _bank, q in library.questions()}
    concepts = []
    for concept in key_concepts(library):
        ids = [i for i in shown if concept in question_concepts(library, questions[i])]
        concepts.append({"id": concept, "name": _name(library, concept), "questions": ids})
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
        "keys": {i: q.rule() for i, q in shown.items()},
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


def overview_html(library: Library, pages: list[ChapterChecks]) -> str:
    """The progress page's body: chapters, concepts, what to study next, reset."""
    safe = json_for_script(progress_data(library, pages) | page_settings())
    chapters = "".join(_chapter_html(page) for page in pages)
    return (
        '<div class="learning-progress">'
        f'<p class="learning-progress__summary" aria-live="polite">{NO_ANSWERS}</p>'
        '<h2 class="learning-progress__title">Per bab</h2>'
        f'<ul class="learning-progress__chapters">{chapters}</ul>'
        '<h2 class="learning-progress__title">Per konsep kunci</h2>'
        '<table class="learning-progress__concepts"><thead><tr><th scope="col">Konsep</th>'
        '<th scope="col">Soal dijawab</th><th scope="col">Benar</th><th scope="col">Status</th>'
        "</tr></thead><tbody></tbody></table>"
        '<h2 class="learning-progress__title">Yang perlu kamu pelajari berikutnya</h2>'
        f'<ul class="learning-progress__advice"><li>{TEXTS["start"]}</li></ul>'
        f"{SHARE_FORM}"
        '<p><button type="button" class="learning-progress__reset">Hapus semua jawaban</button></p>'
        f'<script type="application/json" class="learning-progress__data">{safe}</script></div>'
    )
