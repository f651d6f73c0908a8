"""All content of the book loaded together, cross-checked once, and looked up by id.

Single files are validated by their own models as they load; what spans files is
checked by ``crossrefs``. Turning questions into HTML is the self-checks' job, not this
module's, so the content layer needs no presentation code.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path
from typing import Any, TypeVar

from kerjasama.content.concepts import CONCEPT_FILE, ConceptMap, load_concept_map
from kerjasama.content.crossrefs import cross_file_problems
from kerjasama.content.loaded import LoadedBank
from kerjasama.content.questions import Question, Stimulus, load_bank
from kerjasama.content.scenarios import SCENARIO_FILE, Scenario, ScenarioBank, load_scenarios
from kerjasama.errors import ContentError, ContentProblem
from kerjasama.paths import data_dir

BANK_FOLDER = "soal"
BIBLIOGRAPHY_FILE = "references.bib"
#: How a chapter shows a self-check: ``selfcheck("id")`` in a code cell.
SELFCHECK_CALL = re.compile(r"""selfcheck\(\s*["']([^"']+)["']""")
Loaded = TypeVar("Loaded")


@dataclass(frozen=True)
class Found:
    """What a ``selfcheck("id")`` shows: a title, questions in order, maybe a stimulus."""

    title: str | None
    questions: list[Question]
    stimulus: Stimulus | None = None


@dataclass
class Library:
    """The book's content: concept map, scenarios and question banks."""

    data: Path
    concepts: ConceptMap | None = None
    scenario_bank: ScenarioBank | None = None
    banks: dict[str, LoadedBank] = field(default_factory=dict)
    problems: list[ContentProblem] = field(default_factory=list)

    @classmethod
    def load(cls, data: Path) -> Library:
        """Load everything; problems are collected in ``problems``, not raised."""
        library = cls(data=data)
        library.concepts = library._attempt(lambda: load_concept_map(data / CONCEPT_FILE))
        scenario_path = data / SCENARIO_FILE
        scenario_raw: Any = None
        if scenario_path.exists():
            loaded = library._attempt(lambda: load_scenarios(scenario_path))
            if loaded is not None:
                library.scenario_bank, scenario_raw = loaded
        for path in sorted((data / BANK_FOLDER).glob("*.yml")):
            loaded_bank = library._attempt(partial(load_bank, path))
            if loaded_bank is not None:
                library.banks[path.stem] = LoadedBank(path, *loaded_bank)
        if library.concepts is not None:
            library.problems += cross_file_problems(library, scenario_path, scenario_raw)
        return library

    def _attempt(self, load: Callable[[], Loaded]) -> Loaded | None:
        try:
            return load()
        except ContentError as exc:
            self.problems.extend(exc.problems)
            return None

    @property
    def scenarios(self) -> dict[str, Scenario]:
        return self.scenario_bank.by_id() if self.scenario_bank else {}

    @property
    def bibliography(self) -> Path:
        return self.data.parent / BIBLIOGRAPHY_FILE

    def concept_map(self) -> ConceptMap:
        """The concept map, or the problems that stop it from loading."""
        if self.concepts is None:
            self.raise_problems()
        assert self.concepts is not None
        return self.concepts

    def concept_ids(self, kind: str) -> list[str]:
        """Ids of the concepts of one kind, in the map's order."""
        return [c.id for c in self.concept_map().concepts if c.kind == kind]

    def questions(self) -> Iterator[tuple[str, Question]]:
        for set_id, loaded in self.banks.items():
            for question in loaded.bank.questions:
                yield set_id, question

    def stimuli(self) -> dict[str, tuple[LoadedBank, Stimulus]]:
        return {s.id: (b, s) for b in self.banks.values() for s in b.bank.stimuli}

    def ids(self) -> set[str]:
        return set(self.banks) | {q.id for _s, q in self.questions()} | set(self.stimuli())

    def find(self, ident: str) -> Found:
        """A bank (file name), a stimulus or one question id → what it shows."""
        self.raise_problems()
        if ident in self.banks:
            bank = self.banks[ident].bank
            return Found(bank.title, list(bank.questions))
        stimuli = self.stimuli()
        if ident in stimuli:
            loaded, stimulus = stimuli[ident]
            by_id = {q.id: q for q in loaded.bank.questions}
            return Found(stimulus.title, [by_id[i] for i in stimulus.questions], stimulus)
        for _set_id, question in self.questions():
            if question.id == ident:
                return Found(None, [question])
        known = ", ".join(sorted(self.ids()))
        raise KeyError(f"Soal atau bank soal '{ident}' tidak ada. Yang tersedia: {known}")

    def shown_in(self, text: str) -> list[Question]:
        """The questions a chapter shows through ``selfcheck("…")``, in page order."""
        return [q for ident in SELFCHECK_CALL.findall(text) for q in self.find(ident).questions]

    def raise_problems(self) -> None:
        if self.problems:
            raise ContentError(self.problems)


@lru_cache(maxsize=2)
def _cached_library(data_text: str, stamp: tuple[tuple[str, int], ...]) -> Library:
    return Library.load(Path(data_text))


def current_library(data: Path | None = None) -> Library:
    """The book's content, reloaded whenever a file under ``book/data`` or the bib changes.

    Chapters, diagrams and self-checks all read through here, so a page parses each YAML
    file once however many views it shows.
    """
    data = data if data is not None else data_dir()
    files = [*sorted(data.rglob("*.yml")), data.parent / BIBLIOGRAPHY_FILE]
    stamp = tuple((str(p), p.stat().st_mtime_ns) for p in files if p.exists())
    return _cached_library(str(data), stamp)
