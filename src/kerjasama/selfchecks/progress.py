"""Kemajuan Belajarku: the answers a reader has given, counted per chapter and per concept.

Nothing is sent anywhere. The page carries, as data, which self-checks each chapter shows
and which concepts each checks (Latihan Campuran's questions included), with just enough
of every answer key to tell right from wrong (``Prepared.rule``), the mastery thresholds
and every word it shows; ``static/progress.js`` reads the answers that ``selfcheck.js``
and ``practice.js`` keep in the browser and counts them with the rule below, which
``progress_widget`` uses in a kernel. Both pass ``tests/conformance/mastery.json``. The
bars and the mastery grid are drawn here (:func:`board_html`), with no answers for the
page and with the kernel's answers in Jupyter; ``progress.js`` then updates the same markup.
"""

from __future__ import annotations

import html
from dataclasses import asdict, dataclass
from typing import Any

from kerjasama.content.library import Library
from kerjasama.content.mastery import question_concepts
from kerjasama.markup import json_for_script
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
PRACTICE_NOTE = (
    'Jawabanmu di <a href="latihan-campuran.html">Latihan Campuran</a> ikut dihitung di sini, '
    "pada bentuk dan jenis kerja sama."
)
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


def percent(part: int, total: int) -> str:
    """A bar's width; ``progress.js`` rounds the same way."""
    return f"{round(100 * part / total) if total else 0}%"


def chapter_html(page: ChapterChecks, counted: Count) -> str:
    """One chapter: its bar (right answers for assistive technology) and its numbers."""
    title = html.escape(page.title)
    values = {"answered": counted.answered, "right": counted.right, "total": counted.total}
    return (
        f'<li class="learning-progress__chapter" data-progress-chapter="book/{page.path.stem}" '
        f'data-answered="{counted.answered}" data-correct="{counted.right}" '
        f'data-total="{counted.total}"><a href="{page.path.stem}.html">{title}</a> '
        f'<span class="learning-progress__bar" role="progressbar" aria-label="Benar di {title}" '
        f'aria-valuemin="0" aria-valuemax="{counted.total}" aria-valuenow="{counted.right}" '
        f'aria-valuetext="{TEXTS["bar"].format(**values)}">'
        f'<span style="width:{percent(counted.answered, counted.total)}"></span>'
        f'<span style="width:{percent(counted.right, counted.total)}"></span></span> '
        f'<span class="learning-progress__count">{COUNT_TEMPLATE.format(**values)}</span> '
        '<a class="learning-progress__next" hidden></a></li>'
    )


def tile_html(concept: str, name: str, counted: Count) -> str:
    """One key concept: its status in colour and in words, and its numbers."""
    status = concept_status(counted)
    numbers = TEXTS["concept"].format(answered=counted.answered, right=counted.right)
    return (
        f'<li class="mastery-tile" data-concept="{concept}" data-status="{status}">'
        f'<span class="mastery-tile__name">{html.escape(name)}</span>'
        f'<span class="mastery-tile__status">{STATUS_LABELS[status]}</span>'
        f'<span class="mastery-tile__count">{numbers}</span></li>'
    )


def all_questions(library: Library, pages: list[ChapterChecks]) -> dict[str, Prepared]:
    """Every question counted: the chapters' self-checks, then Latihan Campuran's."""
    shown = {q.id: q for page in pages for q in page.questions}
    return shown | {q.id: q for q, _concept in practice_questions(library)}


def progress_data(library: Library, pages: list[ChapterChecks]) -> dict[str, Any]:
    """Chapters with their question ids, key concepts with theirs, and compact keys.

    A key concept's questions are the chapters' questions that check it, then the
    practice questions whose right answer it is.
    """
    shown = {q.id: q for page in pages for q in page.questions}
    questions = {q.id: q for _bank, q in library.questions()}
    practice = practice_questions(library)
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
        "keys": {i: q.rule() for i, q in all_questions(library, pages).items()},
    }


def board_html(
    library: Library, pages: list[ChapterChecks], answers: dict[str, dict[str, Any]]
) -> str:
    """The bars per chapter and the mastery grid, counted from these answers."""
    data = progress_data(library, pages)
    questions = all_questions(library, pages)
    chapters = "".join(chapter_html(page, count(page.questions, answers)) for page in pages)
    groups = ""
    for kind, title in GROUP_TITLES.items():
        tiles = "".join(
            tile_html(c["id"], c["name"], count([questions[i] for i in c["questions"]], answers))
            for c in data["concepts"]
            if c["kind"] == kind
        )
        groups += (
            f'<h3 class="mastery-grid__title">{title}</h3>'
            f'<ul class="mastery-grid__tiles" data-kind="{kind}">{tiles}</ul>'
        )
    practiced = count([questions[i] for i in data["practice"]], answers)
    return (
        '<h2 class="learning-progress__title">Per bab</h2>'
        f'<ul class="learning-progress__chapters">{chapters}</ul>'
        '<h2 class="learning-progress__title">Per konsep kunci</h2>'
        f"<p>{PRACTICE_NOTE} "
        f'<span class="learning-progress__practice">{TEXTS["practice"].format(**asdict(practiced))}'
        f'</span></p><div class="mastery-grid">{groups}</div>'
    )


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
    """The progress page's body: next step, chapters, concepts, what else to study, reset."""
    safe = json_for_script(progress_data(library, pages) | page_settings())
    first = pages[0]
    start = TEXTS["start"].format(chapter=html.escape(first.title))
    return (
        '<div class="learning-progress">'
        '<div class="learning-progress__step"><h2 class="learning-progress__title">'
        "Langkah berikutnya</h2>"
        f'<p><a class="learning-progress__action" href="{first.path.stem}.html">{start}</a></p>'
        f'<p class="learning-progress__summary" aria-live="polite">{NO_ANSWERS}</p></div>'
        f"{board_html(library, pages, {})}"
        '<div class="learning-progress__more" hidden>'
        '<h2 class="learning-progress__title">Yang perlu kamu pelajari setelah itu</h2>'
        '<ul class="learning-progress__advice"></ul></div>'
        f"{SHARE_FORM}"
        '<p><button type="button" class="learning-progress__reset">Hapus semua jawaban</button></p>'
        f'<script type="application/json" class="learning-progress__data">{safe}</script></div>'
    )
