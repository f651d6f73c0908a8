"""Self-checks as self-contained HTML for the built book, graded by ``_static/selfcheck.js``.

The markup follows the contract in DESIGN.md: a root ``.selfcheck`` with
``data-selfcheck-id``, native labelled controls, ``<button>``s, a feedback region with
``aria-live="polite"``. The answer key travels with each question as JSON, so the page
grades without a kernel and without a network.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Sequence

from kerjasama.markup import json_for_script
from kerjasama.selfchecks.answers import browser_storage
from kerjasama.selfchecks.grading import INCOMPLETE, MARKS, VERDICT_TEXT, Prepared, Verdict

CHECK_LABEL = "Periksa"
RESET_LABEL = "Coba lagi"
HINT_LABEL = "Tampilkan petunjuk"
CHOOSE_LABEL = "— pilih —"
SCORE_TEMPLATE = "Skor: {right} dari {total} benar"

_instances = itertools.count(1)


def choice_rows(choices: Sequence[str], prefix: str, kind: str = "radio") -> str:
    """Labelled native controls, one per choice (HTML), valued by index."""
    rows = []
    for index, choice in enumerate(choices):
        control_id = f"{prefix}-{index}"
        rows.append(
            f'<div class="selfcheck__choice"><input type="{kind}" id="{control_id}" '
            f'name="{prefix}" value="{index}"><label for="{control_id}">{choice}</label></div>'
        )
    return "".join(rows)


def _classify_items(question: Prepared, prefix: str) -> str:
    options = f'<option value="">{CHOOSE_LABEL}</option>' + "".join(
        f'<option value="{html.escape(cid)}">{html.escape(name)}</option>'
        for cid, name in question.categories
    )
    rows = []
    for index, text in enumerate(question.choices):
        control_id = f"{prefix}-{index}"
        rows.append(
            f'<div class="selfcheck__item"><label for="{control_id}">'
            f'<span class="selfcheck__number">{index + 1}.</span> {text}</label>'
            f'<select id="{control_id}">{options}</select></div>'
        )
    return "".join(rows)


def question_html(question: Prepared) -> str:
    """One self-check: prompt, controls, hint, buttons, feedback region, answer key."""
    prefix = f"sc-{question.id}-{next(_instances)}"
    controls = (
        _classify_items(question, prefix)
        if question.type == "classify"
        else choice_rows(
            question.choices, prefix, "checkbox" if question.type == "multiple" else "radio"
        )
    )
    hint = (
        f'<details class="selfcheck__hint"><summary>{HINT_LABEL}</summary>'
        f"<p>{question.hint}</p></details>"
        if question.hint
        else ""
    )
    source = (
        f'<p class="selfcheck__source">Sumber: {html.escape(question.source)}</p>'
        if question.source
        else ""
    )
    return (
        (question.intro or "") + f'<div class="selfcheck" id="soal-{html.escape(question.id)}" '
        f'data-selfcheck-id="{html.escape(question.id)}" '
        f'data-type="{question.type}">'
        f'<fieldset class="selfcheck__body"><legend class="selfcheck__prompt">'
        f"{question.prompt}</legend>{controls}</fieldset>"
        f"{hint}"
        '<div class="selfcheck__actions">'
        f'<button type="button" class="selfcheck__check">{CHECK_LABEL}</button>'
        f'<button type="button" class="selfcheck__reset" hidden>{RESET_LABEL}</button></div>'
        '<div class="selfcheck__feedback" aria-live="polite"></div>'
        f"{source}"
        f'<script type="application/json" class="selfcheck__key">'
        f"{json_for_script(question.key() | {'storage': browser_storage()})}</script></div>"
    )


def set_html(set_id: str, title: str | None, questions: Sequence[Prepared]) -> str:
    """A titled group of self-checks with a running score, or a single self-check."""
    body = "".join(question_html(q) for q in questions)
    if title is None:
        return body
    total = len(questions)
    return (
        f'<section class="selfcheck-set" data-selfcheck-set="{html.escape(set_id)}">'
        f'<p class="selfcheck-set__title">{html.escape(title)}</p>{body}'
        f'<p class="selfcheck-set__score" aria-live="polite" '
        f'data-template="{SCORE_TEMPLATE}">{SCORE_TEMPLATE.format(right=0, total=total)}</p>'
        "</section>"
    )


def feedback_html(question: Prepared, verdict: Verdict | None) -> str:
    """What the feedback region shows after Periksa (``selfcheck.js`` builds the same)."""
    if verdict is None:
        return f'<p class="selfcheck__verdict">{INCOMPLETE[question.type]}</p>'
    lines = "".join(
        f'<li class="selfcheck__line selfcheck__line--{"ok" if line.ok else "no"}">'
        f'<span class="selfcheck__mark" aria-hidden="true">{MARKS[line.ok]}</span> '
        f"{line.html}</li>"
        for line in verdict.lines
    )
    return (
        f'<p class="selfcheck__verdict selfcheck__verdict--{verdict.state}">'
        f"{VERDICT_TEXT[verdict.correct]}</p>"
        f'<ul class="selfcheck__lines">{lines}</ul>'
    )
