"""Every chapter carries the learning design, and nothing is copied from a seed.

The learning design is listed in CONTRIBUTING.md ("Menambah bab") and enforced by
``kerjasama.content.chapters``. The teaching chapters are the pages of the "Materi" part of
``_toc.yml`` (where ``make chapter`` adds a new one), so these tests hold for any chapter a
teacher adds.
"""

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
from kerjasama.content.toc import chapter_files, toc_entries

from .conftest import DATA, ROOT
from .seedcheck import copied_runs, fingerprints, word_runs, words

BOOK = ROOT / "book"
SEED_RUNS = ROOT / "tests" / "data" / "seed-runs.txt"
TEACHING = chapter_files(ROOT)
#: The summative test: the Evaluasi page named ``NN-uji-kompetensi``.
SUMMATIVE = next(p for p in chapter_files(ROOT, ("Evaluasi",)) if p.stem[3:] == "uji-kompetensi")


def text_of(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_every_numbered_page_is_in_the_toc_and_materi_has_chapters() -> None:
    listed = {entry.path(ROOT) for entry in toc_entries(ROOT)[0]}
    numbered = sorted(BOOK.glob("[0-9][0-9]-*.md"))
    assert [p.name for p in numbered if p not in listed] == []
    assert len(TEACHING) >= 1
    assert all(p.parent == BOOK for p in TEACHING)


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
    text = text_of(SUMMATIVE)
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
