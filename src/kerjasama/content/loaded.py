"""What the cross-file checks read from the loaded content, without the loader itself.

``library`` loads the files and runs ``crossrefs`` and ``mastery`` on the result; those two
type against :class:`Contents` here, so the import graph inside ``content`` has no cycle.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from kerjasama.content.concepts import ConceptMap
from kerjasama.content.questions import Bank
from kerjasama.content.scenarios import Scenario


@dataclass
class LoadedBank:
    """A question bank with its file and its raw YAML (for line numbers)."""

    path: Path
    bank: Bank
    raw: Any


class Contents(Protocol):
    """The loaded book as the cross-file checks see it (``library.Library`` satisfies it)."""

    data: Path
    banks: dict[str, LoadedBank]

    @property
    def scenarios(self) -> Mapping[str, Scenario]: ...

    def concept_map(self) -> ConceptMap: ...

    def concept_ids(self, kind: str) -> list[str]: ...
