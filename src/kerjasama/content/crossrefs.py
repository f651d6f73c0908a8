"""Checks that span files: ids unique across the book, categories and scenarios that exist.

Each file is validated by its own model when it loads; these plain functions run on the
loaded ``Library`` and return problems, never raise.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from kerjasama.content.mastery import tag_problems
from kerjasama.content.questions import Classify, ClassifyItem
from kerjasama.content.scenarios import SCENARIO_DIMENSIONS, SCENARIO_FILE
from kerjasama.content.yamlsource import line_of
from kerjasama.errors import ContentProblem

if TYPE_CHECKING:
    from kerjasama.content.loaded import Contents, LoadedBank

#: Words for the two answer fields of a scenario, in messages.
FIELD_NAMES = {"form": "bentuk kerja sama", "kind": "jenis kerja sama"}


def cross_file_problems(
    library: Contents, scenario_path: Path, scenario_raw: Any
) -> list[ContentProblem]:
    """Every problem that only shows when the files are read together."""
    problems = scenario_problems(library, scenario_path, scenario_raw)
    problems += bank_problems(library)
    problems += tag_problems(library)
    return problems


def scenario_problems(library: Contents, path: Path, raw: Any) -> list[ContentProblem]:
    """Each scenario's form and kind are concepts of the right kind in the map."""
    problems: list[ContentProblem] = []
    forms = set(library.concept_ids("bentuk-kerja-sama"))
    kinds = set(library.concept_ids("jenis-kerja-sama"))
    for index, scenario in enumerate(library.scenarios.values()):
        for value, allowed, key in (
            (scenario.form, forms, "form"),
            (scenario.kind, kinds, "kind"),
        ):
            if value not in allowed:
                problems.append(
                    ContentProblem(
                        path,
                        f"scenarios › id '{scenario.id}' › {key}",
                        f"'{value}' bukan {FIELD_NAMES[key]} yang ada di peta konsep.",
                        f"pakai salah satu: {', '.join(sorted(allowed))}.",
                        line=line_of(raw, ("scenarios", index, key)),
                    )
                )
    return problems


def bank_problems(library: Contents) -> list[ContentProblem]:
    """Ids unique across banks; classification categories and scenarios that exist."""
    problems: list[ContentProblem] = []
    owner: dict[str, Path] = {}
    for set_id, loaded in library.banks.items():
        owner.setdefault(set_id, loaded.path)
    for loaded in library.banks.values():
        for index, question in enumerate(loaded.bank.questions):
            where = ("questions", index)
            place = f"questions › id '{question.id}'"
            _claim_id(problems, question.id, loaded, where, owner)
            if isinstance(question, Classify):
                _classify_problems(library, problems, loaded, question, where, place)
        _stimulus_problems(problems, loaded, owner)
    return problems


def _claim_id(
    problems: list[ContentProblem],
    ident: str,
    loaded: LoadedBank,
    where: tuple[str | int, ...],
    owner: dict[str, Path],
) -> None:
    """Record who owns ``ident``; a second owner is a problem on its ``id`` line."""
    first = owner.get(ident)
    if first is None:
        owner[ident] = loaded.path
        return
    problems.append(
        ContentProblem(
            loaded.path,
            f"{where[0]} › id '{ident}'",
            f"id '{ident}' sudah dipakai di {first.name}.",
            "beri butir ini id lain; id soal, stimulus, dan nama berkas bank harus unik.",
            line=line_of(loaded.raw, (*where, "id")),
        )
    )


def _stimulus_problems(
    problems: list[ContentProblem], loaded: LoadedBank, owner: dict[str, Path]
) -> None:
    """Stimulus ids are unique; their questions exist in the same bank, once each."""
    own = {q.id for q in loaded.bank.questions}
    used: dict[str, str] = {}
    for index, stimulus in enumerate(loaded.bank.stimuli):
        where = ("stimuli", index)
        place = f"stimuli › id '{stimulus.id}'"
        _claim_id(problems, stimulus.id, loaded, where, owner)
        for number, ident in enumerate(stimulus.questions):
            line = line_of(loaded.raw, (*where, "questions", number))
            if ident not in own:
                problems.append(
                    ContentProblem(
                        loaded.path,
                        f"{place} › questions",
                        f"soal '{ident}' tidak ada di berkas ini.",
                        "tulis id soal dari daftar 'questions' berkas yang sama.",
                        line=line,
                    )
                )
            elif ident in used:
                problems.append(
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


def _classify_problems(
    library: Contents,
    problems: list[ContentProblem],
    loaded: LoadedBank,
    question: Classify,
    where: tuple[str | int, ...],
    place: str,
) -> None:
    """The categories are a kind with two or more concepts; each item fits one of them."""
    categories = library.concept_ids(question.categories)
    if len(categories) < 2:
        problems.append(
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
        mistake = _item_mistake(library, question, item, categories)
        if mistake is not None:
            message, fix, line_path = mistake
            problems.append(
                ContentProblem(
                    loaded.path,
                    f"{place} › items › butir ke-{number + 1}",
                    message,
                    fix,
                    line=line_of(loaded.raw, (*item_where, *line_path)),
                )
            )


def _item_mistake(
    library: Contents, question: Classify, item: ClassifyItem, categories: list[str]
) -> tuple[str, str, tuple[str, ...]] | None:
    """What is wrong with one item (message, fix, field), or None."""
    if item.scenario is None:
        if item.category in categories:
            return None
        return (
            f"kategori '{item.category}' tidak termasuk golongan '{question.categories}'.",
            f"pakai salah satu: {', '.join(categories)}.",
            ("category",),
        )
    if item.scenario not in library.scenarios:
        return (
            f"skenario '{item.scenario}' tidak ada di {SCENARIO_FILE}.",
            f"tambahkan skenario itu ke {SCENARIO_FILE} atau perbaiki id-nya.",
            (),
        )
    if question.categories not in SCENARIO_DIMENSIONS:
        return (
            "skenario hanya dapat digolongkan menurut bentuk atau jenis kerja sama, "
            f"bukan '{question.categories}'.",
            "tulis butir ini dengan 'text', 'category', dan 'feedback'.",
            (),
        )
    return None
