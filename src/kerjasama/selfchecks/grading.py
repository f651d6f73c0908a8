"""Grade a reader's answer to a prepared question.

One rule in two languages: this module in a live kernel and ``static/selfcheck.js`` in
the built book (its ``isCorrect`` and ``grade``). Both pass the same table of cases,
``tests/conformance/grading.json`` (``tests/test_conformance.py``, a fast test).

Answers: ``single``/``truefalse`` an option index; ``multiple`` a list of indices (a
set: order and repeats do not count); ``classify`` one category id (or None) per item.
An answer that is not complete, or not an answer to this question (an index the question
does not have, e.g. kept from an older version of the book), is no answer: None.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kerjasama.content.question_types import ONE_ANSWER, QuestionType

TRUE_FALSE_CHOICES = ("Benar", "Salah")
INCOMPLETE: dict[QuestionType, str] = {
    "single": "Pilih satu jawaban dulu, lalu tekan Periksa.",
    "truefalse": "Pilih Benar atau Salah dulu, lalu tekan Periksa.",
    "multiple": "Pilih paling sedikit satu jawaban dulu, lalu tekan Periksa.",
    "classify": "Tentukan kategori untuk setiap contoh dulu, lalu tekan Periksa.",
}
VERDICT_TEXT = {True: "Benar!", False: "Belum tepat."}
#: Shown before each feedback line, so right and wrong differ by more than colour.
MARKS = {True: "✓", False: "✗"}
MISSED_PREFIX = "Belum kamu pilih"
ITEM_PREFIX = "Contoh"


@dataclass(frozen=True)
class Prepared:
    """A question ready to show and grade: every text already rendered as safe HTML."""

    id: str
    type: QuestionType
    prompt: str
    choices: list[str]
    correct: list[Any]
    feedback: list[str]
    categories: list[tuple[str, str]] = field(default_factory=list)
    hint: str | None = None
    source: str | None = None
    #: HTML shown before the question: the stimulus it and the next questions ask about.
    intro: str | None = None

    def rule(self) -> dict[str, Any]:
        """What tells right from wrong; the progress and recap pages carry only this."""
        return {"type": self.type, "correct": self.correct, "size": len(self.choices)}

    def key(self) -> dict[str, Any]:
        """What the browser needs to grade and give feedback (serialised into the page)."""
        return self.rule() | {
            "choices": self.choices,
            "feedback": self.feedback,
            "messages": {
                "incomplete": INCOMPLETE[self.type],
                "right": VERDICT_TEXT[True],
                "wrong": VERDICT_TEXT[False],
                "missed": MISSED_PREFIX,
                "item": ITEM_PREFIX,
                "marks": [MARKS[False], MARKS[True]],
            },
        }


@dataclass(frozen=True)
class FeedbackLine:
    ok: bool
    html: str


@dataclass(frozen=True)
class Verdict:
    correct: bool
    lines: list[FeedbackLine]

    @property
    def state(self) -> str:
        return "correct" if self.correct else "incorrect"


def _index(value: Any, size: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < size


def given(rule: dict[str, Any], answer: Any) -> Any:
    """The answer in its one shape (a sorted set for ``multiple``), or None if incomplete."""
    kind, size = rule["type"], rule["size"]
    if kind in ONE_ANSWER:
        return answer if _index(answer, size) else None
    if not isinstance(answer, list | tuple):
        return None
    if kind == "multiple":
        if not all(_index(i, size) for i in answer):
            return None
        return sorted(set(answer)) or None
    if kind == "classify":
        complete = len(answer) == size and all(isinstance(a, str) for a in answer)
        return list(answer) if complete else None
    raise ValueError(f"jenis soal tidak dikenal: {kind}")


def is_correct(rule: dict[str, Any], answer: Any) -> bool | None:
    """Whether the answer is right, or None while it is not complete."""
    chosen = given(rule, answer)
    if chosen is None:
        return None
    if rule["type"] in ONE_ANSWER:
        return chosen in rule["correct"]
    if rule["type"] == "multiple":
        return bool(chosen == sorted(set(rule["correct"])))
    return all(a == b for a, b in zip(chosen, rule["correct"], strict=True))


def _sentence(choice: str) -> str:
    """A choice quoted in a feedback line ends with exactly one full stop."""
    return choice.removesuffix(".") + "."


def grade(question: Prepared, answer: Any) -> Verdict | None:
    """The verdict with one feedback line per choice made (or item), or None if incomplete."""
    rule = question.rule()
    ok = is_correct(rule, answer)
    chosen = given(rule, answer)
    if ok is None:
        return None
    if question.type in ONE_ANSWER:
        return Verdict(ok, [FeedbackLine(ok, question.feedback[chosen])])
    if question.type == "multiple":
        right = question.correct
        lines = [FeedbackLine(i in right, question.feedback[i]) for i in chosen]
        lines += [
            FeedbackLine(
                False, f"{MISSED_PREFIX}: {_sentence(question.choices[i])} {question.feedback[i]}"
            )
            for i in sorted(set(right) - set(chosen))
        ]
        return Verdict(ok, lines)
    lines = [
        FeedbackLine(item == expected, f"{ITEM_PREFIX} {number}: {reason}")
        for number, (item, expected, reason) in enumerate(
            zip(chosen, question.correct, question.feedback, strict=True), start=1
        )
    ]
    return Verdict(ok, lines)
