"""The explorable concept map: the book's rendering of ``ConceptExplorer``.

The positions come from the drawings' own layout (``column_layout``, concepts grouped by
kind), computed here at build time. The page gets an SVG whose nodes are focusable
buttons; ``explorer_panel`` adds the controls, the details panel and the data, and
``static/explorer.js`` (the book's own, no CDN) does the choosing.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Sequence

import networkx as nx

from kerjasama.diagrams.layout import (
    Geometry,
    column_layout,
    edge_ends,
    geometry_label,
    node_height,
)
from kerjasama.diagrams.palette import DARK_FILLS, KIND_COLOURS, RELATION_STYLES

#: Map pixels per layout inch: a one-line box is 45 px tall, a comfortable tap target
#: when the map is shown at full size.
SCALE = 125
FONT_PX = 20
MARGIN_PX = 12
#: Narrow boxes close together: the whole map, scaled to a 690 px column, keeps its
#: labels about 13 px tall (``FONT_PX`` × 690 / the map's width).
MAP = Geometry(label_width=13, box_width=1.32, column_gap=1.68, row_gap=0.1, split_hyphens=True)
BOX_PX = MAP.box_width * SCALE
#: Concept kinds in reading order. The processes (``kerja-sama`` is linked to a third of
#: the map) stand in the middle column, so most links reach a neighbouring column.
KIND_ORDER = (
    "bentuk-akomodasi",
    "syarat-interaksi",
    "faktor-interaksi",
    "faktor",
    "tujuan",
    "golongan-proses",
    "proses",
    "sifat-kerja-sama",
    "macam-gotong-royong",
    "jenis-kerja-sama",
    "bentuk-kerja-sama",
    "kelompok",
    "tipe-kelompok",
    "orientasi-kelompok",
    "contoh",
    "organisasi",
)
COLUMNS = 5
TALLEST = 1.25
DASHES = {"solid": "", "dashed": "8 5", "dotted": "2 4", "dashdot": "8 4 2 4"}


def _partition(heights: list[float], parts: int) -> list[int]:
    """Cut points of ``heights`` into ``parts`` runs whose largest sum is smallest."""
    best: dict[tuple[int, int], tuple[float, list[int]]] = {(0, 0): (0.0, [])}
    for k in range(1, parts + 1):
        for i in range(k, len(heights) + 1):
            best[k, i] = min(
                (max(best[k - 1, j][0], sum(heights[j:i])), [*best[k - 1, j][1], j])
                for j in range(k - 1, i)
                if (k - 1, j) in best
            )
    return [*best[parts, len(heights)][1], len(heights)]


def map_columns(graph: nx.DiGraph, nodes: Sequence[str]) -> list[list[str]]:
    """Concepts by kind, in ``KIND_ORDER``, in the fewest columns (at most ``COLUMNS``)
    that keep the map no taller than ``TALLEST`` times its width; the tallest column is
    as short as it can be, and a kind is never split."""
    order = {kind: i for i, kind in enumerate(KIND_ORDER)}
    ranked = sorted(nodes, key=lambda n: (order.get(graph.nodes[n]["kind"], len(order)),))
    kinds: dict[str, list[str]] = {}
    for node in ranked:
        kinds.setdefault(graph.nodes[node]["kind"], []).append(node)
    groups = list(kinds.values())
    heights = [sum(node_height(graph, n, MAP) + MAP.row_gap for n in group) for group in groups]
    for parts in range(1, min(COLUMNS, len(groups)) + 1):
        cuts = _partition(heights, parts)
        tallest = max(sum(heights[a:b]) for a, b in itertools.pairwise(cuts))
        if tallest <= TALLEST * parts * MAP.column_gap:
            break
    return [[n for group in groups[a:b] for n in group] for a, b in itertools.pairwise(cuts)]


def map_positions(graph: nx.DiGraph, columns: list[list[str]]) -> dict[str, tuple[float, float]]:
    """Pixel centres of the boxes in ``columns``, top-left of the drawing at (0, 0)."""
    inches = column_layout(graph, columns, MAP)
    top = max(y + node_height(graph, n, MAP) / 2 for n, (_x, y) in inches.items())
    left = min(x for x, _y in inches.values()) - MAP.box_width / 2
    return {
        n: ((x - left) * SCALE + MARGIN_PX, (top - y) * SCALE + MARGIN_PX)
        for n, (x, y) in inches.items()
    }


def _edge_path(start: tuple[float, float], end: tuple[float, float]) -> str:
    """Straight between columns; a bow to the right within one column."""
    half = BOX_PX / 2
    if abs(start[0] - end[0]) < 1:
        x = start[0] + half
        bow = x + 0.25 * SCALE
        y1, y2 = start[1], end[1]
        return f"M{x:.0f} {y1:.0f}C{bow:.0f} {y1:.0f} {bow:.0f} {y2:.0f} {x:.0f} {y2:.0f}"
    (x1, y1), (x2, y2) = edge_ends(
        (start[0] / SCALE, start[1] / SCALE), (end[0] / SCALE, end[1] / SCALE), MAP.box_width
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
    width, height = BOX_PX, node_height(graph, node, MAP) * SCALE
    fill = KIND_COLOURS[attrs["kind"]]
    ink = "#ffffff" if fill in DARK_FILLS else "#000000"
    lines = geometry_label(attrs["name"], MAP).split("\n")
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
    """The map as SVG: edges under boxes, every box a focusable button.

    The drawing scales to its frame's width through its ``viewBox``, never above its own
    size (``--width``); its height comes from ``--ratio``, not from the viewBox, so the
    frame keeps its size when ``explorer.js`` moves the viewBox to zoom and pan.
    """
    columns = map_columns(graph, nodes)
    positions = map_positions(graph, columns)
    sub = graph.subgraph(nodes)
    # Room on the right for the bows between boxes of the last column.
    width = max(x for x, _y in positions.values()) + BOX_PX / 2 + 0.2 * SCALE
    height = max(y + node_height(graph, n, MAP) * SCALE / 2 for n, (_x, y) in positions.items())
    height += MARGIN_PX
    boxes = "".join(_node_svg(graph, n, positions[n]) for column in columns for n in column)
    return (
        f'<svg class="concept-explorer__map" role="group" aria-label="{html.escape(title)}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" '
        f'style="--ratio: {width:.0f} / {height:.0f}; --width: {width:.0f}px" '
        f'font-size="{FONT_PX}" text-anchor="middle">'
        f"{_edges_svg(sub, positions)}{boxes}</svg>"
    )
