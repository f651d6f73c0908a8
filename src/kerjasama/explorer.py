"""Explore concepts: pick one, read its definition, English term and relations."""

from __future__ import annotations

import html
from collections.abc import Sequence

import ipywidgets as widgets
import networkx as nx

from .dual import DualView
from .graphs import concept_graph


class ConceptExplorer(DualView):
    """A chooser over some concepts of the map, showing what the map says of each."""

    def __init__(self, concept_ids: Sequence[str], graph: nx.DiGraph | None = None):
        self.graph = graph if graph is not None else concept_graph()
        unknown = [c for c in concept_ids if c not in self.graph]
        if unknown:
            raise KeyError(f"Konsep tidak ada di peta konsep: {', '.join(unknown)}")
        self.concept_ids = list(concept_ids)

    def name(self, concept_id: str) -> str:
        return str(self.graph.nodes[concept_id]["name"])

    def describe(self, concept_id: str) -> dict[str, object]:
        """Everything shown for one concept, as plain data (used by both views)."""
        node = self.graph.nodes[concept_id]
        outgoing = [
            f"{data['label']} {self.name(target)}"
            for _source, target, data in self.graph.out_edges(concept_id, data=True)
        ]
        incoming = [
            f"{self.name(source)} ({data['label']} {node['name']})"
            for source, _target, data in self.graph.in_edges(concept_id, data=True)
        ]
        return {
            "name": node["name"],
            "term_en": node["term_en"],
            "definition": node["definition"],
            "relations": outgoing + incoming,
        }

    def card_html(self, concept_id: str) -> str:
        info = self.describe(concept_id)
        relations = "".join(f"<li>{html.escape(r)}</li>" for r in info["relations"])  # type: ignore[attr-defined]
        name = html.escape(str(info["name"]))
        term = html.escape(str(info["term_en"]))
        return (
            f'<p class="ks-explorer__term"><strong>{name}</strong> (<em lang="en">{term}</em>)</p>'
            f"<p>{html.escape(str(info['definition']))}</p>"
            '<p class="ks-explorer__rel-title">Hubungan dengan konsep lain:</p>'
            f"<ul>{relations}</ul>"
        )

    def widget(self) -> widgets.Widget:
        chooser = widgets.Dropdown(
            options=[(self.graph.nodes[c]["name"], c) for c in self.concept_ids],
            description="Konsep:",
        )
        card = widgets.HTML(self.card_html(self.concept_ids[0]))

        def show(change: dict[str, object]) -> None:
            card.value = self.card_html(str(change["new"]))

        chooser.observe(show, names="value")
        return widgets.VBox([chooser, card], layout=widgets.Layout(max_width="40rem"))

    def html(self) -> str:
        cards = "".join(
            '<details class="ks-explorer__item">'
            f"<summary>{html.escape(self.name(c))}</summary>{self.card_html(c)}</details>"
            for c in self.concept_ids
        )
        return f'<div class="ks-explorer">{cards}</div>'

    def __repr__(self) -> str:
        return "Penjelajah konsep: " + ", ".join(self.name(c) for c in self.concept_ids)
