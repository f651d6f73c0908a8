"""The graph views and drawings come from the concept data, not from hand-placed nodes.

They are drawn from the fixture book ``tests/roots/mini-book`` (``on_mini_book``), whose
concept map is fixed, so the assertions name its concepts and relations.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from kerjasama.content.concepts import Concept, ConceptMap, Relation
from kerjasama.diagrams.diagram import Diagram, process_diagram
from kerjasama.diagrams.explorer import ConceptExplorer
from kerjasama.diagrams.graphs import concept_graph, hierarchy, process_tree
from kerjasama.diagrams.layout import column_layout, tree_layout

WIDGET_MIME = "application/vnd.jupyter.widget-view+json"

pytestmark = pytest.mark.usefixtures("on_mini_book")


def test_process_tree_follows_the_data() -> None:
    tree = process_tree()
    assert set(tree.successors("interaksi-sosial")) == {"asosiatif", "disosiatif"}
    assert list(tree.successors("asosiatif")) == ["kerja-sama", "akomodasi"]
    assert list(tree.successors("disosiatif")) == ["persaingan", "kontravensi"]
    assert nx.is_arborescence(tree)


def test_hierarchy_of_a_made_up_map_changes_with_the_data() -> None:
    cmap = ConceptMap(
        concepts=[
            Concept(id=i, name=i.upper(), term_en=i, kind="proses", definition="d")
            for i in ("akar", "cabang", "daun")
        ],
        relations=[
            Relation(source="cabang", type="jenis-dari", target="akar"),
            Relation(source="daun", type="bagian-dari", target="cabang"),
            Relation(source="akar", type="lawan-dari", target="daun"),
        ],
    )
    tree = hierarchy(concept_graph(cmap), "akar")
    assert list(tree.edges) == [("akar", "cabang"), ("cabang", "daun")]
    positions = tree_layout(tree, "akar")
    assert positions["akar"][0] < positions["cabang"][0] < positions["daun"][0]


def test_tree_layout_has_no_two_nodes_in_one_place() -> None:
    positions = tree_layout(process_tree(), "interaksi-sosial")
    assert len(set(positions.values())) == len(positions)


def test_diagram_svg_keeps_text_and_alt_and_lists_every_relation() -> None:
    diagram = process_diagram()
    svg = diagram.svg()
    root = ET.fromstring(svg)
    assert root.get("role") == "img"
    assert "Kerja sama" in root.get("aria-label", "")
    texts = "".join(root.itertext())
    for name in ("Kerja sama", "Akomodasi", "Kontravensi"):
        assert name in texts, f"{name} harus tetap berupa teks di SVG"
    lines = diagram.relation_lines()
    assert "Kerja sama — bentuk dari — Proses asosiatif" in lines
    assert len(lines) == diagram.graph.number_of_edges()
    html = diagram._repr_html_()
    assert "<figcaption>" in html and "Teks alternatif" in html


def test_diagram_escapes_names() -> None:
    graph = nx.DiGraph()
    graph.add_node("a", name="<b>A</b>", kind="proses")
    graph.add_node("b", name="B & C", kind="proses")
    graph.add_edge("a", "b", type="jenis-dari", label="jenis dari")
    positions = column_layout(graph, [["a"], ["b"]])
    html = Diagram(graph, positions, "Keterangan <x>", "alt").__repr__()
    assert "B & C" in html
    rendered = Diagram(graph, positions, "Keterangan <x>", "alt")._repr_html_()
    assert "&lt;b&gt;A&lt;/b&gt;" in rendered and "Keterangan &lt;x&gt;" in rendered


def test_explorer_has_two_renderings_from_one_object() -> None:
    explorer = ConceptExplorer(["kerja-sama", "akomodasi"])
    bundle = explorer._repr_mimebundle_()
    assert WIDGET_MIME in bundle
    assert 'class="concept-explorer"' in bundle["text/html"]
    assert bundle["text/html"].count('data-concept="') == 2
    info = explorer.describe("akomodasi")
    assert info.term_en == "accommodation"
    assert "Akomodasi bentuk dari proses asosiatif." in [line.text for line in info.relations]


def test_explorer_widget_shows_the_chosen_concept() -> None:
    explorer = ConceptExplorer(["kerja-sama", "akomodasi"])
    box = explorer.widget()
    chooser, card, drawing = box.children
    assert "Kerja sama" in card.value
    assert "<svg" in drawing.value and "Kerja sama" in drawing.value
    chooser.value = "akomodasi"
    assert "Akomodasi" in card.value and "accommodation" in card.value
    assert "Akomodasi dan konsep-konsep" in drawing.value


def test_explorer_rejects_unknown_concepts() -> None:
    with pytest.raises(KeyError, match="tidak-ada"):
        ConceptExplorer(["tidak-ada"])
