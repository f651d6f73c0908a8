"""All content of the book loaded together, cross-checked, and ready for the chapters.

Single files are validated by their own models; this module checks what spans files:
question ids unique across the whole book, classification categories and scenarios that
exist in the concept map and scenario bank, and sources present in the bibliography.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from .concepts import CONCEPT_FILE, ConceptMap, load_concept_map
from .errors import ContentError, ContentProblem
from .grading import TRUE_FALSE_CHOICES, Prepared
from .markup import inline_html
from .paths import data_dir
from .questions import Bank, Classify, Question, Stimulus, TrueFalse, load_bank
from .references import short_citation
from .scenarios import SCENARIO_FILE, Scenario, load_scenarios
from .stimulus import stimulus_html
from .yamlsource import line_of

BANK_FOLDER = "soal"
#: How a chapter shows a self-check: ``selfcheck("id")`` in a code cell.
SELFCHECK_CALL = re.compile(r"""selfcheck\(\s*["']([^"']+)["']""")
#: For scenario items: which scenario fields answer which classification.
SCENARIO_DIMENSIONS = {
    "bentuk-kerja-sama": ("form", "why_form"),
    "jenis-kerja-sama": ("kind", "why_kind"),
}


@dataclass
class LoadedBank:
    path: Path
    bank: Bank
    raw: Any


@dataclass
class Library:
    """The book's content: concept map, scenarios and question banks."""

    data: Path
    concepts: ConceptMap | None = None
    scenarios: dict[str, Scenario] = field(default_factory=dict)
    banks: dict[str, LoadedBank] = field(default_factory=dict)
    problems: list[ContentProblem] = field(default_factory=list)

    # -- loading -------------------------------------------------------------------
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
                bank, scenario_raw = loaded
                library.scenarios = bank.by_id()
        for path in sorted((data / BANK_FOLDER).glob("*.yml")):
            loaded_bank = library._attempt(lambda p=path: load_bank(p))
            if loaded_bank is not None:
                library.banks[path.stem] = LoadedBank(path, *loaded_bank)
        if library.concepts is not None:
            library._check_scenarios(scenario_path, scenario_raw)
            library._check_banks()
        return library

    def _attempt(self, load: Any) -> Any:
        try:
            return load()
        except ContentError as exc:
            self.problems.extend(exc.problems)
            return None

    # -- cross-file checks ----------------------------------------------------------
    def _concept_ids(self, kind: str) -> list[str]:
        assert self.concepts is not None
        return [c.id for c in self.concepts.concepts if c.kind == kind]

    def _check_scenarios(self, path: Path, raw: Any) -> None:
        forms = set(self._concept_ids("bentuk-kerja-sama"))
        kinds = set(self._concept_ids("jenis-kerja-sama"))
        for index, scenario in enumerate(self.scenarios.values()):
            for value, allowed, key in (
                (scenario.form, forms, "form"),
                (scenario.kind, kinds, "kind"),
            ):
                if value not in allowed:
                    self.problems.append(
                        ContentProblem(
                            path,
                            f"scenarios › id '{scenario.id}' › {key}",
                            f"'{value}' bukan {key_name(key)} yang ada di peta konsep.",
                            f"pakai salah satu: {', '.join(sorted(allowed))}.",
                            line=line_of(raw, ("scenarios", index, key)),
                        )
                    )

    def _check_banks(self) -> None:
        owner: dict[str, Path] = {}
        for set_id, loaded in self.banks.items():
            owner.setdefault(set_id, loaded.path)
        for loaded in self.banks.values():
            for index, question in enumerate(loaded.bank.questions):
                where = ("questions", index)
                place = f"questions › id '{question.id}'"
                self._claim_id(question.id, loaded, where, owner)
                if isinstance(question, Classify):
                    self._check_classify(loaded, question, where, place)
            self._check_stimuli(loaded, owner)

    def _claim_id(
        self, ident: str, loaded: LoadedBank, where: tuple[str | int, ...], owner: dict[str, Path]
    ) -> None:
        """Record who owns ``ident``; a second owner is a problem on its ``id`` line."""
        first = owner.get(ident)
        if first is None:
            owner[ident] = loaded.path
            return
        self.problems.append(
            ContentProblem(
                loaded.path,
                f"{where[0]} › id '{ident}'",
                f"id '{ident}' sudah dipakai di {first.name}.",
                "beri butir ini id lain; id soal, stimulus, dan nama berkas bank harus unik.",
                line=line_of(loaded.raw, (*where, "id")),
            )
        )

    def _check_stimuli(self, loaded: LoadedBank, owner: dict[str, Path]) -> None:
        """Stimulus ids are unique; their questions exist in the same bank, once each."""
        own = {q.id for q in loaded.bank.questions}
        used: dict[str, str] = {}
        for index, stimulus in enumerate(loaded.bank.stimuli):
            where = ("stimuli", index)
            place = f"stimuli › id '{stimulus.id}'"
            self._claim_id(stimulus.id, loaded, where, owner)
            for number, ident in enumerate(stimulus.questions):
                line = line_of(loaded.raw, (*where, "questions", number))
                if ident not in own:
                    self.problems.append(
                        ContentProblem(
                            loaded.path,
                            f"{place} › questions",
                            f"soal '{ident}' tidak ada di berkas ini.",
                            "tulis id soal dari daftar 'questions' berkas yang sama.",
                            line=line,
                        )
                    )
                elif ident in used:
                    self.problems.append(
                        ContentProblem(
                            loaded.path,
                            f"{place} › questions",
                            f"soal '{ident}' sudah dipakai oleh stimulus '{used[ident]}'.",
                            "setiap soal hanya boleh menjadi bagian dari satu stimulus.",
                            line=line,
                        )
                    )
                else:
                    used[ident] = stimulus.id

    def _check_classify(
        self, loaded: LoadedBank, question: Classify, where: tuple[str | int, ...], place: str
    ) -> None:
        categories = self._concept_ids(question.categories)
        if len(categories) < 2:
            self.problems.append(
                ContentProblem(
                    loaded.path,
                    f"{place} › categories",
                    f"golongan kategori '{question.categories}' tidak ada di peta konsep.",
                    "pakai golongan (kind) konsep yang punya paling sedikit dua konsep, "
                    "misalnya bentuk-kerja-sama, jenis-kerja-sama, atau kelompok.",
                    line=line_of(loaded.raw, (*where, "categories")),
                )
            )
            return
        for number, item in enumerate(question.items):
            item_where = (*where, "items", number)
            item_place = f"{place} › items › butir ke-{number + 1}"
            if item.scenario is not None:
                if item.scenario not in self.scenarios:
                    self.problems.append(
                        ContentProblem(
                            loaded.path,
                            item_place,
                            f"skenario '{item.scenario}' tidak ada di {SCENARIO_FILE}.",
                            f"tambahkan skenario itu ke {SCENARIO_FILE} atau perbaiki id-nya.",
                            line=line_of(loaded.raw, item_where),
                        )
                    )
                elif question.categories not in SCENARIO_DIMENSIONS:
                    self.problems.append(
                        ContentProblem(
                            loaded.path,
                            item_place,
                            f"skenario hanya dapat digolongkan menurut bentuk atau jenis kerja "
                            f"sama, bukan '{question.categories}'.",
                            "tulis butir ini dengan 'text', 'category', dan 'feedback'.",
                            line=line_of(loaded.raw, item_where),
                        )
                    )
            elif item.category not in categories:
                self.problems.append(
                    ContentProblem(
                        loaded.path,
                        item_place,
                        f"kategori '{item.category}' tidak termasuk golongan "
                        f"'{question.categories}'.",
                        f"pakai salah satu: {', '.join(categories)}.",
                        line=line_of(loaded.raw, (*item_where, "category")),
                    )
                )

    # -- access for chapters ----------------------------------------------------------
    def questions(self) -> Iterator[tuple[str, Question]]:
        for set_id, loaded in self.banks.items():
            for question in loaded.bank.questions:
                yield set_id, question

    def stimuli(self) -> dict[str, tuple[LoadedBank, Stimulus]]:
        return {s.id: (b, s) for b in self.banks.values() for s in b.bank.stimuli}

    def ids(self) -> set[str]:
        return set(self.banks) | {q.id for _s, q in self.questions()} | set(self.stimuli())

    def resolve(self, ident: str) -> tuple[str | None, list[Prepared]]:
        """A set (bank file name) or a single question id → (set title, prepared questions)."""
        self.raise_problems()
        if ident in self.banks:
            bank = self.banks[ident].bank
            return bank.title, [self.prepare(q) for q in bank.questions]
        stimuli = self.stimuli()
        if ident in stimuli:
            return self._resolve_stimulus(*stimuli[ident])
        for _set_id, question in self.questions():
            if question.id == ident:
                return None, [self.prepare(question)]
        known = ", ".join(sorted(self.ids()))
        raise KeyError(f"Soal atau bank soal '{ident}' tidak ada. Yang tersedia: {known}")

    def _resolve_stimulus(
        self, loaded: LoadedBank, stimulus: Stimulus
    ) -> tuple[str, list[Prepared]]:
        """The stimulus's questions in its order, the first carrying the stimulus itself."""
        by_id = {q.id: q for q in loaded.bank.questions}
        prepared = [self.prepare(by_id[ident]) for ident in stimulus.questions]
        prepared[0] = replace(prepared[0], intro=stimulus_html(stimulus))
        return stimulus.title, prepared

    def shown_in(self, text: str) -> list[Prepared]:
        """The questions a chapter shows through ``selfcheck("…")``, in page order."""
        return [q for ident in SELFCHECK_CALL.findall(text) for q in self.resolve(ident)[1]]

    def raise_problems(self) -> None:
        if self.problems:
            raise ContentError(self.problems)

    def source_label(self, key: str | None) -> str | None:
        """How a question's source reads under it, e.g. ``Soekanto dan Sulistyowati (2013)``."""
        if key is None:
            return None
        return short_citation(self.data.parent / "references.bib", key)

    def prepare(self, question: Question) -> Prepared:
        """Render texts to safe HTML and lay the answer key out for grading."""
        common = {
            "id": question.id,
            "type": question.type,
            "prompt": inline_html(question.prompt),
            "hint": inline_html(question.hint) if question.hint else None,
            "source": self.source_label(question.source),
        }
        if isinstance(question, TrueFalse):
            return Prepared(
                **common,
                choices=list(TRUE_FALSE_CHOICES),
                correct=[0 if question.answer else 1],
                feedback=[inline_html(question.if_true), inline_html(question.if_false)],
            )
        if isinstance(question, Classify):
            assert self.concepts is not None
            names = {c.id: c.name for c in self.concepts.concepts}
            categories = [(c, names[c]) for c in self._concept_ids(question.categories)]
            texts, correct, feedback = [], [], []
            for item in question.items:
                if item.scenario is not None:
                    scenario = self.scenarios[item.scenario]
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
        return Prepared(
            **common,
            choices=[inline_html(o.text) for o in question.options],
            correct=[i for i, o in enumerate(question.options) if o.correct],
            feedback=[inline_html(o.feedback) for o in question.options],
        )


def key_name(key: str) -> str:
    return {"form": "bentuk kerja sama", "kind": "jenis kerja sama"}[key]


@lru_cache(maxsize=2)
def _cached_library(data_text: str, stamp: tuple[tuple[str, int], ...]) -> Library:
    return Library.load(Path(data_text))


def current_library(data: Path | None = None) -> Library:
    """The book's content, reloaded whenever a file under ``book/data`` or the bib changes."""
    data = data if data is not None else data_dir()
    files = [*sorted(data.rglob("*.yml")), data.parent / "references.bib"]
    stamp = tuple((str(p), p.stat().st_mtime_ns) for p in files if p.exists())
    return _cached_library(str(data), stamp)
