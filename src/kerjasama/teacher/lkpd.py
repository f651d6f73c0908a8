"""Printable worksheets (LKPD) and answer keys, generated from the question banks.

For classes where not every student has a device: one A4 worksheet per chapter (its
questions and its activity, with room to answer) and a separate key for the teacher,
printed to PDF by Debian's Chromium. Legible in black and white: choices are marked with
empty circles and boxes, not colours.
"""

from __future__ import annotations

import html
import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from markdown_it import MarkdownIt

from kerjasama.content.chapters import section
from kerjasama.content.library import Library
from kerjasama.paths import data_dir
from kerjasama.selfchecks.grading import Prepared
from kerjasama.selfchecks.prepare import chapter_checks
from kerjasama.teacher.chromium import CHROMIUM, CHROMIUM_ARGS
from kerjasama.views import HtmlView

PRINT_ARGS = [*CHROMIUM_ARGS, "--no-pdf-header-footer"]

STYLE = """
@page { size: A4; margin: 18mm 16mm; }
body { font-family: "DejaVu Serif", serif; font-size: 11pt; color: #000; line-height: 1.4; }
h1 { font-size: 16pt; margin: 0 0 4mm; } h2 { font-size: 13pt; margin: 6mm 0 2mm; }
.identity td { padding: 1mm 3mm 1mm 0; } .blank { border-bottom: 1px solid #000; width: 70mm; }
.question { break-inside: avoid; margin: 0 0 5mm; }
.choices { list-style: none; padding-left: 6mm; margin: 1mm 0; }
.choices li::before { content: "\\25CB"; margin-right: 2mm; }
.choices.multiple li::before { content: "\\25A1"; }
table.items { border-collapse: collapse; width: 100%; margin: 1mm 0; }
table.items td, table.items th { border: 1px solid #000; padding: 1.5mm; vertical-align: top; }
table.items td.answer { width: 38mm; }
table.items tr { break-inside: avoid; }
.lines { border-bottom: 1px solid #000; height: 8mm; }
.note { font-size: 9.5pt; }
"""


@dataclass(frozen=True)
class Chapter:
    """A chapter with self-checks: what its worksheet and key are made of."""

    number: str
    stem: str
    title: str
    questions: list[Prepared]
    activity: str

    @property
    def worksheet_pdf(self) -> str:
        return f"lkpd-{self.stem}.pdf"

    @property
    def answer_key_pdf(self) -> str:
        return f"kunci-{self.stem}.pdf"


def _plain_myst(text: str) -> str:
    """MyST roles to plain Markdown: {term}`a <b>` → a, {cite}`k` and {sumber}`(…)` → nothing."""
    text = re.sub(r"\{term\}`([^`<]+?)\s*<[^`]+>`", r"\1", text)
    text = re.sub(r"\{(?:term|doc)\}`([^`]+)`", r"\1", text)
    text = re.sub(r"\s*\{(?:cite(?::[pt])?|sumber)\}`[^`]+`", "", text)
    return re.sub(r"^```.*$", "", text, flags=re.M)


def worksheet_chapters(root: Path) -> list[Chapter]:
    """Every chapter of the Materi and Evaluasi parts that shows self-checks."""
    library = Library.load(data_dir(root))
    library.raise_problems()
    chapters = []
    for page in chapter_checks(library, root):
        activity_title = re.search(r"^## (Aktivitas.*)$", page.text, re.M)
        activity = section(page.text, activity_title.group(1)) if activity_title else None
        chapters.append(
            Chapter(
                number=page.path.stem[:2],
                stem=page.path.stem,
                title=page.title,
                questions=page.questions,
                activity=_plain_myst(activity or ""),
            )
        )
    return chapters


def _choices(question: Prepared) -> str:
    kind = "multiple" if question.type == "multiple" else "single"
    items = "".join(f"<li>{choice}</li>" for choice in question.choices)
    return f'<ul class="choices {kind}">{items}</ul>'


def _worksheet_question(number: int, question: Prepared) -> str:
    body = question.intro or ""
    body += f"<p><strong>{number}.</strong> {question.prompt}</p>"
    if question.type == "classify":
        names = ", ".join(html.escape(name) for _id, name in question.categories)
        rows = "".join(
            f'<tr><td>{i}. {text}</td><td class="answer"></td></tr>'
            for i, text in enumerate(question.choices, start=1)
        )
        body += (
            f'<p class="note">Pilihan kategori: {names}.</p>'
            f'<table class="items"><tr><th>Kasus</th><th>Kategori</th></tr>{rows}</table>'
        )
    else:
        if question.type == "multiple":
            body += '<p class="note">Pilih semua jawaban yang benar.</p>'
        body += _choices(question)
        body += '<p class="note">Alasan:</p><div class="lines"></div>'
    return f'<div class="question">{body}</div>'


def _key_question(number: int, question: Prepared) -> str:
    if question.type == "classify":
        names = dict(question.categories)
        rows = "".join(
            f"<tr><td>{i}. {text}</td><td><strong>{html.escape(names[answer])}</strong>"
            f"<br>{reason}</td></tr>"
            for i, (text, answer, reason) in enumerate(
                zip(question.choices, question.correct, question.feedback, strict=True), 1
            )
        )
        answer = f'<table class="items">{rows}</table>'
    else:
        answer = (
            "<ul>"
            + "".join(
                f"<li><strong>{question.choices[i]}</strong><br>{question.feedback[i]}</li>"
                for i in question.correct
            )
            + "</ul>"
        )
    # The same author–year label as the self-check's "Sumber:" line.
    source = (
        f'<p class="note">Sumber: {html.escape(question.source)}</p>' if question.source else ""
    )
    return (
        f'<div class="question"><p><strong>{number}.</strong> {question.prompt}</p>{answer}'
        f"{source}</div>"
    )


def _page(title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{html.escape(title)}'
        f"</title><style>{STYLE}</style></head><body>{body}</body></html>"
    )


def worksheet_html(chapter: Chapter) -> str:
    identity = (
        '<table class="identity"><tr><td>Nama</td><td class="blank"></td></tr>'
        '<tr><td>Kelas</td><td class="blank"></td></tr>'
        '<tr><td>Tanggal</td><td class="blank"></td></tr></table>'
    )
    questions = "".join(_worksheet_question(n, q) for n, q in enumerate(chapter.questions, 1))
    activity = MarkdownIt("commonmark", {"html": False}).render(chapter.activity)
    lines = '<div class="lines"></div>' * 6
    title = f"LKPD Bab {int(chapter.number)}: {chapter.title}"
    return _page(
        title,
        f"<h1>{html.escape(title)}</h1>{identity}"
        "<h2>A. Soal</h2><p>Jawab setiap soal. Tuliskan alasanmu pada baris yang tersedia.</p>"
        f"{questions}<h2>B. Aktivitas</h2>{activity}<p>Catatan hasil aktivitas:</p>{lines}",
    )


def key_html(chapter: Chapter) -> str:
    title = f"Kunci Jawaban LKPD Bab {int(chapter.number)}: {chapter.title}"
    questions = "".join(_key_question(n, q) for n, q in enumerate(chapter.questions, 1))
    return _page(
        title,
        f"<h1>{html.escape(title)}</h1><p>Untuk guru. Setiap jawaban disertai alasannya, "
        f"yang sama dengan umpan balik di buku.</p>{questions}",
    )


def print_pdf(page_html: str, target: Path) -> None:
    """Print one HTML page to an A4 PDF with Debian's Chromium (no network, no headers)."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "page.html"
        source.write_text(page_html, encoding="utf-8")
        subprocess.run(
            [
                CHROMIUM,
                *PRINT_ARGS,
                f"--user-data-dir={folder}/profile",
                f"--print-to-pdf={target}",
                source.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def write_worksheets(root: Path, out: Path) -> list[Path]:
    """One worksheet and one key per chapter, as PDFs in ``out``."""
    if not Path(CHROMIUM).exists():
        raise SystemExit("Chromium belum terpasang: jalankan 'make chromium'.")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for chapter in worksheet_chapters(root):
        for name, page in (
            (chapter.worksheet_pdf, worksheet_html(chapter)),
            (chapter.answer_key_pdf, key_html(chapter)),
        ):
            print_pdf(page, out / name)
            written.append(out / name)
    return written


def lkpd_table(root: Path | None = None) -> HtmlView:
    """Links to each chapter's worksheet and key, as ``make lkpd`` names them."""
    root = root if root is not None else data_dir().parent.parent
    chapters = worksheet_chapters(root)
    rows = "".join(
        f"<tr><td>Bab {int(c.number)}: {html.escape(c.title)}</td>"
        f'<td><a href="../lkpd/{c.worksheet_pdf}">LKPD (PDF)</a></td>'
        f'<td><a href="../lkpd/{c.answer_key_pdf}">Kunci jawaban (PDF)</a></td></tr>'
        for c in chapters
    )
    markup = (
        '<div class="ks-matrix__scroll"><table class="ks-lkpd"><thead><tr><th>Bab</th>'
        f"<th>Lembar kerja</th><th>Kunci</th></tr></thead><tbody>{rows}</tbody></table></div>"
    )
    text = "\n".join(c.worksheet_pdf for c in chapters)
    return HtmlView(markup, text)
