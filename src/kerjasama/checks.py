"""Check all book content at once and collect every problem, without building the book."""

from __future__ import annotations

from pathlib import Path

from .concepts import load_concept_map
from .errors import ContentError, ContentProblem
from .graphs import CONCEPT_FILE
from .references import bibliography_keys


def check_content(data: Path) -> list[ContentProblem]:
    """Every problem in ``data`` (``book/data``) and the bibliography beside it."""
    problems: list[ContentProblem] = []
    bib_path = data.parent / "references.bib"
    keys: set[str] | None = None
    try:
        keys = bibliography_keys(bib_path)
    except ContentError as exc:
        problems.extend(exc.problems)

    concept_path = data / CONCEPT_FILE
    try:
        cmap = load_concept_map(concept_path)
    except ContentError as exc:
        problems.extend(exc.problems)
    else:
        if keys is not None:
            for concept in cmap.concepts:
                if concept.source and concept.source not in keys:
                    problems.append(
                        ContentProblem(
                            concept_path,
                            f"concepts › id '{concept.id}'",
                            f"sumber '{concept.source}' tidak ada di book/references.bib.",
                            "tambahkan entri itu ke references.bib atau perbaiki kuncinya.",
                        )
                    )
    return problems
