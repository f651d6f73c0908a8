"""The kinds × forms matrix tells an impossible cell from one that only lacks a case."""

from __future__ import annotations

from pathlib import Path

import pytest

from kerjasama.diagrams.scenario_views import scenario_matrix
from kerjasama.paths import DATA_ENV

EMPTY_CELLS = """
empty_cells:
  - form: bargaining
    kind: kerja-sama-spontan
    why: Pertukaran selalu bersandar pada syarat yang disepakati lebih dulu.
  - form: kooptasi
    kind: kerja-sama-kontrak
    possible: true
    why: Organisasi dapat merangkul pengkritiknya lewat perjanjian tertulis.
"""


def test_possible_empty_cell_is_marked_apart_from_impossible_ones(
    mini_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with (mini_data / "skenario.yml").open("a", encoding="utf-8") as bank:
        bank.write(EMPTY_CELLS)
    monkeypatch.setenv(DATA_ENV, str(mini_data))
    markup = scenario_matrix().markup
    assert markup.count("<td>× (tidak mungkin)</td>") == 1
    assert markup.count("<td>○ (belum ada contoh)</td>") == 1
    impossible, possible = markup.split("Sel bertanda ○")
    assert "Sel bertanda × tidak mungkin terisi:" in impossible
    assert "disepakati lebih dulu" in impossible
    assert "perjanjian tertulis" in possible
    assert "disepakati lebih dulu" not in possible
