"""Check all book content at once and collect every problem, without building the book."""

from __future__ import annotations

import re
from pathlib import Path

from .errors import ContentError, ContentProblem
from .library import Library
from .references import bibliography_keys

#: How a chapter shows a self-check: ``selfcheck("id")`` in a code cell.
SELFCHECK_CALL = re.compile(r"""selfcheck\(\s*["']([^"']+)["']""")


def check_content(data: Path) -> list[ContentProblem]:
    """Every problem in ``data`` (``book/data``), the bibliography and the chapters."""
    library = Library.load(data)
    problems = list(library.problems)
    bib_path = data.parent / "references.bib"
    try:
        keys: set[str] | None = bibliography_keys(bib_path)
    except ContentError as exc:
        problems.extend(exc.problems)
        keys = None
    if keys is not None:
        problems.extend(_source_problems(library, keys))
    problems.extend(_chapter_reference_problems(library, data.parent))
    return problems


def _missing_source(path: Path, place: str, source: str) -> ContentProblem:
    return ContentProblem(
        path,
        place,
        f"sumber '{source}' tidak ada di book/references.bib.",
        "tambahkan entri itu ke references.bib atau perbaiki kuncinya.",
    )


def _source_problems(library: Library, keys: set[str]) -> list[ContentProblem]:
    problems = []
    if library.concepts is not None:
        from .concepts import CONCEPT_FILE

        for concept in library.concepts.concepts:
            if concept.source and concept.source not in keys:
                problems.append(
                    _missing_source(
                        library.data / CONCEPT_FILE, f"concepts › id '{concept.id}'", concept.source
                    )
                )
    for loaded in library.banks.values():
        for question in loaded.bank.questions:
            if question.source and question.source not in keys:
                problems.append(
                    _missing_source(loaded.path, f"questions › id '{question.id}'", question.source)
                )
    return problems


def _chapter_reference_problems(library: Library, book: Path) -> list[ContentProblem]:
    """Chapters that call ``selfcheck("…")`` with an id no bank defines."""
    if any(p.file.parent.name == "soal" for p in library.problems):
        return []  # a broken bank would make every reference to it look missing
    known = library.ids()
    problems = []
    for chapter in sorted(book.rglob("*.md")):
        lines = chapter.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, start=1):
            for ident in SELFCHECK_CALL.findall(line):
                if ident not in known:
                    problems.append(
                        ContentProblem(
                            chapter,
                            "",
                            f"bab ini memanggil soal '{ident}' yang tidak ada.",
                            "periksa ejaan id soal, atau tambahkan soal itu ke sebuah berkas "
                            "di book/data/soal/.",
                            line=number,
                        )
                    )
    return problems
