"""Rekap Kelas: the teacher pastes share codes and sees the class at a glance.

Nothing is sent anywhere: ``static/recap.js`` reads the codes with ``share.js`` and grades
them with ``selfcheck.js``'s rule, from the data and the words this page carries.

What the page shows first (one screen at 1280 px for a class of 30, one A4 page in print,
``static/recap.css``):

- The heatmap ``.recap-heatmap``: a row per student (``<th scope="row">``), a column per
  key concept (:func:`kerjasama.content.mastery.key_concepts`, grouped by kind under a
  ``colgroup`` header). Each cell carries ``data-student`` (the name), ``data-concept`` and,
  once the student answered at least one of the concept's questions (``progress_data``'s
  ``"concepts"``), ``data-mastery``: right / answered over those questions, a fraction from
  0 to 1, written as a percent and shaded in five steps (``data-level`` 0-4: under 20 %,
  under 40 %, ... 80 % and more), so it reads in grey print. A cell with no answer has no
  ``data-mastery`` and shows "–". The class row at the bottom (``<tfoot>``) pools the
  class: all right answers / all answers to the concept's questions.
- The ten questions answered wrong most often (``ol.recap-wrong``, most wrong answers
  first, then the larger share wrong, then book order), each a bar of wrong answers out of
  the students, the commonest wrong answer in the option's own words (for a classify
  question: the example and the category it was put in, counted per example), and a link to
  the question (``<chapter page>#soal-<id>``).

Folded below: every question, each student per chapter (also the CSV), each key concept.
A code without a name is refused by ``share.decode`` and reported by its line.
"""

from __future__ import annotations

import html
import itertools
import re
from pathlib import Path
from typing import Any

from kerjasama.content.library import Library, current_library
from kerjasama.markup import json_for_script, plain_text
from kerjasama.selfchecks.grading import TRUE_FALSE_CHOICES, Prepared
from kerjasama.selfchecks.prepare import ChapterChecks, chapter_checks
from kerjasama.selfchecks.progress import progress_data
from kerjasama.selfchecks.share import share_format
from kerjasama.views import HtmlView

RECAP_FORM = (
    '<details class="class-recap__form" open><summary>Kode peserta didik</summary>'
    '<p><label for="rekap-kode">Tempel kode peserta didik, satu kode per baris</label></p>'
    '<textarea id="rekap-kode" class="recap-input" rows="5"></textarea>'
    '<p><label for="rekap-berkas">Atau pilih berkas kode peserta didik</label> '
    '<input id="rekap-berkas" type="file" accept=".txt,text/plain" multiple></p>'
    '<p><button type="button" class="class-recap__show">Tampilkan rekap</button></p>'
    "</details>"
    '<div class="class-recap__messages" aria-live="polite"></div>'
)
#: The heading of each group of key concepts in the heatmap, by concept kind.
KIND_HEADINGS = {
    "golongan-proses": "Proses",
    "jenis-kerja-sama": "Jenis kerja sama",
    "bentuk-kerja-sama": "Bentuk kerja sama",
    "kelompok": "Kelompok",
}
#: The words ``recap.js`` writes ({name}s filled in there).
TEXTS = {
    "problem": "Baris {line}: {message}. Kode lain tetap dibaca.",
    "none": "Belum ada kode yang dapat dibaca.",
    "read": "Kode peserta didik: {count} terbaca (buka untuk mengubah)",
    # The category first: a long example is cut on screen, the category never.
    "item": "{category} untuk “{item}”",
    "separator": "; ",
    "trueFalse": list(TRUE_FALSE_CHOICES),
    "empty": "–",
    "percent": "{value}%",
    "cell": "{right} dari {answered} jawaban benar",
    "classRow": "Seluruh kelas",
    "wrong": "{wrong} dari {answered} salah",
    "commonest": "Paling sering dipilih ({count}×): {answer}",
    "noWrong": "Belum ada soal yang dijawab salah.",
}
#: The class table downloads as CSV with this separator (spreadsheets in Indonesia read it).
CSV_SEPARATOR = ";"
#: Texts of options and examples are cut to this many characters in the page data.
TEXT_LIMIT = 100
#: How many questions the "most often wrong" list shows.
WRONG_LIST = 10


def plain(text: str, limit: int = TEXT_LIMIT) -> str:
    """Safe HTML as one line of plain text, cut at a word with "…" beyond ``limit``."""
    words = " ".join(plain_text(text).split())
    if len(words) <= limit:
        return words
    return words[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def answer_texts(question: Prepared) -> list[str | None] | None:
    """What a wrong answer to this question can name, by option or example index.

    ``single``: the wrong options' texts (a right option is never a wrong answer: None);
    ``multiple``: every option (a wrong set may hold right ones); ``classify``: the
    examples; ``truefalse``: None, the page's words Benar/Salah serve.
    """
    if question.type == "truefalse":
        return None
    if question.type == "multiple":
        # Joined into one answer on the page: no full stop before the separator.
        return [plain(choice).removesuffix(".") for choice in question.choices]
    return [
        None if question.type == "single" and n in question.correct else plain(choice)
        for n, choice in enumerate(question.choices)
    ]


def short_names(names: list[str]) -> list[str]:
    """Column labels: the words a group's names share in front dropped, no "(…)".

    ``Kerja sama spontan``, ``Kerja sama kontrak`` → ``Spontan``, ``Kontrak``; a group
    of one, or one whose names share nothing, keeps its names.
    """
    bare = [re.sub(r"\s*\(.*?\)", "", n).split() for n in names]
    shared = 0
    while len(bare) > 1 and all(len(b) > shared + 1 for b in bare):
        if len({b[shared].lower() for b in bare}) > 1:
            break
        shared += 1
    labels = [" ".join(b[shared:]) for b in bare]
    return [label[:1].upper() + label[1:] for label in labels]


def heatmap_head(concepts: list[dict[str, Any]]) -> str:
    """The heatmap's two header rows: the kind of concept, then each key concept.

    Columns follow ``concepts`` (the page data ``recap.js`` fills the cells from), so a
    header can never stand above another concept's cells.
    """
    groups, cells = [], []
    for kind, members in itertools.groupby(concepts, key=lambda c: c["kind"]):
        group = list(members)
        groups.append(
            f'<th scope="colgroup" colspan="{len(group)}">{html.escape(KIND_HEADINGS[kind])}</th>'
        )
        labels = short_names([c["name"] for c in group])
        for concept, label in zip(group, labels, strict=True):
            cells.append(
                f'<th scope="col" data-concept="{html.escape(concept["id"])}">'
                f'<span class="recap-heatmap__label" aria-hidden="true">{html.escape(label)}</span>'
                f'<span class="recap-sr">{html.escape(concept["name"])}</span></th>'
            )
    return (
        f'<thead><tr><th scope="col" rowspan="2">Nama</th>{"".join(groups)}</tr>'
        f"<tr>{''.join(cells)}</tr></thead>"
    )


def _table(css: str, title: str, columns: list[str]) -> str:
    heads = "".join(f'<th scope="col">{html.escape(c)}</th>' for c in columns)
    return (
        f'<details class="class-recap__more"><summary>{html.escape(title)}</summary>'
        # A wide table scrolls inside a labelled region that the keyboard can reach.
        f'<div class="class-recap__scroll" tabindex="0" role="region" '
        f'aria-label="{html.escape(title)}"><table class="{css}"><thead><tr>{heads}</tr></thead>'
        "<tbody></tbody></table></div></details>"
    )


def _results(library: Library, concepts: list[dict[str, Any]], header: list[str]) -> str:
    """The heatmap, the ten questions, then the folded tables; hidden until codes are read."""
    return (
        '<div class="class-recap__results" hidden>'
        '<h2 class="class-recap__title" tabindex="-1">Penguasaan konsep kunci</h2>'
        '<div class="class-recap__scroll" tabindex="0" role="region" '
        'aria-label="Penguasaan konsep kunci per peserta didik">'
        '<table class="recap-heatmap"><caption class="class-recap__legend">Persen jawaban '
        "benar (makin gelap, makin tinggi); – belum ada jawaban.</caption>"
        f"{heatmap_head(concepts)}<tbody></tbody><tfoot></tfoot></table></div>"
        f'<h2 class="class-recap__title">{WRONG_LIST} soal yang paling sering dijawab salah</h2>'
        '<ol class="recap-wrong"></ol>'
        '<p class="class-recap__actions"><button type="button" class="class-recap__print">'
        "Cetak rekap (satu halaman A4)</button> "
        '<a class="class-recap__csv" download="rekap-kelas.csv">'
        "Unduh tabel peserta didik (CSV)</a></p>"
        + _table(
            "class-recap__questions",
            "Semua soal, yang paling sering salah di atas",
            ["Soal", "Bab", "Dijawab", "Benar", "Jawaban salah terbanyak"],
        )
        + _table("class-recap__students", "Peserta didik per bab", header)
        + _table(
            "class-recap__concepts", "Per konsep kunci", ["Konsep", "Dijawab", "Benar", "Benar (%)"]
        )
        + "</div>"
    )


def recap_data(library: Library, pages: list[ChapterChecks]) -> dict[str, Any]:
    """The page data: progress_data plus prompts, answer texts, categories and words."""
    questions = [q for page in pages for q in page.questions]
    chapters = [c for p in pages for c in (f"{p.title} (dijawab)", f"{p.title} (benar)")]
    texts = {q.id: answer_texts(q) for q in questions}
    return progress_data(library, pages) | {
        "prompts": {q.id: plain(q.prompt, 90) for q in questions},
        "answers": {i: t for i, t in texts.items() if t is not None},
        "categories": {c: n for q in questions for c, n in q.categories},
        "header": ["Nama", "Kelas", *chapters],
        "separator": CSV_SEPARATOR,
        "share": share_format(),
        "texts": TEXTS,
        "top": WRONG_LIST,
    }


def class_recap(root: Path | None = None) -> HtmlView:
    """Rekap Kelas: the teacher pastes share codes and sees the class at a glance."""
    library = current_library()
    pages = chapter_checks(library, root or library.data.parent.parent)
    data = recap_data(library, pages)
    markup = (
        f'<div class="class-recap">{RECAP_FORM}'
        + _results(library, data["concepts"], data["header"])
        + f'<script type="application/json" class="class-recap__data">{json_for_script(data)}'
        "</script></div>"
    )
    return HtmlView(markup, "Rekap kelas (dibaca di buku): tempel kode kemajuan peserta didik.")
