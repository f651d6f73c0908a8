"""The built book requests nothing outside its own folder when read from disk."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

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
        page.wait_for_timeout(300)
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
    page.locator(".ks-explorer__item summary").first.click()
    assert page.locator(".ks-explorer__item").first.get_attribute("open") is not None
    page.close()
