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
    bab7.focus(f'{EXPLORER} [data-zoom="-1"]')  # "Perbesar" is disabled at full size
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
    heights = page.eval_on_selector_all(
        f"{EXPLORER} [data-concept] rect", "rs => rs.map(r => r.getBoundingClientRect().height)"
    )
    assert min(heights) >= 44
    assert _states(page)["kelompok-primer"] == "selected"
    page.locator(f'{EXPLORER} [data-concept="keluarga"]').click()
    assert re.search("Keluarga", page.inner_text(f"{EXPLORER} .concept-explorer__details"))
    context.close()
