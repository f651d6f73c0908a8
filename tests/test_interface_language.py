"""Every word a reader sees or hears outside the chapter text is Indonesian.

The fast tests prove the detector and the translation machinery; the slow ones read every
built page in Chromium, in light and dark mode, after its scripts have run, plus the
search page with a query, the copy button and the theme switcher.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pydata_sphinx_theme
import pytest
from bs4 import BeautifulSoup

from kerjasama.sphinxext.locales import browser_messages, merge_browser_catalog
from kerjasama.sphinxext.theme_strings import PAGE_STRINGS, STATIC_STRINGS, FixedString, translate

from .conftest import ROOT
from .language import bibliography_values, english_words
from .page_state import settle

LOCALE = ROOT / "locale"
SITE_PACKAGES = Path(pydata_sphinx_theme.__file__).resolve().parents[1]
ATTRIBUTES = ("aria-label", "title", "placeholder", "alt", "data-bs-title", "data-tooltip")
#: The interface strings a first reading of the pages found before the catalogs existed.
FOUND_IN_THE_REVIEW = [
    "Skip to main content",
    "Back to top",
    "Search this book...",
    "Color mode",
    "Light",
    "Dark",
    "System Settings",
    "Toggle primary sidebar",
    "Toggle secondary sidebar",
    "Site navigation",
    "Main",
    "On this page",
    "Page",
    "Version warning",
    "Suggest edit",
    "next page",
    "previous page",
    "Launch interactive content",
    "Launch on Binder",
    "Launch Thebe",
    "Link to this heading",
    "Copied!",
    "Search finished, found 3 page(s) matching the search query.",
    "Soekanto and Sulistyowati, 2013",
    "Rajawali Pers, Jakarta, edisi revisi edition, 2013.",
]
REVIEW_STRINGS = frozenset(FOUND_IN_THE_REVIEW)
#: Collects the strings a page shows or speaks outside its article, after its scripts ran.
COLLECT = """(attributes) => {
  const found = [document.title];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const parent = walker.currentNode.parentElement;
    if (!parent || parent.closest("script, style, template, noscript, article")) continue;
    const text = walker.currentNode.textContent.trim();
    if (text) found.push(text);
  }
  for (const element of document.querySelectorAll("*"))
    for (const name of attributes) {
      const value = element.getAttribute(name);
      if (value && value.trim()) found.push(value.trim());
    }
  for (const entry of document.querySelectorAll("div.citation-list"))
    found.push(entry.innerText);
  return found;
}"""


def test_the_detector_finds_every_string_of_the_review() -> None:
    missed = [s for s in FOUND_IN_THE_REVIEW if s != "Main" and not english_words(s)]
    assert missed == []
    indonesian = [
        "Langsung ke isi utama",
        "Mode warna",
        "Ikuti pengaturan sistem",
        "Tampilkan atau sembunyikan daftar bab",
        "Pencarian selesai: 3 halaman cocok dengan kata yang dicari.",
        "Soekanto dan Sulistyowati, 2013",
        "Bagian A: Soal pilihan",
        "Unduh file notebook",
    ]
    assert [s for s in indonesian if english_words(s)] == []


def test_bibliography_titles_are_data_not_interface() -> None:
    values = bibliography_values(ROOT / "book" / "references.bib")
    entry = (
        "Thompson, J. D. dan McEwen, W. J. (1958). Organizational Goals and Environment: "
        "Goal-Setting as an Interaction Process. American Sociological Review, 23(1), 23–31."
    )
    assert english_words(entry, values) == []
    assert english_words(entry.replace(" dan ", " and "), values) == ["and"]


@pytest.mark.parametrize(
    "fixed",
    [*PAGE_STRINGS, *(s for strings in STATIC_STRINGS.values() for s in strings)],
    ids=lambda s: s.english[:40],
)
def test_each_fixed_string_still_exists_upstream(fixed: FixedString) -> None:
    """When upstream translates a string itself, its entry here must go."""
    origin = SITE_PACKAGES / fixed.origin
    assert fixed.marker in origin.read_text(encoding="utf-8")
    once = translate(fixed.english, (fixed,))
    assert once == fixed.indonesian
    assert translate(once, (fixed,)) == once


def test_search_messages_reach_the_browser_catalog() -> None:
    messages = browser_messages(sorted(LOCALE.glob("*/id/LC_MESSAGES/sphinx.po")))
    finished = "Search finished, found ${resultCount} page(s) matching the search query."
    assert "${resultCount}" in messages[finished]
    assert "Link to this heading" not in messages  # used by Python, not by a script
    script = (
        'Documentation.addTranslations({"locale": "id", "messages": {"Search Results": '
        '"Hasil Pencarian", "Searching": "Pencarian"}, "plural_expr": "0"});'
    )
    merged = merge_browser_catalog(script, messages)
    assert '"Searching": "Mencari"' in merged
    assert '"Search Results": "Hasil Pencarian"' in merged


def _english_in(strings: list[str], values: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for text in strings:
        words = english_words(text, values) or ([text] if text in REVIEW_STRINGS else [])
        if words:
            found[text[:120]] = words
    return found


def _english_on(page: Any, values: list[str]) -> dict[str, list[str]]:
    return _english_in(page.evaluate(COLLECT, list(ATTRIBUTES)), values)


def _pages(html: Path) -> list[Path]:
    return sorted(p for p in html.rglob("*.html") if "_static" not in p.parts)


def _static_strings(html: str) -> list[str]:
    """What a page says before any script runs: text outside the article, and attributes."""
    soup = BeautifulSoup(html, "html.parser")
    found = [
        str(value)
        for element in soup.find_all(True)
        for name in ATTRIBUTES
        if (value := element.get(name))
    ]
    for hidden in soup(["script", "style", "template", "noscript", "article"]):
        hidden.decompose()
    return found + [line.strip() for line in soup.get_text("\n").splitlines() if line.strip()]


@pytest.mark.slow
def test_no_page_says_english_before_its_scripts_run(built_book: Path) -> None:
    values = bibliography_values(ROOT / "book" / "references.bib")
    english: dict[str, dict[str, list[str]]] = {}
    for path in _pages(built_book):
        found = _english_in(_static_strings(path.read_text(encoding="utf-8")), values)
        if found:
            english[str(path.relative_to(built_book))] = found
    assert english == {}


@pytest.mark.slow
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_page_shows_or_speaks_english(built_book: Path, browser: Any, scheme: str) -> None:
    values = bibliography_values(ROOT / "book" / "references.bib")
    context = browser.new_context(color_scheme=scheme)
    english: dict[str, dict[str, list[str]]] = {}
    for path in _pages(built_book):
        page = context.new_page()
        page.goto(path.as_uri(), wait_until="load")
        settle(page)
        assert page.evaluate("document.documentElement.dataset.theme") == scheme
        found = _english_on(page, values)
        if found:
            english[str(path.relative_to(built_book))] = found
        page.close()
    context.close()
    assert english == {}


@pytest.mark.slow
def test_strings_written_by_scripts_are_indonesian(built_book: Path, browser: Any) -> None:
    values = bibliography_values(ROOT / "book" / "references.bib")
    page = browser.new_page()
    page.goto((built_book / "search.html").as_uri() + "?q=kooptasi", wait_until="load")
    page.wait_for_selector("#search-results .search-summary:not(:empty)")
    summary = page.inner_text("#search-results")
    assert "Pencarian selesai" in summary and "halaman cocok" in summary
    assert _english_on(page, values) == {}

    page.goto((built_book / "book" / "panduan-guru.html").as_uri(), wait_until="load")
    button = page.locator("button.copybtn").first
    assert button.get_attribute("data-tooltip") == "Salin"
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    button.click()
    assert button.get_attribute("data-tooltip") in {"Tersalin!", "Gagal menyalin"}
    switch = page.locator("button.theme-switch-button")
    for _ in range(3):
        mode = page.evaluate("document.documentElement.dataset.mode")
        switch.click()
        page.wait_for_function("mode => document.documentElement.dataset.mode !== mode", arg=mode)
        assert _english_on(page, values) == {}
    page.close()
