"""Kemajuan Belajarku drawn: the next step, a bar per chapter, the mastery grid, sharing.

:func:`board_html` draws the bars and the grid from the answers it is given: none for the
book's page (``static/progress.js`` then updates the same markup from the browser's
answers) and the answers file's in a kernel (``progress_widget``), counted with
:mod:`kerjasama.selfchecks.progress`'s rule either way.
"""

from __future__ import annotations

import html
from dataclasses import asdict
from typing import Any

from kerjasama.content.library import Library
from kerjasama.markup import json_for_script
from kerjasama.selfchecks.prepare import ChapterChecks
from kerjasama.selfchecks.progress import (
    COUNT_TEMPLATE,
    GROUP_TITLES,
    NO_ANSWERS,
    PRACTICE_PAGE,
    STATUS_LABELS,
    TEXTS,
    Count,
    all_questions,
    concept_status,
    count,
    page_settings,
    progress_data,
)

PRACTICE_NOTE = "Jawabanmu di {practice} ikut dihitung di sini, pada bentuk dan jenis kerja sama."
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


#: Filled in by ``progress.js``: the chapter's next question to answer or to redo.
NEXT_LINK = '<a class="learning-progress__next" hidden></a>'


def percent(part: int, total: int) -> str:
    """A bar's width, rounded half up like ``progress.js``'s Math.round."""
    return f"{int(100 * part / total + 0.5) if total else 0}%"


def _link(text: str, href: str, in_book: bool) -> str:
    """A link in the book; in JupyterLab, where the pages are notebooks, the words alone."""
    return f'<a href="{href}">{text}</a>' if in_book else f"<strong>{text}</strong>"


def chapter_html(page: ChapterChecks, counted: Count, in_book: bool = True) -> str:
    """One chapter: its bar (right answers for assistive technology) and its numbers."""
    title = html.escape(page.title)
    values = {"answered": counted.answered, "right": counted.right, "total": counted.total}
    return (
        f'<li class="learning-progress__chapter" data-progress-chapter="book/{page.path.stem}" '
        f'data-answered="{counted.answered}" data-correct="{counted.right}" '
        f'data-total="{counted.total}">{_link(title, f"{page.path.stem}.html", in_book)} '
        f'<span class="learning-progress__bar" role="progressbar" aria-label="Benar di {title}" '
        f'aria-valuemin="0" aria-valuemax="{counted.total}" aria-valuenow="{counted.right}" '
        f'aria-valuetext="{TEXTS["bar"].format(**values)}">'
        f'<span style="width:{percent(counted.answered, counted.total)}"></span>'
        f'<span style="width:{percent(counted.right, counted.total)}"></span></span> '
        f'<span class="learning-progress__count">{COUNT_TEMPLATE.format(**values)}</span> '
        f"{NEXT_LINK if in_book else ''}</li>"
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


def board_html(
    library: Library,
    pages: list[ChapterChecks],
    answers: dict[str, dict[str, Any]],
    in_book: bool = True,
) -> str:
    """The bars per chapter and the mastery grid, counted from these answers."""
    data = progress_data(library, pages, practice_counts=True)
    questions = all_questions(library, pages)
    chapters = "".join(
        chapter_html(page, count(page.questions, answers), in_book) for page in pages
    )
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
        f"<p>{PRACTICE_NOTE.format(practice=_link('Latihan Campuran', PRACTICE_PAGE, in_book))} "
        f'<span class="learning-progress__practice">{TEXTS["practice"].format(**asdict(practiced))}'
        f'</span></p><div class="mastery-grid">{groups}</div>'
    )


def overview_html(library: Library, pages: list[ChapterChecks]) -> str:
    """The progress page's body: next step, chapters, concepts, what else to study, reset."""
    safe = json_for_script(progress_data(library, pages, practice_counts=True) | page_settings())
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
