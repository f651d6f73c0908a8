"""Every chapter carries the learning design of CONTENT.md, and nothing is copied from a seed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kerjasama.checks import SELFCHECK_CALL
from kerjasama.concepts import load_concept_map
from kerjasama.library import Library
from kerjasama.references import bibliography_keys

from .conftest import DATA, ROOT
from .seedcheck import copied_runs, fingerprints, word_runs, words

BOOK = ROOT / "book"
SEED_RUNS = ROOT / "tests" / "data" / "seed-runs.txt"
TEACHING = sorted(BOOK.glob("0[1-7]-*.md"))
TERM = re.compile(r"\{term\}`([^`]+)`")
CITE = re.compile(r"\{cite(?::[pt])?\}`([^`]+)`")
DIAGRAM = re.compile(
    r"\b(process_diagram|cooperation_tree|group_diagram|neighbourhood_diagram"
    r"|ConceptExplorer(\.whole_map)?)\("
)
HEADER_KEYS = ("extension: .md", "format_name: myst", "format_version:", "jupytext_version:")


def text_of(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def section(text: str, title: str) -> str:
    """The body of the ``## title`` section (up to the next level-2 heading)."""
    match = re.search(rf"^## {re.escape(title)}\s*$(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match, f"bagian '## {title}' tidak ada"
    return match.group(1)


def test_the_book_has_the_planned_chapters() -> None:
    numbers = [p.name[:2] for p in TEACHING]
    assert numbers == ["01", "02", "03", "04", "05", "06", "07"]
    assert (BOOK / "08-uji-kompetensi.md").exists()


@pytest.mark.parametrize("chapter", TEACHING, ids=[p.stem for p in TEACHING])
def test_chapter_has_every_element_of_the_learning_design(chapter: Path) -> None:
    text = text_of(chapter)
    header = text.split("---")[1]
    assert all(key in header for key in HEADER_KEYS) and "language: python" in header
    assert re.search(r"\{admonition\} Tujuan Pembelajaran", text)
    assert re.search(r"mampu", section_between(text, "Tujuan Pembelajaran", "```"))
    assert re.search(r"\{admonition\} Pertanyaan Pemantik", text)
    assert re.search(r"\{admonition\} Awas, sering keliru!\s*\n:class: warning", text)
    assert re.search(r"\*\*Contoh\*\*|Contoh\b", text) and re.search(r"[Bb]ukan contoh", text)
    assert DIAGRAM.search(text), "bab ini belum punya diagram"
    for title in ("Rangkuman", "Kata Kunci", "Refleksi"):
        assert section(text, title).strip()
    assert re.search(r"^## Aktivitas", text, re.M), "bab ini belum punya aktivitas"
    assert TERM.search(section(text, "Kata Kunci")), "kata kunci harus bertaut ke glosarium"
    assert CITE.search(text), "bab ini belum mengutip sumber"


def section_between(text: str, start: str, end: str) -> str:
    begin = text.index(start)
    return text[begin : text.index(end, begin)]


@pytest.mark.parametrize("chapter", TEACHING, ids=[p.stem for p in TEACHING])
def test_chapter_selfchecks_exist_and_include_a_classification(chapter: Path) -> None:
    library = Library.load(DATA)
    questions = []
    for ident in SELFCHECK_CALL.findall(text_of(chapter)):
        questions += library.resolve(ident)[1]
    assert len(questions) >= 4, f"{chapter.name}: baru {len(questions)} soal latihan"
    assert any(q.type == "classify" for q in questions), "perlu satu soal penggolongan"
    ids = [q.id for q in questions]
    assert len(ids) == len(set(ids)), "satu soal tampil dua kali di halaman yang sama"


def test_every_term_and_citation_resolves() -> None:
    names = {c.name.lower() for c in load_concept_map(DATA / "konsep.yml").concepts}
    keys = bibliography_keys(BOOK / "references.bib")
    problems = []
    for page in sorted(BOOK.glob("*.md")):
        for term in TERM.findall(text_of(page)):
            target = term.split("<")[-1].rstrip(">").strip() if "<" in term else term
            if target.lower() not in names:
                problems.append(f"{page.name}: istilah '{target}' tidak ada di glosarium")
        for group in CITE.findall(text_of(page)):
            problems += [
                f"{page.name}: rujukan '{k.strip()}' tidak ada"
                for k in group.split(",")
                if k.strip() not in keys
            ]
    assert problems == []


def test_summative_test_is_mixed_and_has_open_questions_with_rubrics() -> None:
    library = Library.load(DATA)
    text = text_of(BOOK / "08-uji-kompetensi.md")
    questions = []
    for ident in SELFCHECK_CALL.findall(text):
        questions += library.resolve(ident)[1]
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
