"""The built book requests nothing outside its own folder when read from disk."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from .page_state import settle

pytestmark = pytest.mark.slow


def book_pages(html: Path) -> list[Path]:
    return sorted(p for p in html.rglob("*.html") if "_static" not in p.parts)


def inside(url: str, html: Path) -> bool:
    parsed = urlparse(url)
    if parsed.scheme in {"data", "blob", "about"}:
        return True
    if parsed.scheme != "file":
        return False
    return Path(unquote(parsed.path)).resolve().is_relative_to(html.resolve())


def test_every_page_loads_only_its_own_files(built_book: Path, browser) -> None:
    pages = book_pages(built_book)
    assert len(pages) >= 4
    outside: dict[str, list[str]] = {}
    failed: dict[str, list[str]] = {}
    script_errors: dict[str, list[str]] = {}
    context = browser.new_context()
    for page_path in pages:
        page = context.new_page()
        requested: list[str] = []
        broken: list[str] = []
        thrown: list[str] = []
        page.on("pageerror", lambda exc, errors=thrown: errors.append(str(exc)))
        page.on("request", lambda request, seen=requested: seen.append(request.url))
        page.on("requestfailed", lambda request, bad=broken: bad.append(request.url))
        page.goto(page_path.as_uri(), wait_until="load")
        settle(page)
        name = str(page_path.relative_to(built_book))
        strays = [url for url in requested if not inside(url, built_book)]
        if strays:
            outside[name] = strays
        if broken:
            failed[name] = broken
        if thrown:
            script_errors[name] = thrown
        page.close()
    context.close()
    assert outside == {}, f"permintaan ke luar folder buku: {outside}"
    assert failed == {}, f"berkas yang gagal dimuat: {failed}"
    assert script_errors == {}, f"galat JavaScript: {script_errors}"


def test_pages_carry_no_unused_widget_state(built_book: Path) -> None:
    """Widgets show as HTML in the book; their ipywidgets state would be dead weight."""
    heavy = [
        str(p.relative_to(built_book))
        for p in book_pages(built_book)
        if "application/vnd.jupyter.widget-state+json" in p.read_text(encoding="utf-8")
    ]
    assert heavy == []


def test_chapter_reads_well_at_phone_width(built_book: Path, browser) -> None:
    page = browser.new_page(viewport={"width": 360, "height": 780})
    page.goto((built_book / "book" / "01-interaksi-sosial.html").as_uri())
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"halaman melebar {overflow}px di ponsel 360px"
    frame = page.locator(".ks-diagram__drawing").first.bounding_box()
    assert frame is not None and frame["x"] + frame["width"] <= 360
    # Wide diagrams keep legible text: the drawing scrolls sideways inside its frame.
    font = page.evaluate(
        """() => {
            const svg = document.querySelector('.ks-diagram svg');
            const text = svg.querySelector('text');
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            return parseFloat(getComputedStyle(text).fontSize) * scale;
        }"""
    )
    assert font >= 11, f"teks diagram hanya {font:.1f}px di ponsel"
    node = page.locator('.concept-explorer [data-concept="akomodasi"]')
    node.click()
    assert node.get_attribute("data-state") == "selected"
    page.close()


# Bytes, uncompressed, on a first visit. Back to 500 000 since only the search page loads
# the search index (kerjasama.sphinxext's layout.html), which issue 11 had grown to 83 KB.
PAGE_BUDGET = 500_000


def _bytes_loaded(context, url: str) -> dict[str, int]:  # type: ignore[no-untyped-def]
    page = context.new_page()
    loaded: dict[str, int] = {}
    page.on("response", lambda response: loaded.__setitem__(response.url, len(response.body())))
    page.goto(url, wait_until="load")
    settle(page)
    page.close()
    return loaded


def test_every_page_stays_within_the_weight_budget(built_book: Path, browser) -> None:
    heavy = {}
    for page_path in book_pages(built_book):
        context = browser.new_context()
        total = sum(_bytes_loaded(context, page_path.as_uri()).values())
        context.close()
        if total > PAGE_BUDGET:
            heavy[page_path.name] = total
    assert heavy == {}, f"halaman melebihi {PAGE_BUDGET} bita: {heavy}"


def test_only_the_search_page_loads_the_search_index(built_book: Path, browser) -> None:
    context = browser.new_context()
    chapter = _bytes_loaded(context, (built_book / "book" / "07-peta-konsep.html").as_uri())
    search = _bytes_loaded(context, (built_book / "search.html").as_uri() + "?q=kerja")
    context.close()
    assert not any(url.endswith("searchindex.js") for url in chapter)
    assert any(url.endswith("searchindex.js") for url in search)
    assert sum(chapter.values()) < PAGE_BUDGET


def test_a_second_chapter_reuses_the_first_ones_assets(built_book: Path, browser) -> None:
    context = browser.new_context()
    first = _bytes_loaded(context, (built_book / "book" / "02-pengertian-kerja-sama.html").as_uri())
    second = _bytes_loaded(
        context, (built_book / "book" / "03-kelompok-primer-sekunder.html").as_uri()
    )
    context.close()
    new_assets = {u: n for u, n in second.items() if u not in first and not u.endswith(".html")}
    assert sum(new_assets.values()) < 20_000, new_assets


def test_theme_icons_come_from_a_small_font_not_the_icon_script(built_book: Path, browser) -> None:
    context = browser.new_context()
    loaded = _bytes_loaded(context, (built_book / "book" / "01-interaksi-sosial.html").as_uri())
    page = context.new_page()
    page.goto((built_book / "book" / "01-interaksi-sosial.html").as_uri(), wait_until="load")
    settle(page)
    assert page.evaluate("document.fonts.check('900 16px \"Font Awesome 6 Free\"')")
    icon = page.evaluate("getComputedStyle(document.querySelector('.fa-bars'), '::before').content")
    context.close()
    fonts = {u: n for u, n in loaded.items() if "webfonts" in u}
    assert fonts and all(u.split("?")[0].endswith(".subset.woff") for u in fonts)
    assert sum(fonts.values()) < 20_000
    assert not any("fontawesome.js" in u for u in loaded), "the empty icon script is not loaded"
    assert icon not in ("none", "normal", "")
