"""axe-core finds no accessibility violations on any page, in light and in dark mode."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
SKIPPED_PAGES = {"index.html", "genindex.html", "search.html"}  # redirect, generated lists


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_page_has_accessibility_violations(built_book: Path, browser: Any, scheme: str) -> None:
    if not AXE.exists():
        pytest.fail("axe-core belum terpasang: jalankan `make test` (npm ci).")
    script = AXE.read_text(encoding="utf-8")
    context = browser.new_context(color_scheme=scheme)
    found = {}
    for path in sorted(built_book.rglob("*.html")):
        if "_static" in path.parts or path.name in SKIPPED_PAGES:
            continue
        page = context.new_page()
        page.goto(path.as_uri(), wait_until="load")
        page.add_script_tag(content=script)
        violations = page.evaluate(
            """async (tags) => (await axe.run(document, {runOnly: tags})).violations.map(
                v => v.id + ': ' + v.nodes.slice(0, 2).map(n => n.target.join(' ')).join('; '))""",
            RULES,
        )
        if violations:
            found[path.name] = violations
        page.close()
    context.close()
    assert found == {}


def test_axe_would_catch_a_violation(browser: Any) -> None:
    page = browser.new_page()
    page.set_content('<html lang="id"><body><main><img src="x.png"></main></body></html>')
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    ids = page.evaluate("async () => (await axe.run()).violations.map(v => v.id)")
    page.close()
    assert "image-alt" in ids
