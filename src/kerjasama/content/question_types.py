"""The question types a bank may use: one list that the schema, graders and views share."""

from __future__ import annotations

from typing import Literal, get_args

QuestionType = Literal["single", "multiple", "truefalse", "classify"]
QUESTION_TYPES: tuple[QuestionType, ...] = get_args(QuestionType)
#: Types answered by choosing exactly one option.
ONE_ANSWER: frozenset[QuestionType] = frozenset({"single", "truefalse"})


def type_choices() -> str:
    """``'type: single', 'multiple', 'truefalse', atau 'classify'`` for messages."""
    quoted = [f"'type: {QUESTION_TYPES[0]}'", *(f"'{t}'" for t in QUESTION_TYPES[1:])]
    return ", ".join(quoted[:-1]) + ", atau " + quoted[-1]
