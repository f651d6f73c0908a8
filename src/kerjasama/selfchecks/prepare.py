"""Questions from the content library, made ready to show and grade.

Every text is rendered to safe HTML here, once, so the widget, the static page and the
worksheets show the same words; the answer key is laid out for ``grading``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kerjasama.content.library import Library
from kerjasama.content.questions import Classify, Question, TrueFalse
from kerjasama.content.references import short_citation
from kerjasama.content.scenarios import SCENARIO_DIMENSIONS
from kerjasama.content.toc import CHAPTER_PART, EVALUATION_PART, chapter_files
from kerjasama.markup import inline_html
from kerjasama.selfchecks.grading import TRUE_FALSE_CHOICES, Prepared
from kerjasama.selfchecks.stimulus import stimulus_html


def resolve(library: Library, ident: str) -> tuple[str | None, list[Prepared]]:
    """A bank, stimulus or question id → (set title, prepared questions).

    A stimulus's first question carries the stimulus itself, shown before it.
    """
    found = library.find(ident)
    prepared = [prepare(library, q) for q in found.questions]
    if found.stimulus is not None:
        prepared[0] = replace(prepared[0], intro=stimulus_html(found.stimulus))
    return found.title, prepared


def shown_in(library: Library, text: str) -> list[Prepared]:
    """The prepared questions a chapter shows, in page order."""
    return [prepare(library, q) for q in library.shown_in(text)]


#: The parts of the book whose pages hold self-checks.
SELFCHECK_PARTS = (CHAPTER_PART, EVALUATION_PART)


@dataclass(frozen=True)
class ChapterChecks:
    """A page of the book and the self-checks it shows, in page order."""

    path: Path
    title: str
    text: str
    questions: list[Prepared]


def chapter_checks(library: Library, root: Path) -> list[ChapterChecks]:
    """Every page of the Materi and Evaluasi parts that shows self-checks."""
    found = []
    for path in chapter_files(root, SELFCHECK_PARTS):
        text = path.read_text(encoding="utf-8")
        questions = shown_in(library, text)
        if questions:
            title = re.search(r"^# (.+)$", text, re.M)
            found.append(
                ChapterChecks(path, title.group(1).strip() if title else path.stem, text, questions)
            )
    return found


def source_label(library: Library, key: str | None) -> str | None:
    """How a question's source reads under it, e.g. ``Soekanto dan Sulistyowati (2013)``."""
    return None if key is None else short_citation(library.bibliography, key)


def prepare(library: Library, question: Question) -> Prepared:
    """Render one question's texts to safe HTML and lay its answer key out for grading."""
    common: dict[str, Any] = {
        "id": question.id,
        "type": question.type,
        "prompt": inline_html(question.prompt),
        "hint": inline_html(question.hint) if question.hint else None,
        "source": source_label(library, question.source),
    }
    if isinstance(question, TrueFalse):
        return Prepared(
            **common,
            choices=list(TRUE_FALSE_CHOICES),
            correct=[0 if question.answer else 1],
            feedback=[inline_html(question.if_true), inline_html(question.if_false)],
        )
    if isinstance(question, Classify):
        return _prepare_classify(library, question, common)
    return Prepared(
        **common,
        choices=[inline_html(o.text) for o in question.options],
        correct=[i for i, o in enumerate(question.options) if o.correct],
        feedback=[inline_html(o.feedback) for o in question.options],
    )


def _prepare_classify(library: Library, question: Classify, common: dict[str, Any]) -> Prepared:
    """Items written in the bank, or scenarios whose form or kind is the answer."""
    names = {c.id: c.name for c in library.concept_map().concepts}
    categories = [(c, names[c]) for c in library.concept_ids(question.categories)]
    texts, correct, feedback = [], [], []
    for item in question.items:
        if item.scenario is not None:
            scenario = library.scenarios[item.scenario]
            answer_field, reason_field = SCENARIO_DIMENSIONS[question.categories]
            texts.append(scenario.text)
            correct.append(getattr(scenario, answer_field))
            feedback.append(getattr(scenario, reason_field))
        else:
            texts.append(str(item.text))
            correct.append(str(item.category))
            feedback.append(str(item.feedback))
    return Prepared(
        **common,
        choices=[inline_html(t) for t in texts],
        correct=correct,
        feedback=[inline_html(f) for f in feedback],
        categories=categories,
    )
