"""Stimulus blocks (AKM style): a news excerpt, a table or a bar chart before questions.

The text is Markdown with tables; the chart is drawn here as a small SVG whose words stay
text, and its numbers are repeated in a table so no reader depends on the picture.
"""

from __future__ import annotations

import html
from functools import lru_cache

from markdown_it import MarkdownIt

from kerjasama.content.questions import BarChart, Stimulus

BAR_HEIGHT = 26
BAR_GAP = 10
LABEL_WIDTH = 230
PLOT_WIDTH = 300
VALUE_WIDTH = 70
TOP = 8
DATA_SUMMARY = "Data grafik dalam bentuk tabel"


@lru_cache(maxsize=1)
def _block_parser() -> MarkdownIt:
    """Paragraphs, emphasis, lists and tables; raw HTML, links and images stay text."""
    return (
        MarkdownIt("commonmark", {"html": False, "linkify": False})
        .enable("table")
        .disable(["image", "link", "autolink"])
    )


def block_html(text: str) -> str:
    """Several paragraphs (and tables) of teacher-written Markdown as safe HTML."""
    return _block_parser().render(text.strip())


def _number(value: float) -> str:
    """Indonesian decimal comma, no trailing ``,0``."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def chart_svg(chart: BarChart) -> str:
    """Horizontal bars scaled to the largest value; labels and values are SVG text."""
    top = max(bar.value for bar in chart.bars) or 1.0
    height = TOP * 2 + len(chart.bars) * (BAR_HEIGHT + BAR_GAP)
    width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH
    rows = []
    for index, bar in enumerate(chart.bars):
        y = TOP + index * (BAR_HEIGHT + BAR_GAP)
        length = max(1.0, PLOT_WIDTH * bar.value / top)
        middle = y + BAR_HEIGHT / 2
        rows.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{middle}" text-anchor="end" '
            f'dominant-baseline="middle">{html.escape(bar.label)}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{length:.1f}" height="{BAR_HEIGHT}" '
            'class="stimulus__bar"/>'
            f'<text x="{LABEL_WIDTH + length + 6:.1f}" y="{middle}" '
            f'dominant-baseline="middle">{_number(bar.value)}</text>'
        )
    label = f"{chart.title} ({chart.unit}): " + "; ".join(
        f"{bar.label} {_number(bar.value)}" for bar in chart.bars
    )
    return (
        f'<svg class="stimulus__chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{html.escape(label)}" xmlns="http://www.w3.org/2000/svg" '
        f'font-size="14" fill="currentColor">{"".join(rows)}</svg>'
    )


def chart_table(chart: BarChart) -> str:
    rows = "".join(
        f"<tr><td>{html.escape(bar.label)}</td><td>{_number(bar.value)}</td></tr>"
        for bar in chart.bars
    )
    return (
        f"<details><summary>{DATA_SUMMARY}</summary><table><thead><tr><th>Keterangan</th>"
        f"<th>{html.escape(chart.unit)}</th></tr></thead><tbody>{rows}</tbody></table></details>"
    )


def stimulus_html(stimulus: Stimulus) -> str:
    """The stimulus as one block: text, optional chart with its data table, credit line."""
    parts = [block_html(stimulus.text)]
    if stimulus.chart is not None:
        parts.append(
            f'<figure class="stimulus__figure"><figcaption>'
            f"{html.escape(stimulus.chart.title)} ({html.escape(stimulus.chart.unit)})"
            f"</figcaption>{chart_svg(stimulus.chart)}{chart_table(stimulus.chart)}</figure>"
        )
    if stimulus.credit:
        parts.append(f'<p class="stimulus__credit">{html.escape(stimulus.credit)}</p>')
    return f'<div class="stimulus">{"".join(parts)}</div>'
