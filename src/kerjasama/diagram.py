"""A diagram as one object: SVG drawing, caption, alt text and a text alternative.

All four come from the same graph, so the picture and its accessible description can
never disagree. The object renders as HTML in Jupyter and in the built book alike.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import networkx as nx

from .drawing import draw_tree_svg
from .graphs import process_tree


@dataclass(frozen=True)
class Diagram:
    """A drawn graph with everything a reader who cannot see it needs."""

    graph: nx.DiGraph
    root: str
    caption: str
    alt: str

    def svg(self) -> str:
        svg = draw_tree_svg(self.graph, self.root)
        label = html.escape(self.alt, quote=True)
        svg = re.sub(r"<svg ", f'<svg role="img" aria-label="{label}" ', svg, count=1)
        return re.sub(r'(width|height)="[^"]*pt"', "", svg, count=2)

    def relation_lines(self) -> list[str]:
        """One sentence per relation: "Kerja sama — bentuk dari — Proses asosiatif"."""
        names = nx.get_node_attributes(self.graph, "name")
        return [
            f"{names[child]} — {data['label']} — {names[parent]}"
            for parent, child, data in self.graph.edges(data=True)
        ]

    def _repr_html_(self) -> str:
        items = "".join(f"<li>{html.escape(line)}</li>" for line in self.relation_lines())
        return (
            '<figure class="ks-diagram">'
            f'<div class="ks-diagram__drawing">{self.svg()}</div>'
            f"<figcaption>{html.escape(self.caption)}</figcaption>"
            '<details class="ks-diagram__text"><summary>Teks alternatif: daftar hubungan '
            f"dalam diagram</summary><ul>{items}</ul></details>"
            "</figure>"
        )

    def __repr__(self) -> str:
        return f"Diagram: {self.caption}\n" + "\n".join(self.relation_lines())


def process_diagram() -> Diagram:
    """The tree of social interaction processes (Gillin & Gillin)."""
    tree = process_tree()
    asosiatif = [tree.nodes[n]["name"] for n in tree.successors("asosiatif")]
    disosiatif = [tree.nodes[n]["name"] for n in tree.successors("disosiatif")]
    return Diagram(
        graph=tree,
        root="interaksi-sosial",
        caption=("Pembagian proses interaksi sosial menjadi proses asosiatif dan disosiatif."),
        alt=(
            "Diagram pohon. Interaksi sosial bercabang dua. Proses asosiatif: "
            + ", ".join(asosiatif)
            + ". Proses disosiatif: "
            + ", ".join(disosiatif)
            + "."
        ),
    )
