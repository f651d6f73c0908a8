"""Kemajuan Belajarku: the answers a reader has given, counted per chapter and per concept.

Nothing is sent anywhere. The page carries, as data, which self-checks each chapter shows
and which concepts each checks, with just enough of every answer key to tell right from
wrong; ``static/progress.js`` reads the answers that ``selfcheck.js`` keeps in the browser
and grades them with the same code.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from kerjasama.content.library import Library, current_library
from kerjasama.content.mastery import key_concepts, question_concepts
from kerjasama.markup import json_for_script
from kerjasama.selfchecks.prepare import ChapterChecks, chapter_checks
from kerjasama.views import HtmlView

SHARE_FORM = (
    '<h2 class="learning-progress__title">Bagikan kepada guru</h2>'
    "<p>Tulis nama dan kelasmu, lalu tekan <strong>Buat kode</strong>. Salin kodenya ke "
    "pesan untuk gurumu, atau unduh sebagai berkas. Kode hanya berisi jawabanmu.</p>"
    '<p><label for="kemajuan-nama">Nama</label> '
    '<input id="kemajuan-nama" class="learning-progress__name" autocomplete="name"></p>'
    '<p><label for="kemajuan-kelas">Kelas</label> '
    '<input id="kemajuan-kelas" class="learning-progress__group" placeholder="misalnya: X-2"></p>'
    '<p><button type="button" class="learning-progress__share">Buat kode</button></p>'
    '<p><label for="kemajuan-kode">Kode untuk guru</label></p>'
    '<textarea id="kemajuan-kode" class="progress-code" rows="4" readonly></textarea>'
    '<p><a class="learning-progress__download" hidden>Unduh kode sebagai berkas</a></p>'
)


def _chapter_html(page: ChapterChecks) -> str:
    total = len(page.questions)
    return (
        f'<li class="learning-progress__chapter" data-progress-chapter="book/{page.path.stem}" '
        f'data-answered="0" data-correct="0" data-total="{total}">'
        f'<a href="{page.path.stem}.html">{html.escape(page.title)}</a> '
        f'<span class="learning-progress__count">0 dari {total} soal dijawab, 0 benar</span> '
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
        "keys": {i: {"type": q.type, "correct": q.correct} for i, q in shown.items()},
    }


def _name(library: Library, concept: str) -> str:
    return next(c.name for c in library.concept_map().concepts if c.id == concept)


def overview_html(library: Library, pages: list[ChapterChecks]) -> str:
    """The progress page's body: chapters, concepts, what to study next, reset."""
    safe = json_for_script(progress_data(library, pages))
    chapters = "".join(_chapter_html(page) for page in pages)
    return (
        '<div class="learning-progress">'
        '<p class="learning-progress__summary" aria-live="polite">'
        "Belum ada jawaban yang tersimpan di perangkat ini.</p>"
        '<h2 class="learning-progress__title">Per bab</h2>'
        f'<ul class="learning-progress__chapters">{chapters}</ul>'
        '<h2 class="learning-progress__title">Per konsep kunci</h2>'
        '<table class="learning-progress__concepts"><thead><tr><th scope="col">Konsep</th>'
        '<th scope="col">Soal dijawab</th><th scope="col">Benar</th><th scope="col">Status</th>'
        "</tr></thead><tbody></tbody></table>"
        '<h2 class="learning-progress__title">Yang perlu kamu pelajari berikutnya</h2>'
        '<ul class="learning-progress__advice"><li>Kerjakan dulu soal-soal di setiap bab.</li></ul>'
        f"{SHARE_FORM}"
        '<p><button type="button" class="learning-progress__reset">Hapus semua jawaban</button></p>'
        f'<script type="application/json" class="learning-progress__data">{safe}</script></div>'
    )


RECAP_FORM = (
    '<p><label for="rekap-kode">Tempel kode siswa, satu kode per baris</label></p>'
    '<textarea id="rekap-kode" class="recap-input" rows="8"></textarea>'
    '<p><label for="rekap-berkas">Atau pilih berkas kode siswa</label> '
    '<input id="rekap-berkas" type="file" accept=".txt,text/plain" multiple></p>'
    '<p><button type="button" class="class-recap__show">Tampilkan rekap</button></p>'
    '<div class="class-recap__messages" aria-live="polite"></div>'
)


def _table(css: str, title: str, columns: list[str]) -> str:
    heads = "".join(f'<th scope="col">{html.escape(c)}</th>' for c in columns)
    return (
        f'<h2 class="class-recap__title">{html.escape(title)}</h2>'
        # A wide table scrolls inside a labelled region that the keyboard can reach.
        f'<div class="class-recap__scroll" tabindex="0" role="region" '
        f'aria-label="{html.escape(title)}"><table class="{css}"><thead><tr>{heads}</tr></thead>'
        "<tbody></tbody></table></div>"
    )


def class_recap(root: Path | None = None) -> HtmlView:
    """Rekap Kelas: the teacher pastes share codes and sees the class, question by question."""
    library = current_library()
    pages = chapter_checks(library, root or library.data.parent.parent)
    data = progress_data(library, pages)
    data["prompts"] = {
        q.id: " ".join(re.sub(r"<[^>]+>", "", html.unescape(q.prompt)).split())[:90]
        for page in pages
        for q in page.questions
    }
    text = json_for_script(data)
    chapters = [c for p in pages for c in (f"{p.title} (dijawab)", f"{p.title} (benar)")]
    markup = (
        f'<div class="class-recap">{RECAP_FORM}'
        + _table("class-recap__students", "Siswa per bab", ["Nama", "Kelas", *chapters])
        + _table(
            "class-recap__questions",
            "Per soal, yang paling sering salah di atas",
            ["Soal", "Bab", "Dijawab", "Benar", "Jawaban salah terbanyak"],
        )
        + _table(
            "class-recap__concepts", "Per konsep kunci", ["Konsep", "Dijawab", "Benar", "Benar (%)"]
        )
        + '<p><a class="class-recap__csv" download="rekap-kelas.csv" hidden>'
        "Unduh tabel siswa (CSV)</a></p>"
        f'<script type="application/json" class="class-recap__data">{text}</script></div>'
    )
    return HtmlView(markup, "Rekap kelas (dibaca di buku): tempel kode kemajuan siswa.")
