"""Example scenarios of cooperation, each labelled with its form and its kind.

One scenario is written once in ``book/data/skenario.yml`` and used by classification
questions, the concept map and the chapters, with its one-sentence reasons.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field

from kerjasama.content.concepts import Slug, Text
from kerjasama.content.schema import StrictModel, validate
from kerjasama.content.yamlsource import load_yaml

SCENARIO_FILE = "skenario.yml"
#: For scenario items in a classification question: which scenario fields answer which
#: classification (answer, reason).
SCENARIO_DIMENSIONS = {
    "bentuk-kerja-sama": ("form", "why_form"),
    "jenis-kerja-sama": ("kind", "why_kind"),
}


class Scenario(StrictModel):
    """A realistic Indonesian case, placed in both classifications with a reason for each."""

    id: Slug
    text: Text
    form: Slug
    why_form: Text
    kind: Slug
    why_kind: Text


class EmptyCell(StrictModel):
    """A form × kind pair with no case, and why: the matrix shows the reason.

    ``possible: true`` marks a pair that can occur but has no case in the bank yet, so a
    student is not taught that it is impossible.
    """

    form: Slug
    kind: Slug
    why: Text
    possible: bool = False


class ScenarioBank(StrictModel):
    scenarios: list[Scenario] = Field(min_length=1)
    empty_cells: list[EmptyCell] = Field(default_factory=list)

    def by_id(self) -> dict[str, Scenario]:
        return {s.id: s for s in self.scenarios}


def load_scenarios(path: Path) -> tuple[ScenarioBank, object]:
    """The validated scenarios and the raw YAML (for line numbers in later checks)."""
    data = load_yaml(path)
    return validate(ScenarioBank, data, path), data
