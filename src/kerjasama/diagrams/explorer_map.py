"""The explorable concept map: the book's rendering of ``ConceptExplorer``.

The positions come from the drawings' own layout (``column_layout``, concepts grouped by
kind), computed here at build time. The page gets an SVG whose nodes are focusable
buttons; ``explorer_panel`` adds the controls, the details panel and the data, and
``static/explorer.js`` (the book's own, no CDN) does the choosing.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import networkx as nx

from kerjasama.diagrams.layout import (
    BOX_WIDTH,
    column_layout,
    edge_ends,
    node_height,
    wrap_label,
)
from kerjasama.diagrams.palette import DARK_FILLS, KIND_COLOURS, RELATION_STYLES

#: Screen pixels per layout inch: a one-line box is 45 px tall, a comfortable tap target.
SCALE = 125
FONT_PX = 20
MARGIN_PX = 12
#: Concept kinds in reading order; a column holds at most ``COLUMN_ROWS`` boxes.
KIND_ORDER = (
    "golongan-proses",
    "proses",
    "bentuk-akomodasi",
    "syarat-interaksi",
    "faktor-interaksi",
    "faktor",
    "jenis-kerja-sama",
    "bentuk-kerja-sama",
    "macam-gotong-royong",
    "sifat-kerja-sama",
    "tujuan",
    "kelompok",
    "tipe-kelompok",
    "orientasi-kelompok",
    "contoh",
    "organisasi",
)
COLUMN_ROWS = 12
DASHES = {"solid": "", "dashed": "8 5", "dotted": "2 4", "dashdot": "8 4 2 4"}


def map_columns(graph: nx.DiGraph, nodes: Sequence[str]) -> list[list[str]]:
    """Concepts by kind, in ``KIND_ORDER``; a kind starts a new column when it would
    overflow the current one."""
    order = {kind: i for i, kind in enumerate(KIND_ORDER)}
    ranked = sorted(nodes, key=lambda n: (order.get(graph.nodes[n]["kind"], len(order)),))
    columns: list[list[str]] = [[]]
    kinds: dict[str, list[str]] = {}
    for node in ranked:
        kinds.setdefault(graph.nodes[node]["kind"], []).append(node)
    for members in kinds.values():
        if columns[-1] and len(columns[-1]) + len(members) > COLUMN_ROWS:
            columns.append([])
        columns[-1].extend(members)
    return columns


def map_positions(graph: nx.DiGraph, columns: list[list[str]]) -> dict[str, tuple[float, float]]:
    """Pixel centres of the boxes in ``columns``, top-left of the drawing at (0, 0)."""
    inches = column_layout(graph, columns)
    top = max(y + node_height(graph, n) / 2 for n, (_x, y) in inches.items())
    left = min(x for x, _y in inches.values()) - BOX_WIDTH / 2
    return {
        n: ((x - left) * SCALE + MARGIN_PX, (top - y) * SCALE + MARGIN_PX)
        for n, (x, y) in inches.items()
    }


def _edge_path(start: tuple[float, float], end: tuple[float, float]) -> str:
    """Straight between columns; a bow to the right within one column."""
    half = BOX_WIDTH * SCALE / 2
    if abs(start[0] - end[0]) < 1:
        x = start[0] + half
        bow = x + 0.35 * SCALE
        y1, y2 = start[1], end[1]
        return f"M{x:.0f} {y1:.0f}C{bow:.0f} {y1:.0f} {bow:.0f} {y2:.0f} {x:.0f} {y2:.0f}"
    (x1, y1), (x2, y2) = edge_ends(
        (start[0] / SCALE, start[1] / SCALE), (end[0] / SCALE, end[1] / SCALE)
    )
    return f"M{x1 * SCALE:.0f} {y1 * SCALE:.0f}L{x2 * SCALE:.0f} {y2 * SCALE:.0f}"


def _edges_svg(graph: nx.DiGraph, positions: dict[str, tuple[float, float]]) -> str:
    paths = []
    for source, target, data in graph.edges(data=True):
        colour, style = RELATION_STYLES[data["type"]]
        dash = f' stroke-dasharray="{DASHES[style]}"' if DASHES[style] else ""
        paths.append(
            f'<path class="concept-explorer__edge" data-source="{source}" '
            f'data-target="{target}" data-type="{data["type"]}" d="'
            f'{_edge_path(positions[source], positions[target])}" stroke="{colour}"{dash}/>'
        )
    return f'<g class="concept-explorer__edges" aria-hidden="true">{"".join(paths)}</g>'


def _node_svg(graph: nx.DiGraph, node: str, centre: tuple[float, float]) -> str:
    attrs = graph.nodes[node]
    width, height = BOX_WIDTH * SCALE, node_height(graph, node) * SCALE
    fill = KIND_COLOURS[attrs["kind"]]
    ink = "#ffffff" if fill in DARK_FILLS else "#000000"
    lines = wrap_label(attrs["name"]).split("\n")
    first = centre[1] - (len(lines) - 1) * FONT_PX * 0.6
    # Words stay apart in the accessible name: a space ends every line but the last.
    tspans = " ".join(
        f'<tspan x="{centre[0]:.0f}" y="{first + i * FONT_PX * 1.2:.0f}">'
        f"{html.escape(line)}</tspan>"
        for i, line in enumerate(lines)
    )
    return (
        f'<g class="concept-explorer__node" data-concept="{node}" role="button" tabindex="-1" '
        f'aria-label="{html.escape(attrs["name"])}">'
        f'<rect x="{centre[0] - width / 2:.0f}" y="{centre[1] - height / 2:.0f}" '
        f'width="{width:.0f}" height="{height:.0f}" rx="8" fill="{fill}"/>'
        f'<text fill="{ink}" dominant-baseline="middle">{tspans}</text></g>'
    )


def map_svg(graph: nx.DiGraph, nodes: Sequence[str], title: str) -> str:
    """The map as SVG: edges under boxes, every box a focusable button."""
    columns = map_columns(graph, nodes)
    positions = map_positions(graph, columns)
    sub = graph.subgraph(nodes)
    width = max(x for x, _y in positions.values()) + BOX_WIDTH * SCALE / 2 + 0.4 * SCALE
    height = max(y + node_height(graph, n) * SCALE / 2 for n, (_x, y) in positions.items())
    boxes = "".join(_node_svg(graph, n, positions[n]) for column in columns for n in column)
    return (
        f'<svg class="concept-explorer__map" role="group" aria-label="{html.escape(title)}" '
        f'viewBox="0 0 {width:.0f} {height + MARGIN_PX:.0f}" width="{width:.0f}" '
        f'height="{height + MARGIN_PX:.0f}" font-size="{FONT_PX}" text-anchor="middle">'
        f"{_edges_svg(sub, positions)}{boxes}</svg>"
    )
