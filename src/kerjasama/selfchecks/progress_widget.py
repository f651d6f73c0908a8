"""Kemajuan Belajarku as one object: a live widget in Jupyter, the static page in the book.

In a kernel the answers come from :mod:`kerjasama.selfchecks.answers` (what the chapter
notebooks' self-checks and Latihan Campuran kept) and are counted and drawn by
:mod:`kerjasama.selfchecks.progress_page` (:func:`board_html`: the same bars and grid),
with the rule ``static/progress.js`` follows in the browser. The share code is the same
format (:mod:`kerjasama.selfchecks.share`), so Rekap Kelas reads codes from both.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from kerjasama.content.library import Library, current_library
from kerjasama.selfchecks.answers import forget_all, load_answers
from kerjasama.selfchecks.prepare import ChapterChecks, chapter_checks
from kerjasama.selfchecks.progress import NO_ANSWERS, progress_data
from kerjasama.selfchecks.progress_page import board_html, overview_html
from kerjasama.selfchecks.share import ShareCodeError, encode
from kerjasama.views import DualView

#: The book's own stylesheet draws the bars and the grid in JupyterLab too; its theme
#: colours stand in for the book theme's (pydata-sphinx-theme) variables.
STYLESHEET = Path(__file__).resolve().parent / "static" / "progress.css"
KERNEL_COLOURS = (
    ".jp-OutputArea .learning-progress { --pst-color-primary: var(--jp-brand-color1);"
    " --pst-color-success: var(--jp-success-color1); --pst-color-warning: var(--jp-warn-color1);"
    " --pst-color-danger: var(--jp-error-color1); --pst-color-border: var(--jp-border-color1);"
    " --pst-color-text-muted: var(--jp-ui-font-color2); }"
)


def kernel_style() -> str:
    """A ``<style>`` for the kernel's bars and grid: the page's rules, JupyterLab's colours."""
    return f"<style>{STYLESHEET.read_text(encoding='utf-8')}{KERNEL_COLOURS}</style>"


class LearningProgress(DualView):
    """Per chapter and per key concept; a share code; reset after confirmation."""

    def __init__(self, library: Library, pages: list[ChapterChecks]):
        self.library = library
        self.pages = pages
        data = progress_data(library, pages)
        self.question_ids = [i for chapter in data["chapters"] for i in chapter["questions"]]

    def html(self) -> str:
        return overview_html(self.library, self.pages)

    def table_html(self) -> str:
        """The kernel's bars and mastery grid, from the answers file as it is now."""
        answers = load_answers()
        summary = "" if answers else f"<p><strong>{NO_ANSWERS}</strong></p>"
        board = board_html(self.library, self.pages, answers, in_book=False)
        return f'{kernel_style()}<div class="learning-progress">{summary}{board}</div>'

    def share_code(self, name: str, group: str) -> str:
        """The code for the answers checked so far; :class:`ShareCodeError` without a name."""
        answers = {i: r["answer"] for i, r in load_answers().items() if r.get("checked")}
        return encode(self.question_ids, name.strip(), group.strip(), answers)

    def widget(self) -> widgets.Widget:
        tables = widgets.HTML(self.table_html())
        refresh = widgets.Button(description="Perbarui")
        name = widgets.Text(description="Nama")
        group = widgets.Text(description="Kelas", placeholder="misalnya: X-2")
        make_code = widgets.Button(description="Buat kode")
        code = widgets.Textarea(layout=widgets.Layout(width="100%"))
        code.add_class("progress-code")
        reset = widgets.Button(description="Hapus semua jawaban")
        confirm = widgets.Button(
            description="Ya, hapus semua", button_style="danger", layout={"display": "none"}
        )

        def show(_button: Any = None) -> None:
            tables.value = self.table_html()
            confirm.layout.display = "none"

        def share(_button: Any) -> None:
            try:
                code.value, note.value = self.share_code(name.value, group.value), ""
            except ShareCodeError as error:
                code.value, note.value = "", f"<p><strong>{html.escape(str(error))}</strong></p>"

        def erase(_button: Any) -> None:
            forget_all()
            show()

        refresh.on_click(show)
        make_code.on_click(share)
        reset.on_click(lambda _b: setattr(confirm.layout, "display", None))
        confirm.on_click(erase)
        note = widgets.HTML()
        share_box = widgets.VBox([widgets.HTML("<h3>Bagikan kepada guru</h3>"), name, group, note])
        return widgets.VBox(
            [tables, refresh, share_box, make_code, code, widgets.HBox([reset, confirm])]
        )

    def __repr__(self) -> str:
        lines = [f"{p.title}: {len(p.questions)} soal" for p in self.pages]
        return "Kemajuan belajar:\n" + "\n".join(lines)


def progress_overview(root: Path | None = None) -> LearningProgress:
    """The progress page: counted in the browser in the book, in Python in a kernel."""
    library = current_library()
    return LearningProgress(library, chapter_checks(library, root or library.data.parent.parent))
