"""The search page of the built book, in Chromium: Indonesian word forms find the same
pages, chapter sections rank first, summaries mark the matched word.

The pairs and the measurement are ``tools/search_pairs.py`` (which also prints the table
for a report).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote

import pytest

from kerjasama.sphinxext.search_id import stem

pytestmark = pytest.mark.slow

TOOL = Path(__file__).resolve().parents[1] / "tools" / "search_pairs.py"
CHAPTER = re.compile(r"(^|/)\d\d-[^/]*\.html")


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("search_pairs", TOOL)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


pairs = load_tool()


@pytest.fixture(scope="module")
def results(built_book: Path, browser: Any) -> dict[str, Any]:
    measured: dict[str, Any] = pairs.measure(browser, built_book, pairs.all_queries())
    return measured


@pytest.fixture()
def search_page(built_book: Path, browser: Any) -> Any:
    with pairs.served(built_book) as base:
        page = browser.new_page()
        page.base = base
        yield page
        page.close()


def test_word_forms_a_reader_expects_to_match_find_the_same_pages(results: dict[str, Any]) -> None:
    assert len(pairs.PAIRS) >= 20
    low = {}
    for a, b in pairs.PAIRS:
        score = pairs.jaccard(results[a].pages, results[b].pages)
        assert results[a].pages, f"{a!r} menemukan 0 halaman"
        if score < 0.8:
            low[f"{a} / {b}"] = round(score, 2)
    assert low == {}


def test_english_terms_of_the_book_still_find_their_chapters(results: dict[str, Any]) -> None:
    for query in pairs.ENGLISH:
        assert any(CHAPTER.search(page) for page in results[query].pages), query


def test_a_section_whose_heading_matches_ranks_first_and_the_glossary_after_chapters(
    results: dict[str, Any], search_page: Any
) -> None:
    # "rukun" is not the heading's word form (Kerukunan): matched by stem.
    first = pairs.search(search_page, search_page.base, "rukun").rows[0]
    assert first[1].startswith("book/05-bentuk-kerja-sama.html#kerukunan"), first
    # The glossary's entry for a term matches it exactly (Sphinx scores that 100).
    for query in ("kerja sama", "kerukunan", "bargaining"):
        links = [link for _, link in results[query].rows]
        glossary = [i for i, link in enumerate(links) if "glosarium" in link]
        chapters = [i for i, link in enumerate(links) if CHAPTER.search(link)]
        assert chapters, query
        assert not glossary or max(chapters) < min(glossary), (query, links)
    assert any("glosarium" in link for _, link in results["kerja sama"].rows)


def test_each_summary_shows_the_matched_word_in_its_sentence(search_page: Any) -> None:
    pairs.search(search_page, search_page.base, "berjanji")
    # Summaries arrive one by one, after the result list.
    search_page.wait_for_selector("#search-results li p.context span.highlighted")
    marked = search_page.eval_on_selector_all(
        "#search-results li p.context span.highlighted", "spans => spans.map(s => s.textContent)"
    )
    assert marked and all(stem(word) == "janji" for word in marked), marked
    sentence = search_page.text_content("#search-results li p.context")
    assert len(sentence) <= 250


def test_the_search_page_alone_loads_the_index_and_works_from_a_file(
    built_book: Path, browser: Any
) -> None:
    loading = [
        page.relative_to(built_book).as_posix()
        for page in built_book.rglob("*.html")
        if "searchindex.js" in page.read_text(encoding="utf-8")
    ]
    assert loading == ["search.html"]
    page = browser.new_page()
    try:
        page.goto((built_book / "search.html").as_uri() + "?q=" + quote("kerjasama"))
        page.wait_for_function(pairs.FINISHED, timeout=30_000)
        status = page.text_content("#search-results p.search-summary")
        assert page.locator("#search-results ul.search > li").count() > 5
        # Sphinx's own catalog (locale/sphinx): the interface stays Indonesian.
        assert "halaman" in status.lower(), status
    finally:
        page.close()
