"""Every chapter carries the learning design of CONTENT.md, and nothing is copied from a seed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kerjasama.content.chapters import (
    citation_problems,
    element_problems,
    selfcheck_problems,
    term_problems,
)
from kerjasama.content.concepts import load_concept_map
from kerjasama.content.library import Library
from kerjasama.content.references import bibliography_keys
from kerjasama.content.toc import chapter_files

from .conftest import DATA, ROOT
from .seedcheck import copied_runs, fingerprints, word_runs, words

BOOK = ROOT / "book"
SEED_RUNS = ROOT / "tests" / "data" / "seed-runs.txt"
TEACHING = sorted(BOOK.glob("0[1-7]-*.md"))


def text_of(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_the_book_has_the_planned_chapters() -> None:
    numbers = [p.name[:2] for p in TEACHING]
    assert numbers == ["01", "02", "03", "04", "05", "06", "07"]
    assert (BOOK / "08-uji-kompetensi.md").exists()


def test_the_teaching_chapters_are_the_materi_part_of_the_toc() -> None:
    assert chapter_files(ROOT) == TEACHING


@pytest.mark.parametrize("chapter", TEACHING, ids=[p.stem for p in TEACHING])
def test_chapter_has_every_element_of_the_learning_design(chapter: Path) -> None:
    library = Library.load(DATA)
    assert element_problems(chapter) == []
    assert selfcheck_problems(chapter, library) == []


def test_every_term_and_citation_resolves() -> None:
    names = {c.name.lower() for c in load_concept_map(DATA / "konsep.yml").concepts}
    keys = bibliography_keys(BOOK / "references.bib")
    for page in sorted(BOOK.glob("*.md")):
        assert term_problems(page, names) == []
        assert citation_problems(page, keys) == []


def test_summative_test_is_mixed_and_has_open_questions_with_rubrics() -> None:
    text = text_of(BOOK / "08-uji-kompetensi.md")
    questions = Library.load(DATA).shown_in(text)
    assert len(questions) >= 20
    assert {q.type for q in questions} == {"single", "multiple", "truefalse", "classify"}
    rubrics = re.findall(r"\{(?:admonition|dropdown)\} (?:[Pp]edoman penskoran|[Rr]ubrik)", text)
    assert len(rubrics) >= 2


def test_scenario_bank_is_large_and_covers_every_form_and_kind() -> None:
    library = Library.load(DATA)
    scenarios = list(library.scenarios.values())
    assert len(scenarios) >= 30
    forms = {s.form for s in scenarios}
    kinds = {s.kind for s in scenarios}
    assert forms == {"kerukunan", "bargaining", "kooptasi", "koalisi", "joint-venture"}
    assert len(kinds) == 4
    texts = [s.text for s in scenarios]
    assert len(texts) == len(set(texts))


def test_no_run_of_twelve_words_is_copied_from_a_seed() -> None:
    seed_fingerprints = set(SEED_RUNS.read_text(encoding="utf-8").split())
    assert len(seed_fingerprints) > 500, "sidik jari artikel sumber hilang"
    copied = {}
    for path in [*BOOK.glob("*.md"), *DATA.rglob("*.yml")]:
        found = copied_runs(text_of(path), seed_fingerprints)
        if found:
            copied[path.name] = found[0]
    assert copied == {}


def test_seed_check_catches_a_copied_run() -> None:
    sentence = "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua belas"
    prints = fingerprints(word_runs(words(sentence)))
    assert copied_runs(f"Di buku: {sentence.upper()}!", prints)
    assert not copied_runs("satu dua tiga empat lima enam tujuh delapan sembilan", prints)
