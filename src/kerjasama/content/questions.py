"""Question banks: the self-check format teachers write under ``book/data/soal/``.

Four types share one shape (``id``, ``type``, ``prompt``, optional ``hint`` and
``source``): ``single`` (pilihan ganda), ``multiple`` (pilihan ganda kompleks),
``truefalse`` (benar/salah) and ``classify`` (menggolongkan contoh ke kategori).
A bank may also hold ``stimuli``: a text, table or chart that several questions ask about.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, model_validator

from kerjasama.content.concepts import Slug, Text
from kerjasama.content.schema import StrictModel, problem, validate
from kerjasama.content.yamlsource import load_yaml


class Option(StrictModel):
    """One answer choice, with feedback saying why it is right or wrong."""

    text: Text
    correct: bool = False
    feedback: Text


class QuestionBase(StrictModel):
    id: Slug
    prompt: Text
    hint: Text | None = None
    source: Slug | None = None
    #: The concepts (ids in ``konsep.yml``) a correct answer shows a student has grasped;
    #: the progress page counts mastery from them. Classify questions also count the
    #: concepts their items belong to.
    concepts: list[Slug] = Field(default_factory=list)


class SingleChoice(QuestionBase):
    """Pilihan ganda: exactly one option is correct."""

    type: Literal["single"]
    options: list[Option] = Field(min_length=2)

    @model_validator(mode="after")
    def _one_correct(self) -> SingleChoice:
        count = sum(o.correct for o in self.options)
        if count == 0:
            raise problem(
                "soal pilihan ganda ini tidak punya jawaban benar.",
                "tandai tepat satu pilihan dengan 'correct: true'.",
            )
        if count > 1:
            raise problem(
                f"soal pilihan ganda ini punya {count} jawaban benar; seharusnya satu.",
                "biarkan satu 'correct: true', atau ubah 'type' menjadi 'multiple'.",
            )
        return self


class MultipleChoice(QuestionBase):
    """Pilihan ganda kompleks: one or more options are correct."""

    type: Literal["multiple"]
    options: list[Option] = Field(min_length=2)

    @model_validator(mode="after")
    def _some_correct(self) -> MultipleChoice:
        if not any(o.correct for o in self.options):
            raise problem(
                "soal pilihan ganda kompleks ini tidak punya jawaban benar.",
                "tandai paling sedikit satu pilihan dengan 'correct: true'.",
            )
        return self


class TrueFalse(QuestionBase):
    """Benar/salah: a statement, its truth, and feedback for each choice."""

    type: Literal["truefalse"]
    answer: bool
    if_true: Text
    if_false: Text


class ClassifyItem(StrictModel):
    """A case to place in a category: a scenario id, or its own text, category and feedback."""

    scenario: Slug | None = None
    text: Text | None = None
    category: Slug | None = None
    feedback: Text | None = None

    @model_validator(mode="after")
    def _scenario_or_own_text(self) -> ClassifyItem:
        own = (self.text, self.category, self.feedback)
        if self.scenario is not None and any(v is not None for v in own):
            raise problem(
                "butir ini memakai 'scenario' sekaligus 'text'/'category'/'feedback'.",
                "pakai 'scenario: <id>' saja, atau tulis 'text', 'category', dan 'feedback'.",
            )
        if self.scenario is None and any(v is None for v in own):
            missing = [
                k for k, v in zip(("text", "category", "feedback"), own, strict=True) if v is None
            ]
            raise problem(
                f"butir ini tidak lengkap: {', '.join(missing)} belum diisi.",
                "isi 'text', 'category', dan 'feedback', atau pakai 'scenario: <id>'.",
            )
        return self


class Classify(QuestionBase):
    """Penggolongan: each item goes to one concept of the kind named in ``categories``."""

    type: Literal["classify"]
    categories: Slug
    items: list[ClassifyItem] = Field(min_length=2)


Question = Annotated[
    SingleChoice | MultipleChoice | TrueFalse | Classify, Field(discriminator="type")
]


class Bar(StrictModel):
    """One bar of a stimulus chart: a short label and a non-negative value."""

    label: Text
    value: float = Field(ge=0)


class BarChart(StrictModel):
    """A simple infographic, drawn as SVG with its numbers also given as a table."""

    title: Text
    unit: Text
    bars: list[Bar] = Field(min_length=2)


class Stimulus(StrictModel):
    """An AKM-style stimulus (news excerpt, table or chart) read before 2–4 questions.

    ``text`` is Markdown and may hold paragraphs and tables; ``questions`` names
    questions of the same bank, which are shown under the stimulus.
    """

    id: Slug
    title: Text
    text: Text
    chart: BarChart | None = None
    credit: Text | None = None
    questions: list[Slug] = Field(min_length=2, max_length=4)


class Bank(StrictModel):
    """One file of questions; its file name (without .yml) names the whole set."""

    title: Text
    questions: list[Question] = Field(min_length=1)
    stimuli: list[Stimulus] = Field(default_factory=list)


def load_bank(path: Path) -> tuple[Bank, object]:
    """The validated bank and the raw YAML (for line numbers in cross-file checks)."""
    data = load_yaml(path)
    return validate(Bank, data, path), data
