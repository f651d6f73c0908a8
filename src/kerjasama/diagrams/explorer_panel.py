"""The explorer's words: the concept card, the controls, and the page markup around the map.

The card is written here, in Python, for the kernel widget and for the panel a page shows
before any script runs. The page also carries every card's contents as data, next to the
node-link graph; ``explorer.js`` lays them out the same way (a browser test compares the
two for every concept).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from kerjasama.content.concepts import RELATION_LABELS
from kerjasama.diagrams.explorer_map import map_svg
from kerjasama.diagrams.palette import KIND_LABELS
from kerjasama.markup import inline_html, json_for_script

if TYPE_CHECKING:
    from kerjasama.diagrams.explorer import ConceptCard, ConceptExplorer


GROUPS = ("kelompok-primer", "kelompok-sekunder")
#: The glossary page, next to the chapters in the built book.
GLOSSARY_PAGE = "glosarium.html"


def glossary_link(concept_id: str) -> str:
    """The glossary entry of a concept: the glossary directive anchors it ``konsep-<id>``."""
    return f"{GLOSSARY_PAGE}#konsep-{concept_id}"


def card_html(card: ConceptCard, links: bool = True) -> str:
    """Name, English term, kind, definition, relations as sentences, cases and links."""
    relations = "".join(
        f'<li data-type="{line.type}">{html.escape(line.text)}</li>' for line in card.relations
    )
    cases = "".join(f"<li>{inline_html(case)}</li>" for case in card.cases)
    parts = [
        f'<p class="concept-explorer__name"><strong>{html.escape(card.name)}</strong> '
        f'(<em lang="en">{html.escape(card.term_en)}</em>) · {KIND_LABELS[card.kind]}</p>',
        f"<p>{inline_html(card.definition)}</p>",
    ]
    if relations:
        parts.append(f'<p class="concept-explorer__label">Hubungan:</p><ul>{relations}</ul>')
    if cases:
        parts.append(f'<p class="concept-explorer__label">Contoh kasus:</p><ul>{cases}</ul>')
    if links:
        where = []
        if card.section is not None:
            title = html.escape(card.section.title or "bab ini")
            where.append(f'<a href="{card.section.href}">Penjelasan: {title}</a>')
        where.append(f'<a href="{card.glossary}">Glosarium: {html.escape(card.name)}</a>')
        parts.append(f'<p class="concept-explorer__links">{" · ".join(where)}</p>')
    return "".join(parts)


def _relation_filters(explorer: ConceptExplorer, uid: str) -> str:
    types = sorted(
        {d["type"] for _s, _t, d in explorer.graph.subgraph(explorer.concept_ids).edges(data=True)},
        key=list(RELATION_LABELS).index,
    )
    boxes = "".join(
        f'<label><input type="checkbox" name="{uid}-relasi" value="{t}" checked> '
        f"{RELATION_LABELS[t]}</label>"
        for t in types
    )
    return (
        '<details class="concept-explorer__filters"><summary>Saring jenis hubungan</summary>'
        f"<fieldset><legend>Jenis hubungan yang ditampilkan</legend>{boxes}</fieldset></details>"
    )


def _group_filter(explorer: ConceptExplorer, uid: str) -> str:
    if not all(g in explorer.concept_ids for g in GROUPS):
        return ""
    options = [("", "Semua konsep"), *((g, explorer.name(g)) for g in GROUPS)]
    radios = "".join(
        f'<label><input type="radio" name="{uid}-kelompok" value="{value}"'
        f"{' checked' if not value else ''}> {html.escape(label)}</label>"
        for value, label in options
    )
    return f"<fieldset><legend>Tampilkan hanya yang terhubung dengan</legend>{radios}</fieldset>"


def _chooser(explorer: ConceptExplorer, uid: str) -> str:
    names = sorted(explorer.concept_ids, key=lambda c: explorer.name(c).casefold())
    options = "".join(
        f'<option value="{c}"{" selected" if c == explorer.start else ""}>'
        f"{html.escape(explorer.name(c))}</option>"
        for c in names
    )
    return (
        f'<label for="{uid}-cari">Saring daftar</label>'
        f'<input id="{uid}-cari" type="search" class="concept-explorer__search" '
        'autocomplete="off" placeholder="misalnya: kelompok">'
        f'<label for="{uid}-pilih">Pilih konsep</label>'
        f'<select id="{uid}-pilih" class="concept-explorer__select">{options}</select>'
    )


#: Buttons that move the view of a zoomed map: (dx, dy, arrow, spoken name).
PAN_BUTTONS = (
    (-1, 0, "←", "Geser peta ke kiri"),
    (0, -1, "↑", "Geser peta ke atas"),
    (0, 1, "↓", "Geser peta ke bawah"),
    (1, 0, "→", "Geser peta ke kanan"),
)


def _view_buttons() -> str:
    """Zoom towards the chosen concept, back out, the whole map, and pan (when zoomed)."""
    pan = "".join(
        f'<button type="button" data-pan="{dx} {dy}" aria-label="{name}">{arrow}</button>'
        for dx, dy, arrow, name in PAN_BUTTONS
    )
    return (
        '<div class="concept-explorer__zoom" role="group" aria-label="Tampilan peta">'
        '<button type="button" data-zoom="-1">Perkecil</button>'
        '<button type="button" data-zoom="1">Perbesar</button>'
        '<button type="button" data-zoom="0">Tampilkan seluruh peta</button>'
        f'<div class="concept-explorer__pan" hidden>{pan}</div></div>'
    )


def explorer_data(explorer: ConceptExplorer) -> dict[str, Any]:
    """Node-link graph plus what every card needs; each case and section is written once.

    A card's relation sentences come from ``describe``, so they also name concepts that
    are not on this map.
    """
    sub = explorer.graph.subgraph(explorer.concept_ids)
    cases: list[str] = []
    sections: list[list[str]] = []
    cards = {}
    for concept in explorer.concept_ids:
        card = explorer.describe(concept)
        cases += [case for case in card.cases if case not in cases]
        place = [card.section.href, card.section.title] if card.section else None
        if place and place not in sections:
            sections.append(place)
        cards[concept] = {
            "en": card.term_en,
            "def": inline_html(card.definition),
            "rel": [[line.type, line.text] for line in card.relations],
            "cases": [cases.index(case) for case in card.cases],
            "sec": sections.index(place) if place else None,
        }
    return {
        "nodes": [{"id": n, "name": explorer.name(n), "kind": sub.nodes[n]["kind"]} for n in sub],
        "links": [
            {"source": s, "target": t, "type": d["type"]} for s, t, d in sub.edges(data=True)
        ],
        "cards": cards,
        "cases": [inline_html(case) for case in cases],
        "sections": sections,
        "kinds": {kind: KIND_LABELS[kind] for kind in sorted({sub.nodes[n]["kind"] for n in sub})},
        "glossary": glossary_link(""),
    }


def _data_script(explorer: ConceptExplorer) -> str:
    return (
        '<script type="application/json" class="concept-explorer__data">'
        f"{json_for_script(explorer_data(explorer))}</script>"
    )


def explorer_html(explorer: ConceptExplorer) -> str:
    """The whole static explorer; without JavaScript, a picture and the start card."""
    uid = f"peta-{explorer.start}"
    title = "Peta konsep: pilih sebuah konsep untuk melihat hubungannya"
    controls = (
        f'<div class="concept-explorer__controls">{_chooser(explorer, uid)}'
        f"{_group_filter(explorer, uid)}{_relation_filters(explorer, uid)}"
        f"{_view_buttons()}</div>"
    )
    return (
        f'<div class="concept-explorer" data-start="{explorer.start}">{controls}'
        f'<div class="concept-explorer__frame">'
        f"{map_svg(explorer.graph, explorer.concept_ids, title)}</div>"
        f'<div class="concept-explorer__details" aria-live="polite">'
        f"{card_html(explorer.describe(explorer.start))}</div>{_data_script(explorer)}</div>"
    )
