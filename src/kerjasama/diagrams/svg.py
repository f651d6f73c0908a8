"""Draw a laid-out concept graph with matplotlib as SVG whose text stays text."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import networkx as nx
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch, Patch

from kerjasama.diagrams.layout import (
    BOX_WIDTH,
    FONT_SIZE,
    LEGEND_ROW,
    MARGIN,
    edge_ends,
    node_height,
    wrap_label,
)
from kerjasama.diagrams.palette import DARK_FILLS, KIND_COLOURS, KIND_LABELS, RELATION_STYLES

Positions = dict[str, tuple[float, float]]


@dataclass(frozen=True)
class Frame:
    """The drawing's extent in inches, and the legend's height under it."""

    left: float
    right: float
    bottom: float
    top: float
    legend_height: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def drawing_height(self) -> float:
        return self.top - self.bottom

    @property
    def height(self) -> float:
        return self.drawing_height + self.legend_height


def _frame(graph: nx.DiGraph, positions: Positions, entries: int) -> Frame:
    xs = [x for x, _ in positions.values()]
    return Frame(
        left=min(xs) - BOX_WIDTH / 2 - MARGIN,
        right=max(xs) + BOX_WIDTH / 2 + MARGIN,
        top=max(y + node_height(graph, n) / 2 for n, (_, y) in positions.items()) + MARGIN,
        bottom=min(y - node_height(graph, n) / 2 for n, (_, y) in positions.items()) - MARGIN,
        legend_height=LEGEND_ROW * -(-entries // 2) + 0.12,
    )


def _draw_edges(ax: Axes, graph: nx.DiGraph, positions: Positions) -> None:
    for source, target, data in graph.edges(data=True):
        colour, style = RELATION_STYLES[data["type"]]
        tail, head = edge_ends(positions[source], positions[target])
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


def _draw_nodes(ax: Axes, graph: nx.DiGraph, positions: Positions) -> None:
    for node, data in graph.nodes(data=True):
        fill = KIND_COLOURS[data["kind"]]
        x, y = positions[node]
        box = node_height(graph, node)
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


def _draw_legend(fig: Figure, kinds: list[str], relations: list[str]) -> None:
    """Node kinds always; relation styles when there is more than one to tell apart."""
    handles: list[Patch | Line2D] = [
        Patch(facecolor=KIND_COLOURS[k], edgecolor="#333333", label=KIND_LABELS[k]) for k in kinds
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


def draw_svg(graph: nx.DiGraph, positions: Positions) -> str:
    """SVG markup: boxed labels, styled arrows, and a legend of node kinds and relations."""
    kinds = [k for k in KIND_COLOURS if any(d["kind"] == k for _, d in graph.nodes(data=True))]
    relations = [
        r for r in RELATION_STYLES if any(d["type"] == r for *_, d in graph.edges(data=True))
    ]
    frame = _frame(graph, positions, len(kinds) + (len(relations) if len(relations) > 1 else 0))
    # Text stays text (searchable, selectable); a fixed salt keeps the markup stable.
    with plt.rc_context(
        {
            "svg.fonttype": "none",
            "svg.hashsalt": "kerjasama",
            "font.family": "sans-serif",
            "font.size": FONT_SIZE,
        }
    ):
        fig = plt.figure(figsize=(frame.width, frame.height))
        ax = fig.add_axes(
            (0, frame.legend_height / frame.height, 1, frame.drawing_height / frame.height)
        )
        ax.set_axis_off()
        ax.set_xlim(frame.left, frame.right)
        ax.set_ylim(frame.bottom, frame.top)
        _draw_edges(ax, graph, positions)
        _draw_nodes(ax, graph, positions)
        _draw_legend(fig, kinds, relations)
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
