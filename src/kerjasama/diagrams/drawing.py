"""Draw concept graphs with matplotlib as SVG whose text stays text.

Layouts are computed from the graph (never hand-placed). Every node is a box of the same
width whose height follows its wrapped label, and every layout stacks boxes with a gap,
so labels cannot overlap. Diagrams grow left to right and stay narrow enough to read on a
360 px phone once scaled to the page width.
"""

from __future__ import annotations

import io
import re
import textwrap
from collections.abc import Sequence
from typing import Literal

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import networkx as nx
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch, Patch

#: Okabe–Ito colours, safe for the common kinds of colour blindness.
KIND_COLOURS: dict[str, str] = {
    "proses": "#56B4E9",
    "golongan-proses": "#E69F00",
    "jenis-kerja-sama": "#009E73",
    "bentuk-kerja-sama": "#F0E442",
    "kelompok": "#CC79A7",
    "organisasi": "#D55E00",
    "contoh": "#DDDDDD",
    "faktor": "#0072B2",
    "tujuan": "#BBBBBB",
    "syarat-interaksi": "#E69F00",
    "faktor-interaksi": "#0072B2",
    "bentuk-akomodasi": "#F0E442",
    "tipe-kelompok": "#CC79A7",
    "orientasi-kelompok": "#CC79A7",
    "sifat-kerja-sama": "#009E73",
    "macam-gotong-royong": "#DDDDDD",
    "skenario": "#FFFFFF",
}

KIND_LABELS: dict[str, str] = {
    "proses": "proses sosial",
    "golongan-proses": "golongan proses",
    "jenis-kerja-sama": "jenis kerja sama",
    "bentuk-kerja-sama": "bentuk kerja sama",
    "kelompok": "kelompok sosial",
    "organisasi": "organisasi",
    "contoh": "contoh",
    "faktor": "faktor pendorong",
    "tujuan": "tujuan",
    "syarat-interaksi": "syarat interaksi",
    "faktor-interaksi": "faktor interaksi",
    "bentuk-akomodasi": "bentuk akomodasi",
    "tipe-kelompok": "tipe kelompok",
    "orientasi-kelompok": "sikap terhadap kelompok",
    "sifat-kerja-sama": "sifat kerja sama",
    "macam-gotong-royong": "macam gotong royong",
    "skenario": "contoh kasus",
}

#: Relation types differ by line style as well as colour, so they survive greyscale.
LineStyle = Literal["solid", "dashed", "dotted", "dashdot"]
RELATION_STYLES: dict[str, tuple[str, LineStyle]] = {
    "jenis-dari": ("#009E73", "solid"),
    "bentuk-dari": ("#0072B2", "solid"),
    "bagian-dari": ("#CC79A7", "dashed"),
    "terjadi-dalam": ("#D55E00", "dashed"),
    "sering-dalam": ("#D55E00", "dashed"),
    "syarat-dari": ("#E69F00", "solid"),
    "contoh-dari": ("#555555", "dotted"),
    "lawan-dari": ("#E69F00", "dashdot"),
    "mendorong": ("#0072B2", "dashed"),
    "tujuan-dari": ("#009E73", "dotted"),
}

DARK_FILLS = {"#0072B2", "#D55E00"}
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


def wrap_label(text: str, width: int = LABEL_WIDTH) -> str:
    lines = textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False)
    return "\n".join(lines) or text


def box_height(label: str) -> float:
    return wrap_label(label).count("\n") * LINE_HEIGHT + LINE_HEIGHT + BOX_PAD


def _height(graph: nx.DiGraph, node: str) -> float:
    return box_height(graph.nodes[node]["name"])


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
            height = _height(tree, node)
            centre = cursor[0] + height / 2
            cursor[0] += height + ROW_GAP
        positions[node] = (depth * COLUMN_GAP, -centre)
        return centre

    place(root, 0)
    return positions


def column_layout(
    graph: nx.DiGraph, columns: Sequence[Sequence[str]]
) -> dict[str, tuple[float, float]]:
    """Columns of stacked boxes, each column centred on the tallest one."""
    stacks: list[list[tuple[str, float]]] = []
    for column in columns:
        cursor, stack = 0.0, []
        for node in column:
            height = _height(graph, node)
            stack.append((node, cursor + height / 2))
            cursor += height + ROW_GAP
        stacks.append(stack)
    totals = [
        (stack[-1][1] + _height(graph, stack[-1][0]) / 2) if stack else 0.0 for stack in stacks
    ]
    tallest = max(totals)
    positions = {}
    for index, (stack, total) in enumerate(zip(stacks, totals, strict=True)):
        offset = (tallest - total) / 2
        for node, centre in stack:
            positions[node] = (index * COLUMN_GAP, -(centre + offset))
    return positions


def _edge_ends(
    start: tuple[float, float], end: tuple[float, float]
) -> tuple[tuple[float, float], tuple[float, float]]:
    """Arrows leave and enter boxes at their sides, never through a label."""
    (x1, y1), (x2, y2) = start, end
    half = BOX_WIDTH / 2
    if x2 > x1:
        return (x1 + half, y1), (x2 - half, y2)
    if x2 < x1:
        return (x1 - half, y1), (x2 + half, y2)
    return (x1, y1), (x2, y2)


def draw_svg(graph: nx.DiGraph, positions: dict[str, tuple[float, float]]) -> str:
    """SVG markup: boxed labels, styled arrows, and a legend of node kinds and relations."""
    kinds = [k for k in KIND_COLOURS if any(d["kind"] == k for _, d in graph.nodes(data=True))]
    relations = [
        r for r in RELATION_STYLES if any(d["type"] == r for *_, d in graph.edges(data=True))
    ]
    left = min(x for x, _ in positions.values()) - BOX_WIDTH / 2 - MARGIN
    right = max(x for x, _ in positions.values()) + BOX_WIDTH / 2 + MARGIN
    top = max(y + _height(graph, n) / 2 for n, (_, y) in positions.items()) + MARGIN
    bottom = min(y - _height(graph, n) / 2 for n, (_, y) in positions.items()) - MARGIN
    entries = len(kinds) + (len(relations) if len(relations) > 1 else 0)
    legend_height = LEGEND_ROW * -(-entries // 2) + 0.12
    width, drawing_height = right - left, top - bottom
    height = drawing_height + legend_height

    with plt.rc_context(
        {
            "svg.fonttype": "none",
            "svg.hashsalt": "kerjasama",
            "font.family": "sans-serif",
            "font.size": FONT_SIZE,
        }
    ):
        fig = plt.figure(figsize=(width, height))
        ax = fig.add_axes((0, legend_height / height, 1, drawing_height / height))
        ax.set_axis_off()
        ax.set_xlim(left, right)
        ax.set_ylim(bottom, top)
        for source, target, data in graph.edges(data=True):
            colour, style = RELATION_STYLES[data["type"]]
            tail, head = _edge_ends(positions[source], positions[target])
            ax.add_patch(
                FancyArrowPatch(
                    tail,
                    head,
                    # A tree's lines show nesting; elsewhere the arrow reads as the relation.
                    arrowstyle="-" if graph.graph.get("tree") else "-|>",
                    mutation_scale=11,
                    color=colour,
                    linestyle=style,
                    linewidth=1.4,
                    shrinkA=1,
                    shrinkB=1,
                )
            )
        for node, data in graph.nodes(data=True):
            fill = KIND_COLOURS[data["kind"]]
            x, y = positions[node]
            box = _height(graph, node)
            ax.add_patch(
                FancyBboxPatch(
                    (x - BOX_WIDTH / 2, y - box / 2),
                    BOX_WIDTH,
                    box,
                    boxstyle="round,pad=0,rounding_size=0.08",
                    facecolor=fill,
                    edgecolor="#333333",
                    linewidth=0.8,
                )
            )
            ax.text(
                x,
                y,
                wrap_label(data["name"]),
                ha="center",
                va="center",
                linespacing=1.15,
                color="white" if fill in DARK_FILLS else "black",
            )
        handles: list[Patch | Line2D] = [
            Patch(facecolor=KIND_COLOURS[k], edgecolor="#333333", label=KIND_LABELS[k])
            for k in kinds
        ]
        if len(relations) > 1:
            handles += [
                Line2D(
                    [],
                    [],
                    color=RELATION_STYLES[r][0],
                    linestyle=RELATION_STYLES[r][1],
                    linewidth=1.6,
                    label=r.replace("-", " "),
                )
                for r in relations
            ]
        fig.legend(
            handles=handles,
            loc="lower center",
            ncol=2,
            frameon=False,
            fontsize=FONT_SIZE - 1,
            handlelength=1.8,
            columnspacing=1.0,
            borderaxespad=0.2,
        )
        buffer = io.StringIO()
        fig.savefig(buffer, format="svg", transparent=True)
        plt.close(fig)
    svg = buffer.getvalue()
    return compact_svg(svg[svg.index("<svg") :])


def _short_number(match: re.Match[str]) -> str:
    value = float(match.group())
    return str(round(value)) if value >= 10 else f"{value:.1f}".rstrip("0").rstrip(".")


def compact_svg(svg: str) -> str:
    """Smaller markup for the same picture: readers pay for every byte.

    Drops matplotlib's metadata, clip paths (everything lies inside the figure) and element
    ids (several diagrams share a page, and ids must be unique there), rounds coordinates
    to whole points (small values such as line widths to 0.1), and collapses whitespace.
    """
    svg = re.sub(r"<metadata>.*?</metadata>", "", svg, flags=re.S)
    svg = re.sub(r"<clipPath.*?</clipPath>", "", svg, flags=re.S)
    svg = re.sub(r' clip-path="url\(#[^)]*\)"', "", svg)
    svg = re.sub(r' id="[^"]*"', "", svg)
    svg = re.sub(r"\d+\.\d+", _short_number, svg)
    svg = re.sub(r"<g>\s*</g>|<defs>\s*</defs>", "", svg)
    return re.sub(r"\s*\n\s*", " ", svg).strip()
