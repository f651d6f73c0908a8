"""Explore concepts: pick one, read its definition, English term, relations and examples.

Live, the chosen concept's neighbourhood is drawn. In the book, where no kernel runs, the
same object shows every chosen concept as text; for the whole map it also shows the
overview diagrams, links each relation to the concept it names and each concept to its
glossary entry (definition and English term).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

import ipywidgets as widgets
import networkx as nx

from kerjasama.diagrams.diagram import (
    cooperation_diagram,
    group_diagram,
    neighbourhood_diagram,
    process_diagram,
)
from kerjasama.diagrams.graphs import concept_graph
from kerjasama.markup import inline_html
from kerjasama.views import DualView

#: The glossary page, next to the chapters in the built book.
GLOSSARY_PAGE = "glosarium.html"


def glossary_link(concept_id: str) -> str:
    """The glossary entry of a concept: the glossary directive anchors it ``konsep-<id>``."""
    return f"{GLOSSARY_PAGE}#konsep-{concept_id}"


@dataclass(frozen=True)
class ConceptCard:
    """What the explorer shows for one concept; relations are (sentence, other concept)."""

    name: str
    term_en: str
    definition: str
    relations: list[tuple[str, str]]
    cases: list[str]


class ConceptExplorer(DualView):
    """A chooser over some concepts of the map, showing what the map says of each."""

    def __init__(
        self, concept_ids: Sequence[str], graph: nx.DiGraph | None = None, overview: bool = False
    ):
        self.graph = graph if graph is not None else concept_graph()
        unknown = [c for c in concept_ids if c not in self.graph]
        if unknown:
            raise KeyError(f"Konsep tidak ada di peta konsep: {', '.join(unknown)}")
        self.concept_ids = list(concept_ids)
        self.overview = overview

    @classmethod
    def whole_map(cls) -> ConceptExplorer:
        """Every concept of the map, with the overview diagrams in the book version."""
        graph = concept_graph()
        ids = [n for n, kind in graph.nodes(data="kind") if kind != "skenario"]
        return cls(ids, graph, overview=True)

    def name(self, concept_id: str) -> str:
        return str(self.graph.nodes[concept_id]["name"])

    def _is_case(self, node: str) -> bool:
        return self.graph.nodes[node]["kind"] == "skenario"

    def describe(self, concept_id: str) -> ConceptCard:
        """Everything shown for one concept, as plain data (used by both views)."""
        node = self.graph.nodes[concept_id]
        relations: list[tuple[str, str]] = []
        for _source, target, data in self.graph.out_edges(concept_id, data=True):
            relations.append((f"{data['label']} {self.name(target)}", target))
        for source, _target, data in self.graph.in_edges(concept_id, data=True):
            if not self._is_case(source):
                relations.append((f"{self.name(source)} ({data['label']} {node['name']})", source))
        cases = [self.name(s) for s in self.graph.predecessors(concept_id) if self._is_case(s)]
        return ConceptCard(
            name=node["name"],
            term_en=node["term_en"],
            definition=node["definition"],
            relations=relations,
            cases=cases,
        )

    def card_html(self, concept_id: str) -> str:
        info = self.describe(concept_id)
        relations = [f"<li>{html.escape(text)}</li>" for text, _other in info.relations]
        cases = "".join(f"<li>{inline_html(c)}</li>" for c in info.cases)
        name = html.escape(info.name)
        term = html.escape(info.term_en)
        examples = (
            f'<p class="ks-explorer__rel-title">Contoh kasus:</p><ul>{cases}</ul>' if cases else ""
        )
        return (
            f'<p class="ks-explorer__term"><strong>{name}</strong> (<em lang="en">{term}</em>)</p>'
            f"<p>{inline_html(info.definition)}</p>"
            '<p class="ks-explorer__rel-title">Hubungan dengan konsep lain:</p>'
            f"<ul>{''.join(relations)}</ul>{examples}"
        )

    def relations_html(self, concept_id: str) -> str:
        """The whole map's entry: relations as links; the definition is one tap away."""
        items = "".join(
            f'<li><a href="#konsep-{other}">{html.escape(text)}</a></li>'
            if other in self.concept_ids
            else f"<li>{html.escape(text)}</li>"
            for text, other in self.describe(concept_id).relations
        )
        return f"<ul>{items}</ul>"

    def widget(self) -> widgets.Widget:
        chooser = widgets.Dropdown(
            options=[(self.name(c), c) for c in self.concept_ids], description="Konsep:"
        )
        card = widgets.HTML()
        drawing = widgets.HTML()

        def show(concept_id: str) -> None:
            card.value = self.card_html(concept_id)
            drawing.value = neighbourhood_diagram(concept_id)._repr_html_()

        chooser.observe(lambda change: show(str(change["new"])), names="value")
        show(self.concept_ids[0])
        return widgets.VBox([chooser, card, drawing], layout=widgets.Layout(max_width="44rem"))

    def html(self) -> str:
        if not self.overview:
            cards = "".join(
                '<details class="ks-explorer__item">'
                f"<summary>{html.escape(self.name(c))}</summary>{self.card_html(c)}</details>"
                for c in self.concept_ids
            )
            return f'<div class="ks-explorer">{cards}</div>'
        drawings = "".join(
            d._repr_html_()
            for d in (
                process_diagram(),
                cooperation_diagram(),
                group_diagram(),
                neighbourhood_diagram("kerja-sama", relations=["mendorong", "tujuan-dari"]),
            )
        )
        index = ", ".join(
            f'<a href="#konsep-{c}">{html.escape(self.name(c))}</a>' for c in self.concept_ids
        )
        entries = "".join(
            f'<dt id="konsep-{c}"><a href="{glossary_link(c)}">'
            f"{html.escape(self.name(c))}</a></dt><dd>{self.relations_html(c)}</dd>"
            for c in self.concept_ids
        )
        return (
            f'<div class="ks-explorer ks-explorer--map">{drawings}'
            f'<p class="ks-explorer__index"><strong>Semua konsep:</strong> {index}</p>'
            f'<dl class="ks-explorer__list">{entries}</dl></div>'
        )

    def __repr__(self) -> str:
        return "Penjelajah konsep: " + ", ".join(self.name(c) for c in self.concept_ids)
