"""Explore concepts: pick one, read its definition, English term, relations and examples.

One object, two renderings. Live, a chooser shows the chosen concept's card and draws its
neighbourhood. In the book, where no kernel runs, the same concepts become an explorable
map (``explorer_map``, ``explorer_panel`` and ``static/explorer.js``): choosing a concept
lights up its neighbours and shows the same card.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import ipywidgets as widgets
import networkx as nx

from kerjasama.content.library import current_library
from kerjasama.content.sections import Section, concept_sections
from kerjasama.diagrams.diagram import neighbourhood_diagram
from kerjasama.diagrams.explorer_panel import card_html, explorer_html, glossary_link
from kerjasama.diagrams.graphs import concept_graph
from kerjasama.views import DualView

#: Example scenarios shown with a concept.
MAX_CASES = 3


def in_sentence(name: str) -> str:
    """A concept's name inside a sentence: "kelompok sekunder", but "ASEAN" stays."""
    first = name.split(" ", 1)[0]
    return name if first.isupper() and len(first) > 1 else name[:1].lower() + name[1:]


@dataclass(frozen=True)
class RelationLine:
    """One relation of a concept, written as a sentence."""

    text: str
    other: str
    type: str


@dataclass(frozen=True)
class ConceptCard:
    """What the explorer shows for one concept (used by both renderings)."""

    name: str
    term_en: str
    kind: str
    definition: str
    relations: list[RelationLine]
    cases: list[str]
    section: Section | None
    glossary: str


class ConceptExplorer(DualView):
    """A chooser over some concepts of the map, showing what the map says of each."""

    def __init__(
        self,
        concept_ids: Sequence[str],
        graph: nx.DiGraph | None = None,
        start: str | None = None,
    ):
        self.graph = graph if graph is not None else concept_graph()
        unknown = [c for c in [*concept_ids, *([start] if start else [])] if c not in self.graph]
        if unknown:
            raise KeyError(f"Konsep tidak ada di peta konsep: {', '.join(unknown)}")
        self.concept_ids = list(concept_ids)
        self.start = start or self.concept_ids[0]
        if self.start not in self.concept_ids:
            raise KeyError(f"Konsep awal '{self.start}' tidak termasuk konsep penjelajah ini")
        self._sections: dict[str, Section] | None = None

    @classmethod
    def whole_map(cls, start: str = "kerja-sama") -> ConceptExplorer:
        """Every concept of the map."""
        graph = concept_graph()
        ids = [n for n, kind in graph.nodes(data="kind") if kind != "skenario"]
        return cls(ids, graph, start=start)

    def name(self, concept_id: str) -> str:
        return str(self.graph.nodes[concept_id]["name"])

    def _is_case(self, node: str) -> bool:
        return self.graph.nodes[node]["kind"] == "skenario"

    def sections(self) -> dict[str, Section]:
        """Where the chapters explain each concept, found once per explorer."""
        if self._sections is None:
            root = current_library().data.parent.parent
            names = {c: self.name(c) for c in self.concept_ids}
            self._sections = concept_sections(root, names)
        return self._sections

    def describe(self, concept_id: str) -> ConceptCard:
        """Everything shown for one concept, as plain data."""
        node = self.graph.nodes[concept_id]
        relations = [
            RelationLine(
                f"{self.name(concept_id)} {data['label']} {in_sentence(self.name(target))}.",
                target,
                data["type"],
            )
            for _source, target, data in self.graph.out_edges(concept_id, data=True)
        ]
        relations += [
            RelationLine(
                f"{self.name(source)} {data['label']} {in_sentence(node['name'])}.",
                source,
                data["type"],
            )
            for source, _target, data in self.graph.in_edges(concept_id, data=True)
            if not self._is_case(source)
        ]
        cases = [self.name(s) for s in self.graph.predecessors(concept_id) if self._is_case(s)]
        return ConceptCard(
            name=node["name"],
            term_en=node["term_en"],
            kind=node["kind"],
            definition=node["definition"],
            relations=relations,
            cases=cases[:MAX_CASES],
            section=self.sections().get(concept_id),
            glossary=glossary_link(concept_id),
        )

    def widget(self) -> widgets.Widget:
        chooser = widgets.Dropdown(
            options=[(self.name(c), c) for c in self.concept_ids],
            value=self.start,
            description="Konsep:",
        )
        card = widgets.HTML()
        drawing = widgets.HTML()

        def show(concept_id: str) -> None:
            card.value = card_html(self.describe(concept_id), links=False)
            drawing.value = neighbourhood_diagram(concept_id)._repr_html_()

        chooser.observe(lambda change: show(str(change["new"])), names="value")
        show(self.start)
        return widgets.VBox([chooser, card, drawing], layout=widgets.Layout(max_width="44rem"))

    def html(self) -> str:
        return explorer_html(self)

    def __repr__(self) -> str:
        return "Penjelajah konsep: " + ", ".join(self.name(c) for c in self.concept_ids)
