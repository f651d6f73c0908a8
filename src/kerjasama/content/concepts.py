"""The concept map as data: concepts and typed relations from ``book/data/konsep.yml``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints

from kerjasama.content.schema import StrictModel, validate
from kerjasama.content.yamlsource import line_of, load_yaml
from kerjasama.errors import ContentError, ContentProblem

CONCEPT_FILE = "konsep.yml"

#: Ids, file names and chapter slugs: lowercase words joined by hyphens.
SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]
Text = Annotated[str, StringConstraints(min_length=1)]

ConceptKind = Literal[
    "proses",
    "golongan-proses",
    "jenis-kerja-sama",
    "bentuk-kerja-sama",
    "kelompok",
    "organisasi",
    "contoh",
    "faktor",
    "tujuan",
    "syarat-interaksi",
    "faktor-interaksi",
    "bentuk-akomodasi",
    "tipe-kelompok",
    "orientasi-kelompok",
    "sifat-kerja-sama",
    "macam-gotong-royong",
]

RelationType = Literal[
    "jenis-dari",
    "bagian-dari",
    "bentuk-dari",
    "terjadi-dalam",
    "sering-dalam",
    "syarat-dari",
    "contoh-dari",
    "lawan-dari",
    "mendorong",
    "tujuan-dari",
]

RELATION_LABELS: dict[str, str] = {
    "jenis-dari": "jenis dari",
    "bagian-dari": "bagian dari",
    "bentuk-dari": "bentuk dari",
    "terjadi-dalam": "terjadi dalam",
    "sering-dalam": "sering terlihat dalam",
    "syarat-dari": "syarat dari",
    "contoh-dari": "contoh dari",
    "lawan-dari": "lawan dari",
    "mendorong": "mendorong",
    "tujuan-dari": "tujuan dari",
}


class Concept(StrictModel):
    """One idea the book teaches, with its Indonesian name and English term."""

    id: Slug
    name: Text
    term_en: Text
    kind: ConceptKind
    definition: Text
    source: Slug | None = None


class Relation(StrictModel):
    """A typed, directed link: ``source`` --type--> ``target``."""

    source: Slug
    type: RelationType
    target: Slug


class ConceptMap(StrictModel):
    """All concepts and the relations between them."""

    concepts: list[Concept] = Field(min_length=1)
    relations: list[Relation] = Field(default_factory=list)

    def by_id(self) -> dict[str, Concept]:
        return {c.id: c for c in self.concepts}


def load_concept_map(path: Path) -> ConceptMap:
    """Load and validate the concept map file; report shape and id problems together."""
    data = load_yaml(path)
    problems = _reference_problems(data, path)
    try:
        concept_map = validate(ConceptMap, data, path)
    except ContentError as exc:
        raise ContentError(exc.problems + problems) from None
    if problems:
        raise ContentError(problems)
    return concept_map


def _items(data: Any, key: str) -> list[tuple[int, Any]]:
    """Mapping entries of ``data[key]`` with their index; tolerant of a broken shape."""
    entries = data.get(key) if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return []
    return [(i, e) for i, e in enumerate(entries) if isinstance(e, dict)]


def _reference_problems(data: Any, path: Path) -> list[ContentProblem]:
    """Duplicate concept ids and relations naming concepts that do not exist."""
    problems: list[ContentProblem] = []
    seen: set[str] = set()
    for index, concept in _items(data, "concepts"):
        ident = concept.get("id")
        if ident in seen:
            problems.append(
                ContentProblem(
                    file=path,
                    place=f"concepts › id '{ident}'",
                    line=line_of(data, ("concepts", index)),
                    message=f"id konsep '{ident}' dipakai lebih dari sekali.",
                    fix="beri setiap konsep id yang berbeda.",
                )
            )
        if isinstance(ident, str):
            seen.add(ident)
    for index, rel in _items(data, "relations"):
        for end in (rel.get("source"), rel.get("target")):
            if isinstance(end, str) and end not in seen:
                problems.append(
                    ContentProblem(
                        file=path,
                        place=f"relations › butir ke-{index + 1}",
                        line=line_of(data, ("relations", index)),
                        message=(
                            f"relasi '{rel.get('source')} {rel.get('type')} {rel.get('target')}'"
                            f" menyebut konsep '{end}' yang tidak ada."
                        ),
                        fix=f"tambahkan konsep dengan id '{end}' atau perbaiki ejaan id itu.",
                    )
                )
    return problems
