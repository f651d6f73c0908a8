"""The explorable concept map in the built book, driven in Chromium as a reader would."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from bs4 import BeautifulSoup

from kerjasama.diagrams.explorer import ConceptExplorer
from kerjasama.diagrams.explorer_panel import card_html
from kerjasama.diagrams.graphs import concept_graph, concepts_only

BAB_7 = Path("book") / "07-peta-konsep.html"
EXPLORER = ".concept-explorer"
pytestmark = pytest.mark.slow


def _letters(text: str) -> str:
    """Text without any whitespace: how a card reads, whatever its layout."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def graph() -> nx.DiGraph:
    return concepts_only(concept_graph())


@pytest.fixture()
def bab7(built_book: Path, browser: Any) -> Iterator[Any]:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto((built_book / BAB_7).as_uri(), wait_until="load")
    page.wait_for_selector(f"{EXPLORER}[data-ready]")
    yield page
    assert errors == []
    page.close()


def _states(page: Any) -> dict[str, str]:
    return page.evaluate(
        """() => Object.fromEntries(
            [...document.querySelectorAll('.concept-explorer [data-concept]')]
            .filter(n => n.dataset.state).map(n => [n.dataset.concept, n.dataset.state]))"""
    )


def test_choosing_any_concept_lights_exactly_its_neighbours(bab7: Any, graph: nx.DiGraph) -> None:
    explorer = ConceptExplorer.whole_map()
    wrong = {}
    for concept in graph:
        bab7.locator(f'{EXPLORER} [data-concept="{concept}"]').click()
        states = _states(bab7)
        expected = {n: "neighbour" for n in nx.all_neighbors(graph, concept)} | {
            concept: "selected"
        }
        panel = _letters(bab7.inner_text(f"{EXPLORER} .concept-explorer__details"))
        python_card = _letters(
            BeautifulSoup(card_html(explorer.describe(concept)), "html.parser").get_text()
        )
        if states != expected or panel != python_card:
            wrong[concept] = (states, expected, panel[:80], python_card[:80])
    assert wrong == {}


def test_unchecked_relation_types_hide_exactly_their_edges(bab7: Any) -> None:
    types = bab7.eval_on_selector_all(
        f"{EXPLORER} input[type=checkbox]", "boxes => boxes.map(b => b.value)"
    )
    assert len(types) >= 5
    bab7.click(f"{EXPLORER} .concept-explorer__filters summary")
    for kind in types:
        box = bab7.locator(f'{EXPLORER} input[type=checkbox][value="{kind}"]')
        box.uncheck()
        shown = bab7.eval_on_selector_all(
            f"{EXPLORER} .concept-explorer__edge",
            "edges => edges.map(e => [e.dataset.type, getComputedStyle(e).display !== 'none'])",
        )
        assert all(visible == (t != kind) for t, visible in shown), kind
        box.check()


def test_kelompok_primer_filter_answers_the_mission_question(bab7: Any, graph: nx.DiGraph) -> None:
    bab7.check(f'{EXPLORER} input[type=radio][value="kelompok-primer"]')
    visible = bab7.eval_on_selector_all(
        f"{EXPLORER} [data-concept]",
        "nodes => nodes.filter(n => getComputedStyle(n).display !== 'none')"
        ".map(n => n.dataset.concept)",
    )
    assert set(visible) == {"kelompok-primer", *nx.all_neighbors(graph, "kelompok-primer")}
    assert {"kerukunan", "kerja-sama-tradisional", "keluarga"} <= set(visible)
    panel = bab7.inner_text(f"{EXPLORER} .concept-explorer__details")
    assert "Kerukunan sering terlihat dalam kelompok primer." in panel
    assert bab7.get_attribute(f"{EXPLORER} .concept-explorer__details", "aria-live") == "polite"


def test_keyboard_alone_reaches_moves_and_chooses(bab7: Any) -> None:
    # The whole map is in view: "Tampilkan seluruh peta" is disabled, the arrows hidden.
    bab7.focus(f'{EXPLORER} [data-zoom="1"]')
    bab7.keyboard.press("Tab")
    focused = bab7.evaluate("document.activeElement.dataset.concept")
    assert focused == "kelompok-primer"  # the chosen node holds the map's one tab stop
    bab7.keyboard.press("ArrowDown")
    moved = bab7.evaluate("document.activeElement.dataset.concept")
    assert moved and moved != focused
    bab7.keyboard.press("Enter")
    assert _states(bab7)[moved] == "selected"
    bab7.keyboard.press("End")
    bab7.keyboard.press(" ")
    last = bab7.evaluate("document.activeElement.dataset.concept")
    assert _states(bab7)[last] == "selected"


def test_search_narrows_the_list_and_chooses(bab7: Any) -> None:
    bab7.fill(f"{EXPLORER} input[type=search]", "koal")
    options = bab7.eval_on_selector_all(
        f"{EXPLORER} select option", "os => os.filter(o => !o.hidden).map(o => o.value)"
    )
    assert options == ["koalisi"]
    assert _states(bab7)["koalisi"] == "selected"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_phone_width_keeps_tap_targets_and_the_page_narrow(
    built_book: Path, browser: Any, scheme: str
) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 780}, color_scheme=scheme)
    page = context.new_page()
    page.goto((built_book / "book" / "03-kelompok-primer-sekunder.html").as_uri())
    page.wait_for_selector(f"{EXPLORER}[data-ready]")
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    # Every concept can be chosen from the list, a full-size tap target ...
    assert page.locator(f"{EXPLORER} select").bounding_box()["height"] >= 44
    assert _states(page)["kelompok-primer"] == "selected"
    page.locator(f'{EXPLORER} [data-concept="keluarga"]').click()
    assert re.search("Keluarga", page.inner_text(f"{EXPLORER} .concept-explorer__details"))
    # ... and zoomed in, every box in sight is one too.
    zoom_in = page.locator(f'{EXPLORER} [data-zoom="1"]')
    while zoom_in.is_enabled():
        zoom_in.click()
    heights = page.evaluate(
        f"() => ({IN_SIGHT})().map(n => n.querySelector('rect').getBoundingClientRect().height)"
    )
    assert heights and min(heights) >= 44
    context.close()


# -- the map seen whole (issue 25) ---------------------------------------------------------

#: The map's nodes whose box is at least partly inside the frame.
IN_SIGHT = """() => {
  const f = document.querySelector('.concept-explorer__frame').getBoundingClientRect();
  return [...document.querySelectorAll('.concept-explorer [data-concept]')].filter(n => {
    const r = n.getBoundingClientRect();
    return r.width && r.right > f.left && r.left < f.right && r.bottom > f.top && r.top < f.bottom;
  });
}"""
#: Of the given concepts, those whose box or any label line is not wholly inside the frame.
OUTSIDE = """(ids) => {
  const f = document.querySelector('.concept-explorer__frame').getBoundingClientRect();
  const out = (r) => !r.width || r.left < f.left || r.right > f.right || r.top < f.top
    || r.bottom > f.bottom;
  return ids.filter((id) => {
    const node = document.querySelector(`.concept-explorer [data-concept="${id}"]`);
    return out(node.getBoundingClientRect())
      || [...node.querySelectorAll('text, tspan')].some((t) => out(t.getBoundingClientRect()));
  });
}"""
#: The rendered size of the map's labels, in CSS pixels.
LABEL_PX = """() => {
  const svg = document.querySelector('.concept-explorer__map');
  return parseFloat(getComputedStyle(svg.querySelector('text')).fontSize) * svg.getScreenCTM().a;
}"""
#: The view (x, y, width, height) and how far its centre is from the chosen node's.
VIEW = """() => {
  const svg = document.querySelector('.concept-explorer__map');
  const [x, y, w, h] = svg.getAttribute('viewBox').split(' ').map(Number);
  const b = svg.querySelector('[data-state="selected"]').getBBox();
  const dx = b.x + b.width / 2 - (x + w / 2), dy = b.y + b.height / 2 - (y + h / 2);
  const inside = b.x >= x && b.y >= y && b.x + b.width <= x + w && b.y + b.height <= y + h;
  return {x, y, w, h, off: Math.hypot(dx, dy), inside};
}"""
PHONE = {"width": 360, "height": 780}
DESKTOP = {"width": 1280, "height": 900}


def _open_bab7(built_book: Path, browser: Any, viewport: dict[str, int], scheme: str) -> Any:
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    page = context.new_page()
    page.goto((built_book / BAB_7).as_uri())
    page.wait_for_selector(f"{EXPLORER}[data-ready]")
    return page


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "360"])
def test_bab7_map_opens_with_every_required_node_inside_its_frame(
    built_book: Path, browser: Any, graph: nx.DiGraph, viewport: dict[str, int], scheme: str
) -> None:
    page = _open_bab7(built_book, browser, viewport, scheme)
    start = page.get_attribute(EXPLORER, "data-start")
    if viewport is DESKTOP:
        required = sorted(graph)
    else:
        required = sorted({start, *nx.all_neighbors(graph, start)})
    assert page.evaluate(OUTSIDE, required) == []
    assert page.evaluate(
        "document.documentElement.scrollWidth === document.documentElement.clientWidth"
    )
    label_px = page.evaluate(LABEL_PX)
    if viewport is DESKTOP:
        assert page.get_attribute(EXPLORER, "data-zoomed") is None
        assert label_px >= 12, f"label hanya {label_px:.1f}px"
    else:
        # The whole map would not be legible at 360 px: the view holds the chosen concept
        # and its neighbours, and one button shows the rest.
        assert page.get_attribute(EXPLORER, "data-zoomed") == ""
        assert label_px >= 10, f"label hanya {label_px:.1f}px"
        assert page.evaluate(OUTSIDE, sorted(graph)) != []
        page.get_by_role("button", name="Tampilkan seluruh peta").click()
        assert page.evaluate(OUTSIDE, sorted(graph)) == []
        assert page.get_by_role("button", name="Tampilkan seluruh peta").is_disabled()
    page.context.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "360"])
def test_zoom_moves_the_view_towards_the_chosen_concept_and_back(
    built_book: Path, browser: Any, viewport: dict[str, int]
) -> None:
    page = _open_bab7(built_book, browser, viewport, "light")
    before = page.evaluate(VIEW)
    page.get_by_role("button", name="Perbesar").click()
    after = page.evaluate(VIEW)
    assert after["w"] < before["w"] and after["inside"]
    assert after["off"] <= before["off"] + 0.5
    assert after["w"] / after["h"] == pytest.approx(before["w"] / before["h"], rel=0.01)
    page.get_by_role("button", name="Perbesar").click()
    closest = page.evaluate(VIEW)
    assert closest["w"] < after["w"] and closest["inside"]
    page.get_by_role("button", name="Perkecil").click()
    assert closest["w"] < page.evaluate(VIEW)["w"] < before["w"]
    page.get_by_role("button", name="Tampilkan seluruh peta").click()
    assert page.get_attribute(EXPLORER, "data-zoomed") is None
    assert page.get_by_role("button", name="Perkecil").is_disabled()
    page.context.close()


def test_a_zoomed_map_pans_by_drag_buttons_and_keyboard(built_book: Path, browser: Any) -> None:
    page = _open_bab7(built_book, browser, DESKTOP, "light")
    left = page.get_by_role("button", name="Geser peta ke kiri")
    assert left.is_hidden()  # nothing to pan while the whole map shows
    frame = page.locator(f"{EXPLORER} .concept-explorer__map")
    assert frame.evaluate("svg => getComputedStyle(svg).touchAction") == "auto"
    page.get_by_role("button", name="Perbesar").click()
    # Zoomed by the reader, a finger on the map pans it instead of scrolling the page.
    assert frame.evaluate("svg => getComputedStyle(svg).touchAction") == "none"
    start = page.evaluate(VIEW)
    left.click()
    moved = page.evaluate(VIEW)
    assert moved["x"] < start["x"] and moved["y"] == start["y"]
    page.get_by_role("button", name="Geser peta ke atas").focus()
    page.keyboard.press("Enter")
    assert page.evaluate(VIEW)["y"] < moved["y"]
    # A drag to the left shows more of the right; it chooses nothing on the way.
    chosen = page.get_attribute(EXPLORER, "data-selected")
    frame.scroll_into_view_if_needed()
    box = frame.bounding_box()
    x, y = box["x"] + box["width"] / 2, max(box["y"], 0) + 100
    before = page.evaluate(VIEW)
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x - 120, y, steps=4)
    page.mouse.up()
    dragged = page.evaluate(VIEW)
    assert dragged["x"] > before["x"]
    assert page.get_attribute(EXPLORER, "data-selected") == chosen
    page.context.close()
