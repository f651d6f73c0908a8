"""Where each box goes: layouts computed from the graph, never placed by hand.

Every node is a box of the same width whose height follows its wrapped label, and every
layout stacks boxes with a gap, so labels cannot overlap. Diagrams grow left to right and
stay narrow enough to read on a 360 px phone once scaled to the page width.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

import networkx as nx

LABEL_WIDTH = 14
#: Geometry in inches, so the figure is exactly as large as its content.
BOX_WIDTH = 1.55
LINE_HEIGHT = 0.2
BOX_PAD = 0.16
COLUMN_GAP = 2.25
ROW_GAP = 0.16
MARGIN = 0.08
LEGEND_ROW = 0.28
FONT_SIZE = 12


@dataclass(frozen=True)
class Geometry:
    """Box and spacing sizes of one family of drawings, in inches.

    ``split_hyphens`` breaks a word longer than a line at its hyphen ("Tolong-" /
    "menolong"), so one long word does not make every box of a drawing wider.
    """

    label_width: int = LABEL_WIDTH
    box_width: float = BOX_WIDTH
    column_gap: float = COLUMN_GAP
    row_gap: float = ROW_GAP
    split_hyphens: bool = False


#: The static diagrams of the chapters.
DIAGRAM = Geometry()


def wrap_label(text: str, width: int = LABEL_WIDTH, split_hyphens: bool = False) -> str:
    """A label broken into lines of about ``width`` characters, words kept whole."""
    lines = textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False)
    if split_hyphens:
        lines = [
            part
            for line in lines
            for part in (line.replace("-", "-\n", 1).split("\n") if len(line) > width else [line])
        ]
    return "\n".join(lines) or text


def geometry_label(text: str, geometry: Geometry = DIAGRAM) -> str:
    """``text`` wrapped the way ``geometry`` draws it."""
    return wrap_label(text, geometry.label_width, geometry.split_hyphens)


def box_height(label: str, geometry: Geometry = DIAGRAM) -> float:
    """The height of a box that holds ``label``, in inches."""
    return geometry_label(label, geometry).count("\n") * LINE_HEIGHT + LINE_HEIGHT + BOX_PAD


def node_height(graph: nx.DiGraph, node: str, geometry: Geometry = DIAGRAM) -> float:
    return box_height(graph.nodes[node]["name"], geometry)


def tree_layout(tree: nx.DiGraph, root: str) -> dict[str, tuple[float, float]]:
    """Tidy left-to-right tree: leaves stacked down the page, parents centred on children."""
    positions: dict[str, tuple[float, float]] = {}
    cursor = [0.0]

    def place(node: str, depth: int) -> float:
        children = list(tree.successors(node))
        if children:
            centres = [place(child, depth + 1) for child in children]
            centre = (centres[0] + centres[-1]) / 2
        else:
            height = node_height(tree, node)
            centre = cursor[0] + height / 2
            cursor[0] += height + ROW_GAP
        positions[node] = (depth * COLUMN_GAP, -centre)
        return centre

    place(root, 0)
    return positions


def column_layout(
    graph: nx.DiGraph, columns: Sequence[Sequence[str]], geometry: Geometry = DIAGRAM
) -> dict[str, tuple[float, float]]:
    """Columns of stacked boxes, each column centred on the tallest one."""
    stacks: list[list[tuple[str, float]]] = []
    for column in columns:
        cursor, stack = 0.0, []
        for node in column:
            height = node_height(graph, node, geometry)
            stack.append((node, cursor + height / 2))
            cursor += height + geometry.row_gap
        stacks.append(stack)
    totals = [
        (stack[-1][1] + node_height(graph, stack[-1][0], geometry) / 2) if stack else 0.0
        for stack in stacks
    ]
    tallest = max(totals)
    positions = {}
    for index, (stack, total) in enumerate(zip(stacks, totals, strict=True)):
        offset = (tallest - total) / 2
        for node, centre in stack:
            positions[node] = (index * geometry.column_gap, -(centre + offset))
    return positions


def edge_ends(
    start: tuple[float, float], end: tuple[float, float], box_width: float = BOX_WIDTH
) -> tuple[tuple[float, float], tuple[float, float]]:
    """Arrows leave and enter boxes at their sides, never through a label."""
    (x1, y1), (x2, y2) = start, end
    half = box_width / 2
    if x2 > x1:
        return (x1 + half, y1), (x2 - half, y2)
    if x2 < x1:
        return (x1 - half, y1), (x2 + half, y2)
    return (x1, y1), (x2, y2)
