"""Diagrams as objects: SVG drawing, caption, alt text and a text alternative.

All four come from the same graph, so the picture and its accessible description can
never disagree. A diagram renders as HTML in Jupyter and in the built book alike.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import networkx as nx

from kerjasama.diagrams import graphs
from kerjasama.diagrams.layout import box_height, column_layout, tree_layout
from kerjasama.diagrams.svg import draw_svg


@dataclass(frozen=True)
class Diagram:
    """A drawn graph with everything a reader who cannot see it needs."""

    graph: nx.DiGraph
    positions: dict[str, tuple[float, float]] = field(repr=False)
    caption: str
    alt: str

    def svg(self) -> str:
        svg = draw_svg(self.graph, self.positions)
        label = html.escape(self.alt, quote=True)
        svg = re.sub(r"<svg ", f'<svg role="img" aria-label="{label}" ', svg, count=1)
        return re.sub(r'(width|height)="[^"]*pt"', "", svg, count=2)

    def relation_lines(self) -> list[str]:
        """One line per relation, read in its true direction.

        For example "Kerukunan — bentuk dari — Kerja sama".
        """
        names = nx.get_node_attributes(self.graph, "name")
        lines = []
        for source, target, data in self.graph.edges(data=True):
            if self.graph.graph.get("tree"):  # trees point parent → child
                source, target = target, source
            lines.append(f"{names[source]} — {data['label']} — {names[target]}")
        return lines

    def _repr_html_(self) -> str:
        items = "".join(f"<li>{html.escape(line)}</li>" for line in self.relation_lines())
        return (
            '<figure class="ks-diagram">'
            # Focusable: on a phone the drawing scrolls sideways, also by keyboard.
            f'<div class="ks-diagram__drawing" tabindex="0">{self.svg()}</div>'
            f"<figcaption>{html.escape(self.caption)}</figcaption>"
            '<details class="ks-diagram__text"><summary>Teks alternatif: daftar hubungan '
            f"dalam diagram</summary><ul>{items}</ul></details>"
            "</figure>"
        )

    def __repr__(self) -> str:
        return f"Diagram: {self.caption}\n" + "\n".join(self.relation_lines())


def _names(graph: nx.DiGraph, nodes: Iterable[str]) -> str:
    return ", ".join(graph.nodes[n]["name"] for n in nodes)


def process_diagram() -> Diagram:
    """The tree of social interaction processes (Gillin & Gillin)."""
    tree = graphs.process_tree()
    return Diagram(
        graph=tree,
        positions=tree_layout(tree, "interaksi-sosial"),
        caption="Pembagian proses interaksi sosial menjadi proses asosiatif dan disosiatif.",
        alt=(
            "Diagram pohon. Interaksi sosial bercabang dua. Proses asosiatif: "
            f"{_names(tree, tree.successors('asosiatif'))}. Proses disosiatif: "
            f"{_names(tree, tree.successors('disosiatif'))}."
        ),
    )


def cooperation_diagram() -> Diagram:
    """Kerja sama with its four kinds and its five forms."""
    tree = graphs.cooperation_tree()
    children = list(tree.successors("kerja-sama"))
    kinds = [n for n in children if tree.nodes[n]["kind"] == "jenis-kerja-sama"]
    forms = [n for n in children if tree.nodes[n]["kind"] != "jenis-kerja-sama"]
    parts = _names(tree, tree.successors("kerukunan"))
    return Diagram(
        graph=tree,
        positions=tree_layout(tree, "kerja-sama"),
        caption="Dua penggolongan kerja sama: empat jenis dan lima bentuk.",
        alt=(
            f"Diagram pohon. Kerja sama mempunyai {len(kinds)} jenis: {_names(tree, kinds)}; "
            f"dan {len(forms)} bentuk: {_names(tree, forms)}. Kerukunan mencakup {parts}."
        ),
    )


def group_diagram(with_examples: bool = True) -> Diagram:
    """Kinds and forms of cooperation ↔ kelompok primer/sekunder (↔ their examples)."""
    graph = graphs.concept_graph()
    view = graphs.group_view(graph)
    groups: list[str] = view.graph["groups"]
    left = sorted(
        (n for n in view if n not in groups),
        key=lambda n: (groups.index(next(iter(view.successors(n)))), list(graph).index(n)),
    )
    columns: list[list[str]] = [left, groups]
    if with_examples:
        examples = [
            source
            for group in groups
            for source, _t, data in graph.in_edges(group, data=True)
            if data["type"] == "contoh-dari"
        ]
        for example in examples:
            view.add_node(example, **graph.nodes[example])
            target = next(t for t in graph.successors(example) if t in groups)
            view.add_edge(example, target, **graph.edges[example, target])
        columns.append(examples)
    positions = column_layout(view, columns)
    _centre_on_neighbours(view, positions, groups)
    alt_parts = [f"{view.nodes[g]['name']}: {_names(view, view.predecessors(g))}" for g in groups]
    return Diagram(
        graph=view,
        positions=positions,
        caption=(
            "Jenis dan bentuk kerja sama yang sering terlihat dalam kelompok primer dan "
            "kelompok sekunder. Ini kecenderungan, bukan aturan."
        ),
        alt="Diagram dua sisi. " + "; ".join(alt_parts) + ".",
    )


def neighbourhood_diagram(concept: str, relations: Sequence[str] | None = None) -> Diagram:
    """A concept in the middle: what points to it on the sides, what it points to on the right.

    Incoming relations of different types go to different sides (e.g. factors that drive
    kerja sama on the left, its goals on the right) to keep the columns short.
    """
    graph = graphs.concept_graph()
    view = graphs.neighbourhood(graph, concept)
    if relations is not None:
        wanted = set(relations)
        view.remove_edges_from(
            [(s, t) for s, t, d in view.edges(data=True) if d["type"] not in wanted]
        )
        view.remove_nodes_from([n for n in list(view) if n != concept and view.degree(n) == 0])
    incoming: dict[str, list[str]] = {}
    for source, _target, data in view.in_edges(concept, data=True):
        incoming.setdefault(data["type"], []).append(source)
    left: list[str] = []
    right: list[str] = [t for t in view.successors(concept)]
    for group in sorted(incoming.values(), key=len, reverse=True):
        (left if _stack(view, left) <= _stack(view, right) else right).extend(group)
    columns = [column for column in (left, [concept], right) if column]
    positions = column_layout(view, columns)
    name = view.nodes[concept]["name"]
    return Diagram(
        graph=view,
        positions=positions,
        caption=f"{name} dan konsep-konsep yang berhubungan langsung dengannya.",
        alt=(
            f"Diagram hubungan di sekitar {name}. "
            + " ".join(
                f"{view.nodes[s]['name']} {d['label']} {view.nodes[t]['name']}."
                for s, t, d in view.edges(data=True)
            )
        ),
    )


def _stack(graph: nx.DiGraph, column: list[str]) -> float:
    return sum(box_height(graph.nodes[n]["name"]) for n in column)


def _centre_on_neighbours(
    graph: nx.DiGraph, positions: dict[str, tuple[float, float]], nodes: list[str]
) -> None:
    """Move each node level with the middle of its neighbours, keeping the column's order."""
    previous_bottom = None
    for node in nodes:
        x, _y = positions[node]
        ys = [positions[n][1] for n in nx.all_neighbors(graph, node) if positions[n][0] < x]
        y = (max(ys) + min(ys)) / 2 if ys else positions[node][1]
        half = box_height(graph.nodes[node]["name"]) / 2
        if previous_bottom is not None and y + half > previous_bottom - 0.2:
            y = previous_bottom - 0.2 - half
        positions[node] = (x, y)
        previous_bottom = y - half
