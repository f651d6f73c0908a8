"""Rekap Kelas: the teacher pastes share codes and sees the class, question by question.

Nothing is sent anywhere: ``static/recap.js`` reads the codes with ``share.js`` and grades
them with ``selfcheck.js``'s rule, from the data and the words this page carries.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from kerjasama.content.library import current_library
from kerjasama.markup import json_for_script
from kerjasama.selfchecks.grading import TRUE_FALSE_CHOICES
from kerjasama.selfchecks.prepare import chapter_checks
from kerjasama.selfchecks.progress import progress_data
from kerjasama.selfchecks.share import share_format
from kerjasama.views import HtmlView

RECAP_FORM = (
    '<p><label for="rekap-kode">Tempel kode peserta didik, satu kode per baris</label></p>'
    '<textarea id="rekap-kode" class="recap-input" rows="8"></textarea>'
    '<p><label for="rekap-berkas">Atau pilih berkas kode peserta didik</label> '
    '<input id="rekap-berkas" type="file" accept=".txt,text/plain" multiple></p>'
    '<p><button type="button" class="class-recap__show">Tampilkan rekap</button></p>'
    '<div class="class-recap__messages" aria-live="polite"></div>'
)
#: The words ``recap.js`` writes ({name}s filled in there).
TEXTS = {
    "problem": "Baris {line}: {message}. Kode lain tetap dibaca.",
    "none": "Belum ada kode yang dapat dibaca.",
    "choice": "pilihan {letters}",
    "item": "contoh {number}: {category}",
    "trueFalse": list(TRUE_FALSE_CHOICES),
    "empty": "–",
}
#: The class table downloads as CSV with this separator (spreadsheets in Indonesia read it).
CSV_SEPARATOR = ";"


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
    chapters = [c for p in pages for c in (f"{p.title} (dijawab)", f"{p.title} (benar)")]
    header = ["Nama", "Kelas", *chapters]
    data = progress_data(library, pages) | {
        "prompts": {
            q.id: " ".join(re.sub(r"<[^>]+>", "", html.unescape(q.prompt)).split())[:90]
            for page in pages
            for q in page.questions
        },
        "header": header,
        "separator": CSV_SEPARATOR,
        "share": share_format(),
        "texts": TEXTS,
    }
    markup = (
        f'<div class="class-recap">{RECAP_FORM}'
        + _table("class-recap__students", "Peserta didik per bab", header)
        + _table(
            "class-recap__questions",
            "Per soal, yang paling sering salah di atas",
            ["Soal", "Bab", "Dijawab", "Benar", "Jawaban salah terbanyak"],
        )
        + _table(
            "class-recap__concepts", "Per konsep kunci", ["Konsep", "Dijawab", "Benar", "Benar (%)"]
        )
        + '<p><a class="class-recap__csv" download="rekap-kelas.csv" hidden>'
        "Unduh tabel peserta didik (CSV)</a></p>"
        f'<script type="application/json" class="class-recap__data">{json_for_script(data)}'
        "</script></div>"
    )
    return HtmlView(markup, "Rekap kelas (dibaca di buku): tempel kode kemajuan peserta didik.")
