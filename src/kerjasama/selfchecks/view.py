"""The chapter API for self-checks: ``selfcheck("bentuk-kerja-sama")`` in a code cell.

The id names a question bank (its file name under ``book/data/soal/``) or one question.
The returned object shows as live widgets in Jupyter and as HTML in the built book.
"""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as widgets

from kerjasama.content.library import current_library
from kerjasama.selfchecks.grading import Prepared
from kerjasama.selfchecks.prepare import resolve
from kerjasama.selfchecks.render import SCORE_TEMPLATE, set_html
from kerjasama.selfchecks.widget import QuestionWidget
from kerjasama.views import DualView


class SelfCheck(DualView):
    """One question or a titled set of questions, with a score for a set."""

    def __init__(self, ident: str, title: str | None, questions: list[Prepared]):
        self.ident = ident
        self.title = title
        self.questions = questions

    def html(self) -> str:
        return set_html(self.ident, self.title, self.questions)

    def widget(self) -> widgets.Widget:
        score = widgets.HTML()
        views: list[QuestionWidget] = []

        def update_score() -> None:
            right = sum(view.state == "correct" for view in views)
            score.value = f"<p><strong>{SCORE_TEMPLATE.format(right=right, total=len(views))}"
            score.value += "</strong></p>"

        views.extend(QuestionWidget(q, update_score) for q in self.questions)
        boxes: list[widgets.Widget] = []
        for question, view in zip(self.questions, views, strict=True):
            if question.intro:
                boxes.append(widgets.HTML(question.intro))
            boxes.append(view.box)
        if self.title is None:
            return boxes[0] if len(boxes) == 1 else widgets.VBox(boxes)
        update_score()
        title = widgets.HTML(f"<h3>{html.escape(self.title)}</h3>")
        return widgets.VBox([title, *boxes, score])

    def __repr__(self) -> str:
        return f"Latihan: {self.title or self.questions[0].id} ({len(self.questions)} soal)"


def selfcheck(ident: str, data: Path | None = None) -> SelfCheck:
    """The self-check for a bank (file name) or a question id; unknown ids raise KeyError."""
    title, questions = resolve(current_library(data), ident)
    return SelfCheck(ident, title, questions)
