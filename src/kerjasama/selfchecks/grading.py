"""Grade a reader's answer to a prepared question.

Python (live kernel) and ``selfchecks/static/selfcheck.js`` (built book) grade the same
:class:`Prepared` data with the same rules, so a reader gets the same verdict in both.
Answers: ``single``/``truefalse`` an option index; ``multiple`` a list of indices;
``classify`` one category id (or None) per item.
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

    def key(self) -> dict[str, Any]:
        """What the browser needs to grade (serialised into the page)."""
        return {
            "type": self.type,
            "choices": self.choices,
            "correct": self.correct,
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


def _sentence(choice: str) -> str:
    """A choice quoted in a feedback line ends with exactly one full stop."""
    return choice.removesuffix(".") + "."


def grade(question: Prepared, answer: Any) -> Verdict | None:
    """The verdict, or None when the answer is not complete yet."""
    if question.type in ONE_ANSWER:
        if answer is None:
            return None
        ok = answer in question.correct
        return Verdict(ok, [FeedbackLine(ok, question.feedback[answer])])
    if question.type == "multiple":
        chosen = sorted(set(answer or []))
        if not chosen:
            return None
        right = set(question.correct)
        lines = [FeedbackLine(i in right, question.feedback[i]) for i in chosen]
        lines += [
            FeedbackLine(
                False, f"{MISSED_PREFIX}: {_sentence(question.choices[i])} {question.feedback[i]}"
            )
            for i in sorted(right - set(chosen))
        ]
        return Verdict(set(chosen) == right, lines)
    if question.type == "classify":
        if answer is None or len(answer) != len(question.choices) or None in answer:
            return None
        lines = [
            FeedbackLine(given == expected, f"{ITEM_PREFIX} {number}: {reason}")
            for number, (given, expected, reason) in enumerate(
                zip(answer, question.correct, question.feedback, strict=True), start=1
            )
        ]
        return Verdict(all(line.ok for line in lines), lines)
    raise ValueError(f"jenis soal tidak dikenal: {question.type}")
