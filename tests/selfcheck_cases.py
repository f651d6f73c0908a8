"""Answers the browser and kernel tests give each self-check: one wrong, one right.

Both are derived from the answer key, so every question a teacher adds is exercised, and
the browser and the kernel are held to the same verdicts (those of ``grading.grade``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from kerjasama.content.library import SELFCHECK_CALL, Library
from kerjasama.selfchecks.grading import Prepared
from kerjasama.selfchecks.prepare import shown_in

from .conftest import DATA


def answers_for(question: Prepared) -> tuple[Any, Any]:
    """A wrong answer and the right one, in the shape ``grading.grade`` takes."""
    if question.type in {"single", "truefalse"}:
        wrong = next(i for i in range(len(question.choices)) if i not in question.correct)
        return wrong, question.correct[0]
    if question.type == "multiple":
        others = [i for i in range(len(question.choices)) if i not in question.correct]
        wrong = [*question.correct, others[0]] if others else question.correct[:-1] or [0]
        return wrong, list(question.correct)
    categories = [c for c, _ in question.categories]
    first = next(c for c in categories if c != question.correct[0])
    return [first, *question.correct[1:]], list(question.correct)


def chapter_questions(chapter: Path) -> list[Prepared]:
    """Every question a chapter shows through ``selfcheck("…")``, in page order."""
    return shown_in(Library.load(DATA), chapter.read_text(encoding="utf-8"))


def chapters_with_selfchecks() -> list[Path]:
    return [
        path
        for path in sorted((DATA.parent).glob("*.md"))
        if SELFCHECK_CALL.search(path.read_text(encoding="utf-8"))
    ]


def feedback_texts(fragment_html: str) -> list[str]:
    """Feedback lines as a reader sees them: tags dropped, spaces collapsed."""
    from kerjasama.selfchecks.widget import plain_text

    items = re.findall(r"<li[^>]*>(.*?)</li>", fragment_html, re.S)
    return [" ".join(plain_text(item).split()) for item in items]


def choose(root: Any, question: Prepared, answer: Any) -> None:
    """Answer with the page's own controls, as a reader would."""
    if question.type == "classify":
        selects = root.locator("select")
        for index, value in enumerate(answer):
            selects.nth(index).select_option(value)
        return
    chosen = answer if isinstance(answer, list) else [answer]
    inputs = root.locator("input")
    for index in range(inputs.count()):
        inputs.nth(index).set_checked(index in chosen)
