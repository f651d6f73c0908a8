"""The bibliography in the APA manner, with Indonesian words: a pybtex formatting style.

"Soekanto, S. dan Sulistyowati, B. (2013). *Sosiologi Suatu Pengantar* (Edisi Revisi).
Jakarta: Rajawali Pers." — "dan", "Dalam", "ed.", "hlm.", "Diterjemahkan oleh". Registered
as ``kerjasama`` by ``kerjasama.sphinxext.citations``, which also sorts the list.
"""

from __future__ import annotations

from typing import Any

from pybtex.database import Person
from pybtex.richtext import Text
from pybtex.style.formatting import BaseStyle, toplevel
from pybtex.style.template import field as bib_field
from pybtex.style.template import (
    first_of,
    href,
    join,
    names,
    node,
    optional,
    optional_field,
    sentence,
    tag,
)

from kerjasama.content.references import AND, LAST_AND

#: The name the label and sorting plugins are registered under (``citations``).
LABEL_STYLE = "kerjasama"


@node
def edition(children: list[Any], data: dict[str, Any]) -> Text:
    """ "(Edisi Revisi)" as written; a bare number becomes "(ed. ke-2)"."""
    assert not children
    value = data["entry"].fields.get("edition", "")
    if not value:
        return Text()
    return Text(" (", f"ed. ke-{value}" if value.isdigit() else value, ")")


@node
def translators(children: list[Any], data: dict[str, Any]) -> Text:
    """ "Diterjemahkan oleh C. P. Loomis": BibTeX keeps ``translator`` as plain text."""
    assert not children
    value = data["entry"].fields.get("translator", "")
    if not value:
        return Text()
    people = [Person(name) for name in value.split(" and ")]
    shown = [
        " ".join([*(f"{first[0]}." for first in p.first_names + p.middle_names), *p.last_names])
        for p in people
    ]
    together = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + AND + shown[-1]
    return Text("Diterjemahkan oleh ", together)


def _people(role: str) -> Any:
    return names(role, sep=", ", sep2=AND, last_sep=LAST_AND)


def _place_publisher(publisher: str = "publisher") -> Any:
    """ "Jakarta: Rajawali Pers", or the publisher alone."""
    return first_of[
        optional[join[bib_field("address"), ": ", bib_field(publisher)]],
        optional_field(publisher),
    ]


def _doi_or_url() -> Any:
    doi = bib_field("doi", raw=True)
    url = bib_field("url", raw=True)
    return first_of[
        optional[join["doi:", href(join["https://doi.org/", doi])[doi]]],
        optional[href(url)[url]],
    ]


class IndonesianBibliography(BaseStyle):
    """Author (tahun). *Judul*. Kota: Penerbit. — one template per supported entry type."""

    default_name_style = "lastfirst"
    default_label_style = LABEL_STYLE
    default_sorting_style = LABEL_STYLE

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("abbreviate_names", True)
        super().__init__(**kwargs)

    def _head(self) -> Any:
        """ "Soekanto, S., dan Sulistyowati, B. (2013)." — or the organisation's name."""
        who = first_of[
            optional[_people("author")],
            optional[join[_people("editor"), " (ed.)"]],
            optional_field("organization"),
            optional_field("institution"),
        ]
        return sentence(add_period=True, sep=" ")[who, join["(", bib_field("year"), ")"]]

    def get_book_template(self, e: Any) -> Any:
        return toplevel[
            self._head(),
            sentence[join[tag("em")[bib_field("title")], edition]],
            optional[sentence[translators]],
            sentence[_place_publisher()],
            optional[sentence[bib_field("note")]],
            optional[_doi_or_url()],
        ]

    def get_article_template(self, e: Any) -> Any:
        volume = optional[
            join[", ", tag("em")[bib_field("volume")], optional["(", bib_field("number"), ")"]]
        ]
        return toplevel[
            self._head(),
            sentence[bib_field("title")],
            sentence[
                join[tag("em")[bib_field("journal")], volume, optional[", ", bib_field("pages")]]
            ],
            optional[_doi_or_url()],
        ]

    def get_incollection_template(self, e: Any) -> Any:
        return toplevel[
            self._head(),
            sentence[bib_field("title")],
            sentence[
                join[
                    "Dalam ",
                    optional[join[_people("editor"), " (ed.), "]],
                    tag("em")[bib_field("booktitle")],
                    optional[join[" (hlm. ", bib_field("pages"), ")"]],
                ]
            ],
            sentence[_place_publisher()],
            optional[_doi_or_url()],
        ]

    get_inbook_template = get_incollection_template
    get_inproceedings_template = get_incollection_template

    def get_misc_template(self, e: Any) -> Any:
        return toplevel[
            self._head(),
            sentence[tag("em")[bib_field("title")]],
            optional[sentence[first_of[optional_field("howpublished"), _place_publisher()]]],
            optional[sentence[bib_field("note")]],
            optional[_doi_or_url()],
        ]

    get_online_template = get_misc_template

    def get_techreport_template(self, e: Any) -> Any:
        return toplevel[
            self._head(),
            sentence[join[tag("em")[bib_field("title")], optional[" (", bib_field("number"), ")"]]],
            sentence[_place_publisher("institution")],
            optional[_doi_or_url()],
        ]
