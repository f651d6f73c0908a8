"""Views of the scenario bank: the kinds × forms matrix and lists of examples with reasons.

Everything is generated from ``book/data/skenario.yml`` and the concept map, so a
teacher who adds a scenario sees it in every view without touching a chapter.
"""

from __future__ import annotations

import html

from kerjasama.content.concepts import Concept
from kerjasama.content.scenarios import EmptyCell, Scenario
from kerjasama.diagrams.graphs import concept_map, empty_cells, example_scenarios
from kerjasama.markup import inline_html
from kerjasama.views import HtmlView


def _concepts(kind: str) -> list[Concept]:
    return [c for c in concept_map().concepts if c.kind == kind]


def _short(name: str) -> str:
    """``Joint venture (usaha patungan)`` → ``Joint venture``: short enough for a table head."""
    return name.split(" (")[0]


def _reasons(scenario: Scenario, names: dict[str, str]) -> str:
    return (
        f"<p><strong>Bentuk:</strong> {html.escape(names[scenario.form])}. "
        f"{inline_html(scenario.why_form)}</p>"
        f"<p><strong>Jenis:</strong> {html.escape(names[scenario.kind])}. "
        f"{inline_html(scenario.why_kind)}</p>"
    )


def scenario_matrix() -> HtmlView:
    """The 4 × 5 table of kinds × forms, each cell naming the numbered example scenarios."""
    kinds, forms = _concepts("jenis-kerja-sama"), _concepts("bentuk-kerja-sama")
    scenarios = example_scenarios()
    names = {c.id: c.name for c in concept_map().concepts}
    number = {s.id: i for i, s in enumerate(scenarios, start=1)}
    empty = {(c.form, c.kind): c for c in empty_cells()}
    head = "".join(f'<th scope="col">{html.escape(_short(f.name))}</th>' for f in forms)
    rows = []
    for kind in kinds:
        cells = []
        for form in forms:
            found = [number[s.id] for s in scenarios if s.kind == kind.id and s.form == form.id]
            shown = ", ".join(map(str, found)) or _empty_mark(empty.get((form.id, kind.id)))
            cells.append(f"<td>{shown}</td>")
        label = html.escape(kind.name.removeprefix("Kerja sama "))
        rows.append(f'<tr><th scope="row">{label}</th>{"".join(cells)}</tr>')
    items = "".join(
        f'<li id="skenario-{s.id}">{inline_html(s.text)}'
        f"<details><summary>Lihat penggolongannya</summary>{_reasons(s, names)}</details></li>"
        for s in scenarios
    )
    markup = (
        '<div class="ks-matrix"><p class="ks-matrix__title" id="ks-matrix-title">'
        "Nomor contoh kasus menurut jenis (baris) dan bentuk (kolom) kerja sama</p>"
        '<div class="ks-matrix__scroll" tabindex="0"><table aria-labelledby="ks-matrix-title">'
        f'<thead><tr><th scope="col">Jenis \\ Bentuk</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
        f"{_impossible_list(empty, names)}"
        f'<ol class="ks-matrix__cases">{items}</ol></div>'
    )
    text = "\n".join(f"{number[s.id]}. {s.text} ({s.kind}, {s.form})" for s in scenarios)
    return HtmlView(markup, text)


#: How an empty cell is marked, and the heading of the list that explains those cells.
EMPTY_MARKS = {
    False: ("× (tidak mungkin)", "Sel bertanda × tidak mungkin terisi:"),
    True: ("○ (belum ada contoh)", "Sel bertanda ○ mungkin terisi, tetapi belum ada contohnya:"),
}


def _empty_mark(cell: EmptyCell | None) -> str:
    return EMPTY_MARKS[cell.possible][0] if cell else "–"


def _impossible_list(empty: dict[tuple[str, str], EmptyCell], names: dict[str, str]) -> str:
    """Why the marked cells stay empty, so an empty cell is a lesson, not a gap."""
    lists = []
    for possible, (_mark, title) in EMPTY_MARKS.items():
        items = "".join(
            f"<li><strong>{html.escape(_short(names[cell.form]))} × "
            f"{html.escape(names[cell.kind].removeprefix('Kerja sama '))}</strong>: "
            f"{inline_html(cell.why)}</li>"
            for cell in empty.values()
            if cell.possible == possible
        )
        if items:
            lists.append(f'<p class="ks-matrix__title">{title}</p><ul>{items}</ul>')
    return "".join(lists)


def scenario_list(form: str | None = None, kind: str | None = None) -> HtmlView:
    """The example scenarios of one form and/or kind, each with the reasons for both labels."""
    names = {c.id: c.name for c in concept_map().concepts}
    for value in (form, kind):
        if value is not None and value not in names:
            raise KeyError(f"Konsep '{value}' tidak ada di peta konsep.")
    chosen = [
        s
        for s in example_scenarios()
        if (form is None or s.form == form) and (kind is None or s.kind == kind)
    ]
    items = "".join(f"<li><p>{inline_html(s.text)}</p>{_reasons(s, names)}</li>" for s in chosen)
    markup = f'<ul class="ks-scenarios">{items}</ul>'
    return HtmlView(markup, "\n".join(s.text for s in chosen))
