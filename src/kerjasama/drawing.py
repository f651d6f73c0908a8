"""Draw concept graphs with matplotlib as SVG whose text stays text.

Layouts are computed from the graph (never hand-placed): trees grow left to right so a
phone-width page shows them as a readable column of labels.
"""

from __future__ import annotations

import io
import textwrap

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import networkx as nx
from matplotlib.patches import FancyArrowPatch, Patch

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
    "tujuan": "#999999",
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
}

DARK_FILLS = {"#0072B2", "#D55E00"}
LABEL_WIDTH = 12
#: Layout units are inches, so the figure is exactly as large as its content.
COLUMN_GAP = 1.9
ROW_GAP = 0.62
MARGIN_X = 0.78
MARGIN_Y = 0.32
LEGEND_ROW = 0.3


def tree_layout(tree: nx.DiGraph, root: str) -> dict[str, tuple[float, float]]:
    """Tidy left-to-right layout: leaves in order down the page, parents centred on children."""
    positions: dict[str, tuple[float, float]] = {}
    next_row = [0.0]

    def place(node: str, depth: int) -> float:
        children = list(tree.successors(node))
        if not children:
            row = next_row[0]
            next_row[0] += 1
        else:
            rows = [place(child, depth + 1) for child in children]
            row = (rows[0] + rows[-1]) / 2
        positions[node] = (depth * COLUMN_GAP, -row * ROW_GAP)
        return row

    place(root, 0)
    return positions


def wrap_label(text: str, width: int = LABEL_WIDTH) -> str:
    return "\n".join(textwrap.wrap(text, width=width)) or text


def draw_tree_svg(tree: nx.DiGraph, root: str) -> str:
    """SVG markup of ``tree`` with boxed labels, arrows and a legend of node kinds."""
    positions = tree_layout(tree, root)
    kinds = [k for k in KIND_COLOURS if any(d["kind"] == k for _, d in tree.nodes(data=True))]
    xs = [x for x, _ in positions.values()]
    ys = [y for _, y in positions.values()]
    legend_rows = -(-len(kinds) // 2)
    width = max(xs) - min(xs) + 2 * MARGIN_X
    drawing_height = max(ys) - min(ys) + 2 * MARGIN_Y
    height = drawing_height + LEGEND_ROW * legend_rows + 0.1

    with plt.rc_context(
        {
            "svg.fonttype": "none",
            "svg.hashsalt": "kerjasama",
            "font.family": "sans-serif",
            "font.size": 13,
        }
    ):
        fig, ax = plt.subplots(figsize=(width, height))
        ax.set_axis_off()
        for parent, child in tree.edges:
            ax.add_patch(
                FancyArrowPatch(
                    positions[parent],
                    positions[child],
                    arrowstyle="-|>",
                    mutation_scale=10,
                    color="#444444",
                    linewidth=1,
                    shrinkA=40,
                    shrinkB=40,
                )
            )
        for node, data in tree.nodes(data=True):
            fill = KIND_COLOURS[data["kind"]]
            x, y = positions[node]
            ax.text(
                x,
                y,
                wrap_label(data["name"]),
                ha="center",
                va="center",
                color="white" if fill in DARK_FILLS else "black",
                bbox={
                    "boxstyle": "round,pad=0.4",
                    "facecolor": fill,
                    "edgecolor": "#333333",
                    "linewidth": 0.8,
                },
            )
        ax.set_xlim(min(xs) - MARGIN_X, max(xs) + MARGIN_X)
        ax.set_ylim(min(ys) - MARGIN_Y, max(ys) + MARGIN_Y)
        handles = [
            Patch(facecolor=KIND_COLOURS[k], edgecolor="#333333", label=KIND_LABELS[k])
            for k in kinds
        ]
        fig.legend(
            handles=handles,
            loc="lower center",
            ncol=2,
            frameon=False,
            fontsize=12,
            handlelength=1.2,
            columnspacing=1.2,
        )
        fig.subplots_adjust(left=0, right=1, top=1, bottom=1 - drawing_height / height)
        buffer = io.StringIO()
        fig.savefig(buffer, format="svg", transparent=True)
        plt.close(fig)
    svg = buffer.getvalue()
    return svg[svg.index("<svg") :]
