"""Latihan Campuran on the page: ``mixed_practice()`` in a code cell.

One object, two renderings: in a kernel an ipywidget driven by :class:`PracticeSession`;
in the built book the same cases as data for ``static/practice.js``, which follows the
same rule and grades with ``selfcheck.js``; its constants and words are this data.
Every checked answer is kept (``answers`` in a kernel, ``selfcheck.js``'s store in the
browser) under :data:`QUESTION_ID`, so that Kemajuan Belajarku counts it.
"""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as widgets

from kerjasama.content.library import Library, current_library
from kerjasama.markup import json_for_script
from kerjasama.selfchecks.answers import browser_storage, save_answer
from kerjasama.selfchecks.grading import Prepared, grade
from kerjasama.selfchecks.practice import (
    COUNT_TEMPLATE,
    DIMENSIONS,
    QUESTION_ID,
    RETURN_AFTER,
    STREAK,
    STREAK_TEMPLATE,
    WRONG_TEMPLATE,
    PracticeSession,
    case_question,
    practice_cases,
    practice_choices,
)
from kerjasama.selfchecks.render import CHECK_LABEL, choice_rows, feedback_html
from kerjasama.views import DualView

NEXT_LABEL = "Kasus berikutnya"
INCOMPLETE_TEXT = "Jawab setiap pertanyaan dulu, lalu tekan Periksa."
DONE_TEXT = (
    "Selesai! Kamu sudah menjawab benar setiap bentuk dan setiap jenis kerja sama dua kali "
    "berturut-turut."
)
#: The latest live practice, for tests and for a teacher driving it from another cell.
LIVE_PRACTICE: list[PracticeWidget] = []


def _fieldset(dimension: str, prompt: str, choices: list[tuple[str, str]]) -> str:
    rows = choice_rows([html.escape(name) for _id, name in choices], f"lc-{dimension}")
    return (
        f'<fieldset class="mixed-practice__question" data-dimension="{dimension}">'
        f"<legend>{html.escape(prompt)}</legend>{rows}</fieldset>"
    )


class MixedPractice(DualView):
    """All practice cases, the options per dimension, and the concepts to master."""

    def __init__(self, library: Library):
        self.cases = practice_cases(library)
        self.choices = practice_choices(library)
        names = {c.id: c.name for c in library.concept_map().concepts}
        self.concepts = [(c, names[c]) for dim, _k, _p in DIMENSIONS for c, _ in self.choices[dim]]
        self.sample = case_question(self.cases[0], "form", self.choices["form"], "")

    def data(self) -> dict[str, Any]:
        ids = {dim: [c for c, _ in options] for dim, options in self.choices.items()}
        return {
            "cases": [
                {"id": case.id, "text": case.text}
                | {dim: [ids[dim].index(c), why] for dim, (c, why) in case.answers.items()}
                for case in self.cases
            ],
            "ids": ids,
            "choices": {
                d: [html.escape(n) for _, n in options] for d, options in self.choices.items()
            },
            "prompts": {dim: html.escape(prompt) for dim, _k, prompt in DIMENSIONS},
            "incomplete": INCOMPLETE_TEXT,
            "concepts": [{"id": c, "name": name} for c, name in self.concepts],
            "template": WRONG_TEMPLATE,
            "messages": self.sample.key()["messages"],
            "streak": STREAK,
            "returnAfter": RETURN_AFTER,
            "dimensions": [dim for dim, _k, _p in DIMENSIONS],
            "countTemplate": COUNT_TEMPLATE,
            "streakTemplate": STREAK_TEMPLATE,
            "storage": browser_storage(),
            "questionId": QUESTION_ID,
        }

    def html(self) -> str:
        questions = "".join(_fieldset(d, p, self.choices[d]) for d, _k, p in DIMENSIONS)
        rows = "".join(
            f'<tr data-concept="{c}" data-streak="0"><th scope="row">{html.escape(name)}</th>'
            f"<td>{STREAK_TEMPLATE.format(n=0, streak=STREAK)}</td></tr>"
            for c, name in self.concepts
        )
        return (
            '<div class="mixed-practice" data-step="0">'
            "<noscript><p>Latihan ini memerlukan JavaScript di peramban.</p></noscript>"
            '<div class="mixed-practice__case" aria-live="polite">'
            '<p class="mixed-practice__count"></p><p class="mixed-practice__text"></p></div>'
            f"{questions}"
            '<div class="selfcheck__actions">'
            '<button type="button" class="selfcheck__check mixed-practice__check">'
            f'{CHECK_LABEL}</button><button type="button" class="mixed-practice__next" hidden>'
            f"{NEXT_LABEL}</button></div>"
            '<div class="mixed-practice__feedback" aria-live="polite"></div>'
            f'<p class="mixed-practice__done" role="status" hidden>{DONE_TEXT}</p>'
            '<table class="mixed-practice__mastery"><caption>Benar berturut-turut</caption>'
            '<thead><tr><th scope="col">Konsep</th><th scope="col">Benar berturut-turut</th>'
            f"</tr></thead><tbody>{rows}</tbody></table>"
            f'<script type="application/json" class="mixed-practice__data">'
            f"{json_for_script(self.data())}</script></div>"
        )

    def widget(self) -> widgets.Widget:
        return PracticeWidget(self).box

    def __repr__(self) -> str:
        return f"Latihan campuran: {len(self.cases)} kasus, {len(self.concepts)} konsep"


class PracticeWidget:
    """The live practice: one case at a time, Periksa, feedback, the next case."""

    def __init__(self, practice: MixedPractice):
        self.practice = practice
        self.session = PracticeSession(practice.cases, [c for c, _ in practice.concepts])
        self.text = widgets.HTML()
        self.radios = {
            dim: widgets.RadioButtons(options=[n for _, n in practice.choices[dim]], value=None)
            for dim, _k, _p in DIMENSIONS
        }
        self.prompts = {
            dim: widgets.HTML(f"<p><strong>{p}</strong></p>") for dim, _, p in DIMENSIONS
        }
        self.check_button = widgets.Button(description=CHECK_LABEL, button_style="primary")
        self.next_button = widgets.Button(description=NEXT_LABEL, layout={"display": "none"})
        self.feedback = widgets.HTML()
        self.mastery = widgets.HTML()
        self.check_button.on_click(self.check)
        self.next_button.on_click(self.show_next)
        parts: list[widgets.Widget] = [self.text]
        for dim, _k, _p in DIMENSIONS:
            parts += [self.prompts[dim], self.radios[dim]]
        buttons = widgets.HBox([self.check_button, self.next_button])
        self.box = widgets.VBox([*parts, buttons, self.feedback, self.mastery])
        LIVE_PRACTICE[:] = [self]
        self.show_next()

    def questions(self) -> dict[str, Prepared]:
        case = self.session.current
        assert case is not None
        prompts = {dim: p for dim, _k, p in DIMENSIONS}
        return {
            d: case_question(case, d, self.practice.choices[d], prompts[d]) for d in case.answers
        }

    def show_next(self, _button: Any = None) -> None:
        case = self.session.next_case()
        self.feedback.value = ""
        self.next_button.layout.display = "none"
        self.check_button.layout.display = "none" if case is None else None
        self._show_mastery()
        if case is None:
            self.text.value = f"<p><strong>{DONE_TEXT}</strong></p>"
        else:
            count = COUNT_TEMPLATE.format(n=self.session.step + 1)
            self.text.value = f"<p>{count}</p><p>{case.text}</p>"
        for dim, radio in self.radios.items():
            radio.value = None
            shown = case is not None and dim in case.answers
            radio.layout.display = self.prompts[dim].layout.display = None if shown else "none"

    def check(self, _button: Any = None) -> None:
        questions = self.questions()
        answers = {d: self._index(d) for d in questions}
        if any(a is None for a in answers.values()):
            self.feedback.value = f'<p class="selfcheck__verdict">{INCOMPLETE_TEXT}</p>'
            return
        verdicts = {d: grade(q, answers[d]) for d, q in questions.items()}
        for dimension, question in questions.items():
            # Counted by Kemajuan Belajarku, like the browser's practice.js answers.
            save_answer(question.id, answers[dimension], checked=True)
        self.feedback.value = "".join(
            f"<p><strong>{questions[d].prompt}</strong></p>{feedback_html(questions[d], v)}"
            for d, v in verdicts.items()
        )
        self.session.record({d: bool(v and v.correct) for d, v in verdicts.items()})
        self.check_button.layout.display = "none"
        self.next_button.layout.display = None
        self._show_mastery()

    def _index(self, dimension: str) -> int | None:
        value = self.radios[dimension].value
        return None if value is None else self.radios[dimension].options.index(value)

    def _show_mastery(self) -> None:
        rows = "".join(
            f"<tr><th scope='row'>{html.escape(name)}</th>"
            f"<td>{STREAK_TEMPLATE.format(n=min(self.session.streaks[c], STREAK), streak=STREAK)}"
            "</td></tr>"
            for c, name in self.practice.concepts
        )
        self.mastery.value = f"<table><caption>Benar berturut-turut</caption>{rows}</table>"


def mixed_practice() -> MixedPractice:
    """Latihan Campuran over every case of the book."""
    return MixedPractice(current_library())
