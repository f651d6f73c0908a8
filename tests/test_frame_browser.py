"""The frame around every page (issue 25): quiet console, one search control, no sideways
scrolling, and nothing fixed on screen over an answer.

Every built page is opened as a first visit (a fresh browser profile, nothing stored yet)
at 1280 and 360 px, in light and dark mode.

A *search control* is a control that searches the book: the theme's search buttons and
fields that open its search dialog (``.search-button__button``), or a field or button of a
search form, the theme's (``form.bd-search``: in that dialog and on the search page) or any
form that submits to the search page (``form[action$="search.html"]``). A control that
filters one component (the concept map's "Cari konsep") does not search the book and is
not one. It counts when the reader can see it: laid out with a size, not hidden by
``display``, ``visibility`` or ``opacity``, nor inside a closed dialog.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .page_state import settle
from .site_server import Site
from .test_accessibility import AXE, RULES

pytestmark = pytest.mark.slow

WIDTHS = [1280, 360]
SCHEMES = ["light", "dark"]
#: Every component on the page has set itself up (they add controls when ready).
COMPONENTS_READY = """
[...document.querySelectorAll(
  ".concept-explorer, .mixed-practice, .learning-progress, .class-recap")]
  .every((root) => root.hasAttribute("data-ready"))
"""
SEARCH_CONTROLS = """
() => [...document.querySelectorAll(
    '.search-button__button, :is(form.bd-search, form[action$="search.html"])'
    + ' :is(input:not([type=hidden]), button)')]
  .filter((el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0
      && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  })
  .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}`)
"""
#: The controls a reader can see and use under the back-to-top button, by name; None
#: while the button is not shown. A link that wraps is tested line by line.
COVERED_CONTROLS = """
(button) => {
  const shown = (el) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  if (!shown(button)) return null;
  const own = button.getBoundingClientRect();
  return [...document.querySelectorAll(
      'a[href], button, input, select, textarea, label, summary,'
      + ' :is([role=button], [role=link], [role=radio], [role=checkbox], [role=tab])')]
    .filter((el) => !button.contains(el) && shown(el))
    .filter((el) => [...el.getClientRects()].some((box) =>
      box.left < own.right && own.left < box.right && box.top < own.bottom && own.top < box.bottom))
    .map((el) => `${el.tagName.toLowerCase()} ${el.textContent.trim().slice(0, 40)}`);
}
"""
#: Every change of ``<html data-theme>`` a page's scripts make (setting the same value
#: again changes nothing), and whether the body had begun to be parsed: a change after
#: that restyles the whole page, and a dark-mode reader sees it flash.
THEME_CHANGES = """
window.themeChanges = [];
new MutationObserver((changes) => changes
  .filter((change) => change.oldValue !== change.target.dataset.theme)
  .forEach((change) => window.themeChanges.push(
    [`${change.oldValue} -> ${change.target.dataset.theme}`, document.body !== null]))
).observe(document, {
  subtree: true, attributes: true, attributeOldValue: true, attributeFilter: ["data-theme"] });
"""
BACK_TO_TOP = "#pst-back-to-top"
#: To ``target`` from 300 px below it, a few frames apart: the theme shows its button only
#: while the reader scrolls up.
SCROLL_UP = """
async (target) => {
  const frames = async () => {
    for (let i = 0; i < 3; i++) await new Promise((done) => requestAnimationFrame(done));
  };
  scrollTo(0, target + 300); await frames();
  scrollTo(0, target); await frames();
}
"""


@pytest.fixture(scope="module")
def served(built_book: Path) -> Iterator[str]:
    site = Site(built_book)
    yield site.start()
    site.stop()


def _pages(built_book: Path) -> list[str]:
    """Every page of the built site (the index redirects to the first chapter)."""
    return sorted(
        path.relative_to(built_book).as_posix()
        for path in built_book.rglob("*.html")
        if "_static" not in path.parts
    )


def _first_visit(browser: Any, url: str, width: int, scheme: str) -> tuple[Any, Any, list[str]]:
    """A page opened in a fresh profile; the list collects what the console and the
    network reported against it."""
    context = browser.new_context(viewport={"width": width, "height": 800}, color_scheme=scheme)
    context.add_init_script(THEME_CHANGES)
    page = context.new_page()
    reported: list[str] = []
    page.on(
        "console",
        lambda message: (
            reported.append(f"{message.type}: {message.text}")
            if message.type in ("error", "warning")
            else None
        ),
    )
    page.on("pageerror", lambda error: reported.append(f"uncaught: {error}"))
    page.on("requestfailed", lambda request: reported.append(f"failed: {request.url}"))
    page.on(
        "response",
        lambda response: (
            reported.append(f"{response.status}: {response.url}")
            if response.status >= 400
            else None
        ),
    )
    page.goto(url)
    settle(page)
    page.wait_for_function(COMPONENTS_READY)
    settle(page)
    return context, page, reported


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_is_quiet_has_one_search_control_and_no_sideways_scroll(
    served: str, built_book: Path, browser: Any, width: int, scheme: str
) -> None:
    pages = _pages(built_book)
    assert len(pages) >= 17 and "search.html" in pages, pages
    problems: dict[str, list[str]] = {}
    for name in pages:
        context, page, reported = _first_visit(browser, served + name, width, scheme)
        found = list(reported)
        controls = page.evaluate(SEARCH_CONTROLS)
        if len(controls) != 1:
            found.append(f"{len(controls)} kontrol pencarian: {controls}")
        # The one control is the page's own field on the search page, the sidebar's field
        # at 1280 px and the header's icon on a phone elsewhere.
        elif name == "search.html":
            if not controls[0].startswith("input"):
                found.append(f"kontrol pencarian bukan kolom halaman: {controls}")
        elif width == 1280 and "search-button-field" not in controls[0]:
            found.append(f"bukan kolom di sidebar: {controls}")
        elif width == 360 and "pst-navbar-icon" not in controls[0]:
            found.append(f"bukan ikon di kepala halaman: {controls}")
        wide, room = page.evaluate(
            "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        if wide > room:
            found.append(f"bergeser ke samping: scrollWidth {wide} > {room}")
        expected_theme = page.evaluate("document.documentElement.dataset.theme")
        if expected_theme != scheme:
            found.append(f"data-theme={expected_theme!r}")
        late = [theme for theme, parsing_body in page.evaluate("themeChanges") if parsing_body]
        if late:
            found.append(f"data-theme diubah setelah body mulai dibaca: {late}")
        context.close()
        if found:
            problems[name] = found
    assert problems == {}


@pytest.mark.parametrize("scheme", SCHEMES)
def test_back_to_top_never_covers_an_answer_option_or_a_link_on_a_phone(
    served: str, browser: Any, scheme: str
) -> None:
    context, page, reported = _first_visit(
        browser, served + "book/latihan-campuran.html", 360, scheme
    )
    button = page.locator(BACK_TO_TOP).element_handle()
    option = page.locator(".mixed-practice fieldset:not([hidden]) .selfcheck__choice:visible").last
    height = page.evaluate("innerHeight")
    # The theme fixes the button's top at 90% of the screen: the last option's top goes
    # just above that line, so that the two would share the band if the button stayed.
    option_top = page.evaluate(
        "(el) => el.getBoundingClientRect().top + scrollY", option.element_handle()
    )
    target = round(option_top - 0.9 * height + 8)
    assert target > 100, target
    page.evaluate(SCROLL_UP, target)
    # The theme has shown it (display), whatever this book then does (visibility).
    page.wait_for_function("(el) => getComputedStyle(el).display !== 'none'", arg=button)
    settle(page)
    assert page.evaluate("scrollY") == target
    box = option.bounding_box()
    assert box is not None and box["y"] < 0.9 * height < box["y"] + box["height"], box
    assert page.evaluate(COVERED_CONTROLS, button) in (None, [])
    # Up the whole page, a step at a time: never over a control, and shown where nothing
    # is under it.
    shown = 0
    for position in range(target, 0, -40):
        page.evaluate(SCROLL_UP, position)
        settle(page)
        covered = page.evaluate(COVERED_CONTROLS, button)
        assert covered in (None, []), (position, covered)
        shown += covered == []
    assert shown > 0
    assert reported == []
    context.close()


@pytest.mark.parametrize("scheme", SCHEMES)
def test_search_results_and_marked_words_are_accessible(
    served: str, browser: Any, scheme: str
) -> None:
    # The search page (which the page-by-page axe test leaves out) with its results, and a
    # page opened from a result, its words marked and its "Sembunyikan hasil pencarian".
    context = browser.new_context(color_scheme=scheme)
    found = {}
    for url, ready in (
        ("search.html?q=kerja+sama", "#search-results li span.highlighted"),
        ("book/latihan-campuran.html?highlight=kerja", "p.highlight-link"),
    ):
        page = context.new_page()
        page.goto(served + url)
        settle(page)
        page.wait_for_selector(ready)
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
        violations = page.evaluate(
            """async (tags) => (await axe.run(document, {runOnly: tags})).violations.map(
                v => v.id + ': ' + v.nodes.slice(0, 2).map(n => n.target.join(' ')).join('; '))""",
            RULES,
        )
        if violations:
            found[url] = violations
        page.close()
    context.close()
    assert found == {}
