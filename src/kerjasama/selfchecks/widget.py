"""Self-checks as live ipywidgets: Python grading in Jupyter and on Binder.

Each view registers itself in :data:`LIVE_VIEWS` under its question id, so a test (or a
curious teacher) can drive the latest view of a question from another cell.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from kerjasama.content.question_types import ONE_ANSWER
from kerjasama.markup import plain_text
from kerjasama.selfchecks.answers import forget_answer, save_answer
from kerjasama.selfchecks.grading import ITEM_PREFIX, Prepared, Verdict, grade
from kerjasama.selfchecks.render import (
    CHECK_LABEL,
    CHOOSE_LABEL,
    HINT_LABEL,
    RESET_LABEL,
    feedback_html,
)

HIDE_HINT_LABEL = "Sembunyikan petunjuk"
LIVE_VIEWS: dict[str, QuestionWidget] = {}

_FULL_WIDTH = widgets.Layout(width="100%")


class QuestionWidget:
    """One question: controls, Periksa / Coba lagi / petunjuk buttons, feedback."""

    def __init__(self, question: Prepared, on_graded: Callable[[], None] | None = None):
        self.question = question
        self.on_graded = on_graded
        self.verdict: Verdict | None = None
        self.controls = self._make_controls()
        self.check_button = widgets.Button(description=CHECK_LABEL, button_style="primary")
        self.reset_button = widgets.Button(
            description=RESET_LABEL, layout=widgets.Layout(display="none")
        )
        self.feedback = widgets.HTML("")
        self.check_button.on_click(self.check)
        self.reset_button.on_click(self.reset)
        parts: list[widgets.Widget] = [widgets.HTML(f"<p><strong>{question.prompt}</strong></p>")]
        parts += self.controls
        buttons: list[widgets.Widget] = [self.check_button, self.reset_button]
        if question.hint:
            self.hint = widgets.HTML(f"<p>{question.hint}</p>", layout={"display": "none"})
            self.hint_button = widgets.Button(description=HINT_LABEL)
            self.hint_button.on_click(self.toggle_hint)
            buttons.append(self.hint_button)
            parts.append(self.hint)
        parts += [widgets.HBox(buttons), self.feedback]
        if question.source:
            parts.append(widgets.HTML(f"<small>Sumber: {html.escape(question.source)}</small>"))
        self.box = widgets.VBox(
            parts, layout=widgets.Layout(border="1px solid #999", padding="0.5rem", margin="1rem 0")
        )
        LIVE_VIEWS[question.id] = self

    def _make_controls(self) -> list[widgets.Widget]:
        q = self.question
        if q.type in ONE_ANSWER:
            self.radio = widgets.RadioButtons(
                options=[(plain_text(c), i) for i, c in enumerate(q.choices)],
                value=None,
                layout=_FULL_WIDTH,
            )
            return [self.radio]
        if q.type == "multiple":
            self.boxes = [
                widgets.Checkbox(value=False, description=plain_text(c), indent=False)
                for c in q.choices
            ]
            return list(self.boxes)
        self.selects = [
            widgets.Dropdown(
                options=[(CHOOSE_LABEL, None), *[(n, c) for c, n in q.categories]],
                description=f"{ITEM_PREFIX} {number}",
            )
            for number in range(1, len(q.choices) + 1)
        ]
        return [
            widgets.VBox([widgets.HTML(f"{number}. {text}"), select])
            for number, (text, select) in enumerate(zip(q.choices, self.selects, strict=True), 1)
        ]

    def answer(self) -> Any:
        """The reader's answer, in the shape :func:`kerjasama.selfchecks.grading.grade` expects."""
        if self.question.type in ONE_ANSWER:
            return self.radio.value
        if self.question.type == "multiple":
            return [i for i, box in enumerate(self.boxes) if box.value]
        return [select.value for select in self.selects]

    @property
    def state(self) -> str | None:
        """``correct`` / ``incorrect`` after a complete check, else None (as data-state)."""
        return self.verdict.state if self.verdict else None

    def check(self, _button: Any = None) -> None:
        answer = self.answer()
        self.verdict = grade(self.question, answer)
        self.feedback.value = feedback_html(self.question, self.verdict)
        # Kept for Kemajuan Belajarku, which runs in another notebook's kernel.
        save_answer(self.question.id, answer, checked=self.verdict is not None)
        if self.verdict is not None:
            self.reset_button.layout.display = None
        if self.on_graded:
            self.on_graded()

    def reset(self, _button: Any = None) -> None:
        if self.question.type in ONE_ANSWER:
            self.radio.value = None
        elif self.question.type == "multiple":
            for box in self.boxes:
                box.value = False
        else:
            for select in self.selects:
                select.value = None
        self.verdict = None
        forget_answer(self.question.id)
        self.feedback.value = ""
        self.reset_button.layout.display = "none"
        if self.on_graded:
            self.on_graded()

    def toggle_hint(self, _button: Any = None) -> None:
        hidden = self.hint.layout.display == "none"
        self.hint.layout.display = None if hidden else "none"
        self.hint_button.description = HIDE_HINT_LABEL if hidden else HINT_LABEL
