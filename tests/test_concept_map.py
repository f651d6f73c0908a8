"""The concept map holds what the unit teaches, and every view and drawing comes from it."""

from __future__ import annotations

import gzip
import itertools
import json
import re
from collections.abc import Callable

import networkx as nx
import pytest

from kerjasama.content.concepts import Concept, ConceptMap, Relation
from kerjasama.diagrams import STATIC_DIR
from kerjasama.diagrams.diagram import (
    Diagram,
    cooperation_diagram,
    group_diagram,
    neighbourhood_diagram,
    process_diagram,
)
from kerjasama.diagrams.explorer import ConceptExplorer
from kerjasama.diagrams.explorer_map import (
    BOX_PX,
    FONT_PX,
    MAP,
    SCALE,
    map_columns,
    map_positions,
    map_svg,
)
from kerjasama.diagrams.explorer_panel import card_html, explorer_data
from kerjasama.diagrams.graphs import concept_graph, concepts_only, group_view, neighbourhood
from kerjasama.diagrams.layout import BOX_WIDTH, box_height, node_height, wrap_label
from kerjasama.diagrams.scenario_views import scenario_list, scenario_matrix
from kerjasama.selfchecks import STATIC_DIR as SELFCHECK_STATIC

REQUIRED = {
    "interaksi-sosial", "asosiatif", "disosiatif", "kerja-sama", "akomodasi", "asimilasi",
    "akulturasi", "persaingan", "kontravensi", "pertentangan", "kerja-sama-spontan",
    "kerja-sama-langsung", "kerja-sama-kontrak", "kerja-sama-tradisional", "kerukunan",
    "gotong-royong", "tolong-menolong", "bargaining", "kooptasi", "koalisi", "joint-venture",
    "kelompok-primer", "kelompok-sekunder", "keluarga", "organisasi-pemerintahan",
    "organisasi-sosial", "organisasi-keagamaan", "asean", "apec", "pbb",
}  # fmt: skip


@pytest.fixture(scope="module")
def graph() -> nx.DiGraph:
    return concept_graph()


def of_kind(graph: nx.DiGraph, kind: str) -> list[str]:
    return [n for n, k in graph.nodes(data="kind") if k == kind]


def test_map_holds_every_required_concept(graph: nx.DiGraph) -> None:
    assert set(graph) >= REQUIRED
    assert len(of_kind(graph, "faktor")) >= 5 and len(of_kind(graph, "tujuan")) >= 5
    assert len(of_kind(graph, "jenis-kerja-sama")) == 4
    assert len(of_kind(graph, "bentuk-kerja-sama")) == 5


@pytest.mark.parametrize(
    ("source", "relation", "target"),
    [
        ("gotong-royong", "bagian-dari", "kerukunan"),
        ("tolong-menolong", "bagian-dari", "kerukunan"),
        ("kooptasi", "bentuk-dari", "kerja-sama"),
        ("kerja-sama-tradisional", "jenis-dari", "kerja-sama"),
        ("kerja-sama", "bentuk-dari", "asosiatif"),
        ("keluarga", "contoh-dari", "kelompok-primer"),
        ("asean", "contoh-dari", "organisasi-internasional"),
        ("ancaman-dari-luar", "mendorong", "kerja-sama"),
        ("kesejahteraan", "tujuan-dari", "kerja-sama"),
    ],
)
def test_required_relations(graph: nx.DiGraph, source: str, relation: str, target: str) -> None:
    assert graph.edges[source, target]["type"] == relation


def test_every_form_and_kind_has_at_least_two_example_scenarios(graph: nx.DiGraph) -> None:
    for concept in of_kind(graph, "bentuk-kerja-sama") + of_kind(graph, "jenis-kerja-sama"):
        cases = [s for s in graph.predecessors(concept) if graph.nodes[s]["kind"] == "skenario"]
        assert len(cases) >= 2, f"{concept} hanya punya {len(cases)} contoh kasus"


def test_group_view_is_bipartite_and_links_each_group_to_kinds_and_forms(
    graph: nx.DiGraph,
) -> None:
    view = group_view(graph)
    groups = view.graph["groups"]
    assert set(groups) == {"kelompok-primer", "kelompok-sekunder"}
    assert nx.is_bipartite(view.to_undirected())
    assert all(view.out_degree(g) == 0 for g in groups)
    for group in groups:
        kinds = {view.nodes[n]["kind"] for n in view.predecessors(group)}
        assert kinds == {"jenis-kerja-sama", "bentuk-kerja-sama"}, group
    assert view.has_edge("kerukunan", "kelompok-primer")
    assert view.has_edge("joint-venture", "kelompok-sekunder")
    # A tendency, not a rule: spontaneous help is as often among strangers as among kin.
    assert "kerja-sama-spontan" not in view
    assert all(d["type"] == "sering-dalam" for _s, _t, d in view.edges(data=True))


def test_views_follow_a_made_up_map() -> None:
    concepts = [
        Concept(id="kelompok-a", name="A", term_en="a", kind="kelompok", definition="d"),
        Concept(id="kelompok-b", name="B", term_en="b", kind="kelompok", definition="d"),
        Concept(id="cara-x", name="X", term_en="x", kind="bentuk-kerja-sama", definition="d"),
    ]
    relations = [Relation(source="cara-x", type="sering-dalam", target="kelompok-b")]
    made_up = concept_graph(ConceptMap(concepts=concepts, relations=relations))
    view = group_view(made_up)
    assert list(view.edges) == [("cara-x", "kelompok-b")]
    around = neighbourhood(made_up, "kelompok-b")
    assert set(around) == {"kelompok-b", "cara-x"}
    with pytest.raises(KeyError, match="tidak ada"):
        neighbourhood(made_up, "kelompok-c")


def all_diagrams() -> list[Diagram]:
    graph = concepts_only(concept_graph())
    diagrams = [process_diagram(), cooperation_diagram(), group_diagram()]
    diagrams.append(neighbourhood_diagram("kerja-sama", relations=["mendorong", "tujuan-dari"]))
    diagrams += [neighbourhood_diagram(c) for c in graph if c != "kerja-sama"]
    return diagrams


def test_no_two_boxes_overlap_in_any_diagram() -> None:
    for diagram in all_diagrams():
        boxes = {
            node: (x, y, box_height(diagram.graph.nodes[node]["name"]))
            for node, (x, y) in diagram.positions.items()
        }
        assert set(boxes) == set(diagram.graph), diagram.caption
        for (a, (xa, ya, ha)), (b, (xb, yb, hb)) in itertools.combinations(boxes.items(), 2):
            apart_x = abs(xa - xb) >= BOX_WIDTH
            apart_y = abs(ya - yb) >= (ha + hb) / 2
            assert apart_x or apart_y, f"{a} menimpa {b} di '{diagram.caption}'"


def test_every_label_fits_its_box(graph: nx.DiGraph) -> None:
    for node in concepts_only(graph):
        for line in wrap_label(graph.nodes[node]["name"]).splitlines():
            assert len(line) <= 16, f"label '{line}' terlalu panjang untuk kotaknya"


def test_group_and_tree_diagrams_read_in_the_relation_direction() -> None:
    lines = cooperation_diagram().relation_lines()
    assert "Gotong royong — bagian dari — Kerukunan" in lines
    assert "Koalisi — bentuk dari — Kerja sama" in lines
    group = group_diagram()
    assert "Kerukunan — sering terlihat dalam — Kelompok primer" in group.relation_lines()
    assert "Keluarga — contoh dari — Kelompok primer" in group.relation_lines()
    x = {n: p[0] for n, p in group.positions.items()}
    assert x["kerukunan"] < x["kelompok-primer"] < x["keluarga"]


def test_whole_map_explorer_draws_and_describes_every_concept(graph: nx.DiGraph) -> None:
    explorer = ConceptExplorer.whole_map()
    markup = explorer.html()
    data = explorer_data(explorer)
    concepts = concepts_only(graph)
    for concept in concepts:
        assert markup.count(f'data-concept="{concept}"') == 1
        assert f'<option value="{concept}"' in markup
    assert set(data["cards"]) == set(concepts)
    assert len(data["links"]) == concepts.number_of_edges()
    assert markup.count('class="concept-explorer__edge"') == concepts.number_of_edges()
    # The panel a reader sees before any script runs is the start concept's card.
    assert (
        'class="concept-explorer__details" aria-live="polite"><p class="concept-explorer__name">'
        "<strong>Kerja sama</strong>" in markup
    )


def test_explorer_boxes_never_overlap_and_are_tap_sized(graph: nx.DiGraph) -> None:
    nodes = list(concepts_only(graph))
    positions = map_positions(graph, map_columns(graph, nodes))
    boxes = []
    for node, (x, y) in positions.items():
        half_h = node_height(graph, node, MAP) * SCALE / 2
        boxes.append((x - BOX_PX / 2, y - half_h, x + BOX_PX / 2, y + half_h))
        assert half_h * 2 >= 44
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]


def test_whole_map_fits_a_690_px_column_with_legible_labels(graph: nx.DiGraph) -> None:
    """Issue 25: at 1280 px the whole map is seen at once in the ~686 px wide content
    column, its 20-unit labels scaled to at least 12 px, and no taller than 1.25 times
    its width (so it fits a laptop screen too)."""
    markup = map_svg(graph, list(concepts_only(graph)), "peta")
    width, height = map(int, re.search(r'viewBox="0 0 (\d+) (\d+)"', markup).groups())  # type: ignore[union-attr]
    assert FONT_PX * 686 / width >= 12
    assert height <= 1.25 * width
    assert f'style="--ratio: {width} / {height}; --width: {width}px"' in markup


def test_small_explorers_take_fewer_columns(graph: nx.DiGraph) -> None:
    whole = map_columns(graph, list(concepts_only(graph)))
    assert len(whole) == 5
    chapter_1 = ["interaksi-sosial", "asosiatif", "disosiatif", "kerja-sama", "akomodasi"]
    assert len(map_columns(graph, chapter_1)) <= 2
    # Kinds stay whole: every kind's concepts sit in one column.
    column_of = {n: i for i, column in enumerate(whole) for n in column}
    for kind in {k for _n, k in concepts_only(graph).nodes(data="kind")}:
        assert len({column_of[n] for n in of_kind(graph, kind)}) == 1, kind


def test_map_labels_fit_their_narrow_boxes(graph: nx.DiGraph) -> None:
    assert wrap_label("Tolong-menolong", 13, split_hyphens=True) == "Tolong-\nmenolong"
    assert wrap_label("Kelompok dalam (in-group)", 13, split_hyphens=True) == (
        "Kelompok\ndalam\n(in-group)"
    )
    for node in concepts_only(graph):
        name = graph.nodes[node]["name"]
        for line in wrap_label(name, MAP.label_width, MAP.split_hyphens).splitlines():
            assert len(line) <= MAP.label_width, f"label '{line}' terlalu panjang untuk kotaknya"


def test_scenario_matrix_and_lists_come_from_the_scenario_bank(graph: nx.DiGraph) -> None:
    cases = of_kind(graph, "skenario")
    matrix = scenario_matrix()._repr_html_()
    assert matrix.count("<li id=") == len(cases)
    assert matrix.count('<th scope="row">') == 4
    listing = scenario_list(form="kooptasi")._repr_html_()
    expected = [s for s in graph.predecessors("kooptasi") if graph.nodes[s]["kind"] == "skenario"]
    assert listing.count("<li>") == len(expected)
    with pytest.raises(KeyError):
        scenario_list(form="tidak-ada")


def test_explorer_script_and_style_stay_small() -> None:
    """Measured as they travel, gzip-compressed: 5.7 KB after the whole-map view (issue 25)."""
    assert sum(len(gzip.compress(p.read_bytes())) for p in STATIC_DIR.iterdir()) < 6_500


def test_learning_loop_scripts_and_styles_stay_small() -> None:
    """Progress, practice and class recap: their own JS and CSS stay under 13 KB gzipped."""
    names = ("progress.js", "progress.css", "recap.js", "recap.css", "practice.js")
    files = [SELFCHECK_STATIC / name for name in names]
    assert sum(len(gzip.compress(p.read_bytes(), 9)) for p in files) < 13_000


# -- the explorer's wording and markup, on the fixture book -------------------------------------


@pytest.mark.usefixtures("on_mini_book")
def test_relation_sentences_read_as_the_issue_asks() -> None:
    card = ConceptExplorer.whole_map().describe("kooptasi")
    texts = [line.text for line in card.relations]
    assert "Kooptasi sering terlihat dalam kelompok sekunder." in texts
    assert "Kooptasi bentuk dari kerja sama." in texts
    assert card.cases == [
        "Ketika banjir datang, karang taruna hari itu juga mengajak pemuda yang selama ini "
        "menentang pengurus untuk ikut memimpin posko."
    ]
    assert card.section is not None and card.section.href == "02-kerja-sama.html#kooptasi"
    asean = ConceptExplorer.whole_map().describe("asean")
    assert [line.text for line in asean.relations] == ["ASEAN contoh dari kelompok sekunder."]


@pytest.mark.usefixtures("on_mini_book")
@pytest.mark.parametrize("links", [True, False], ids=["page", "kernel"])
def test_explorer_card_matches_its_golden_file(
    golden: Callable[[str, str], None], links: bool
) -> None:
    card = ConceptExplorer.whole_map().describe("kooptasi")
    golden(f"explorer/card-kooptasi-{'page' if links else 'kernel'}.html", card_html(card, links))


DATA_SCRIPT = re.compile(
    r'(<script type="application/json" class="concept-explorer__data">)(.*?)(</script>)', re.S
)


def readable_data(markup: str) -> str:
    """The page's card data as indented JSON with sorted keys: the golden file's diff shows
    which card changed, and the order of a JSON object's keys (the kinds come from a set)
    does not count."""

    def indent(match: re.Match[str]) -> str:
        data = json.loads(match.group(2))
        return f"{match.group(1)}\n{json.dumps(data, indent=1, sort_keys=True)}\n{match.group(3)}"

    return DATA_SCRIPT.sub(indent, markup)


@pytest.mark.usefixtures("on_mini_book")
def test_explorer_page_markup_matches_its_golden_file(golden: Callable[[str, str], None]) -> None:
    markup = ConceptExplorer.whole_map(start="kooptasi").html()
    golden("explorer/whole-map.html", readable_data(markup) + "\n")
