"""Nothing moves when the deferred parts arrive.

Every script is deferred (``kerjasama.sphinxext.bundle``), so the page paints before the
theme, the self-checks and the concept map have run. Whatever they add must fit into
room the first paint already keeps, or the text a phone reader has started on jumps.
The browser's own layout-shift entries measure it, from the first paint until the
page is quiet.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .site_server import Site

pytestmark = pytest.mark.slow
#: Layout-shift score per page. Lighthouse calls up to 0.1 good; header icons that grew
#: when their font arrived, and a theme icon that appeared with the theme script, once
#: cost 0.003-0.004 here, and what remains is a sub-pixel settling of about 0.0006.
MOST_SHIFT = 0.002
WATCH_SHIFTS = """
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    const moved = (entry.sources || []).map((source) => source.node
      ? `${source.node.nodeName}.${String(source.node.className || "").split(" ")[0]}`
      : "?");
    window.__shifts.push({ value: entry.value, moved });
  }
}).observe({ type: "layout-shift", buffered: true });
"""


@pytest.fixture(scope="module")
def served(built_book: Path) -> Iterator[str]:
    site = Site(built_book)
    yield site.start()
    site.stop()


def _chapter_pages(built_book: Path) -> list[str]:
    return sorted(p.name for p in (built_book / "book").glob("0*.html"))


@pytest.mark.parametrize("width", [360, 1280])
def test_deferred_parts_arrive_without_moving_the_page(
    served: str, built_book: Path, browser: Any, width: int
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 800})
    context.add_init_script(WATCH_SHIFTS)
    page = context.new_page()
    shifted = {}
    pages = _chapter_pages(built_book)
    assert len(pages) >= 9, pages
    for name in pages:
        page.goto(f"{served}book/{name}", wait_until="load")
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(300)
        # Exactly one theme icon shows, whatever the stored mode (here: none yet).
        assert page.locator(".bd-header-article .theme-switch:visible").count() == 1, name
        shifts = page.evaluate("window.__shifts")
        total = sum(shift["value"] for shift in shifts)
        if total > MOST_SHIFT:
            shifted[name] = (round(total, 4), sorted({m for s in shifts for m in s["moved"]}))
    context.close()
    assert shifted == {}, shifted
