"""Check all book content at once and collect every problem, without building the book."""

from __future__ import annotations

from pathlib import Path

from kerjasama.content.case_rules import case_problems
from kerjasama.content.chapters import (
    citation_problems,
    element_problems,
    selfcheck_problems,
    term_problems,
)
from kerjasama.content.concepts import CONCEPT_FILE
from kerjasama.content.folding import page_hyphen_problems, yaml_hyphen_problems
from kerjasama.content.lab_view import lab_view_problems
from kerjasama.content.library import SELFCHECK_CALL, Library
from kerjasama.content.references import bibliography_keys
from kerjasama.content.scenarios import SCENARIO_FILE
from kerjasama.content.style import italic_problems, page_italic_problems
from kerjasama.content.toc import (
    CHAPTER_PART,
    EVALUATION_PART,
    TOC_FILE,
    chapter_files,
    toc_problems,
)
from kerjasama.errors import ContentError, ContentProblem


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
    if not library.problems:
        problems.extend(_yaml_language_problems(data))
    for page in sorted(data.parent.glob("*.md")):
        problems += page_italic_problems(page) + page_hyphen_problems(page)
    root = data.parent.parent
    if (root / TOC_FILE).exists():
        problems.extend(_book_problems(library, root, keys))
    return problems


def _yaml_language_problems(data: Path) -> list[ContentProblem]:
    """Mechanical language rules in YAML: italics, broken hyphenated words, case texts."""
    problems = []
    for path in sorted(data.rglob("*.yml")):
        problems += italic_problems(path) + yaml_hyphen_problems(path)
    if (data / SCENARIO_FILE).exists():
        problems += case_problems(data / SCENARIO_FILE)
    return problems


def _book_problems(library: Library, root: Path, keys: set[str] | None) -> list[ContentProblem]:
    """The table of contents, and each chapter's elements, glossary terms and citations."""
    try:
        problems = toc_problems(root)
        chapters = chapter_files(root)
    except ContentError as exc:
        return exc.problems
    banks_ok = not library.problems

    for chapter in chapters:
        problems += element_problems(chapter)
        if banks_ok:
            problems += selfcheck_problems(chapter, library)
    # The notebooks a student opens with the Binder button must read well in JupyterLab.
    bibliography = root / "book" / "references.bib" if keys is not None else None
    for page in chapter_files(root, (CHAPTER_PART, EVALUATION_PART)):
        problems += lab_view_problems(page, bibliography)
    names = {c.name.lower() for c in library.concepts.concepts} if library.concepts else None
    for page in sorted((root / "book").glob("*.md")):
        if names is not None:
            problems += term_problems(page, names)
        if keys is not None:
            problems += citation_problems(page, keys)
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
