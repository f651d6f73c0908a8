"""Citations the way Indonesian school books write them: "(Soekanto dan Sulistyowati, 2013)".

Four plugins, registered through the mechanisms sphinxcontrib-bibtex documents:

* ``kerjasama`` in ``sphinxcontrib.bibtex.style.referencing`` (``bibtex_reference_style``):
  author–year citations in round brackets, "dan" between two authors, "dkk." after the
  first of three or more, "; " between several sources;
* ``kerjasama`` in ``pybtex.style.formatting`` (``bibtex_default_style``): the
  bibliography in the APA manner with Indonesian words ("dan", "Dalam", "ed.", "hlm.",
  "Diterjemahkan oleh"), sorted by author, year and title;
* ``kerjasama`` in ``pybtex.style.labels`` and ``pybtex.style.sorting``: author–year
  labels instead of "[SS13]", and the list sorted by the names a reader sees.

The words come from ``kerjasama.content.references``, which also writes the self-checks'
"Sumber:" lines, so the book, the self-checks and the LKPD keys cite alike.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pybtex.plugin
from pybtex.richtext import BaseText
from pybtex.style.labels import BaseLabelStyle
from pybtex.style.sorting import BaseSortingStyle
from pybtex.style.template import Node, first_of, optional, tag
from pybtex.style.template import field as field_node
from sphinxcontrib.bibtex.plugin import register_plugin
from sphinxcontrib.bibtex.style.referencing import BracketStyle, PersonStyle
from sphinxcontrib.bibtex.style.referencing.author_year import AuthorYearReferenceStyle
from sphinxcontrib.bibtex.style.template import names

from kerjasama.content.references import (
    AND,
    LAST_AND,
    OTHERS,
    WHO_FIELDS,
    citation_names,
    citation_year,
)
from kerjasama.sphinxext.bibliography_style import LABEL_STYLE, IndonesianBibliography

STYLE_NAME = LABEL_STYLE


def _brackets() -> BracketStyle:
    return BracketStyle(left="(", right=")", sep="; ", sep2="; ", last_sep="; ")


@dataclass
class IndonesianPersons(PersonStyle):
    """Names joined with "dan" and shortened with "dkk."; an entry without people is cited
    by its organisation, as ``citation_names`` does for the self-checks."""

    sep: BaseText | str = ", "
    sep2: BaseText | str | None = AND
    last_sep: BaseText | str | None = LAST_AND
    other: BaseText | str | None = OTHERS

    def author_or_editor_or_title(self, full: bool) -> Node:
        joined = {
            "sep": self.sep,
            "sep2": self.sep2,
            "last_sep": self.last_sep,
            "other": None if full else self.other,
        }
        return first_of[
            optional[names("author", **joined)],
            optional[names("editor", **joined)],
            *(optional[field_node(name)] for name in WHO_FIELDS),
            tag("em")[field_node("title")],
        ]


@dataclass
class IndonesianAuthorYear(AuthorYearReferenceStyle):
    """``{cite}`` → (Soekanto dan Sulistyowati, 2013); ``{cite:t}`` → Soekanto dan
    Sulistyowati (2013)."""

    bracket_parenthetical: BracketStyle = field(default_factory=_brackets)
    bracket_textual: BracketStyle = field(default_factory=_brackets)
    bracket_author: BracketStyle = field(default_factory=_brackets)
    bracket_label: BracketStyle = field(default_factory=_brackets)
    bracket_year: BracketStyle = field(default_factory=_brackets)
    person: PersonStyle = field(default_factory=IndonesianPersons)


class AuthorYearLabels(BaseLabelStyle):
    """ "Soekanto dan Sulistyowati, 2013" (then 2013a, 2013b …): the label shown where a
    reader's program ignores the book's CSS, which hides the labels of the list."""

    def format_labels(self, sorted_entries: Iterable[Any]) -> Iterator[str]:
        labels = [f"{citation_names(e)}, {citation_year(e)}" for e in sorted_entries]
        repeated = Counter(labels)
        used: Counter[str] = Counter()
        for label in labels:
            if repeated[label] > 1:
                used[label] += 1
                yield f"{label}{chr(ord('a') + used[label] - 1)}"
            else:
                yield label


class AuthorYearTitleSorting(BaseSortingStyle):
    """By the names a reader sees first (the organisation when there are no people), then
    year and title: pybtex's own sorting puts entries without authors first."""

    def sorting_key(self, entry: Any) -> tuple[str, str, str]:
        return (
            citation_names(entry).casefold(),
            citation_year(entry),
            entry.fields.get("title", "").casefold(),
        )


def register_citation_styles() -> None:
    """Make both styles known under ``kerjasama`` before sphinxcontrib-bibtex looks them up."""
    register_plugin("sphinxcontrib.bibtex.style.referencing", STYLE_NAME, IndonesianAuthorYear)
    pybtex.plugin.register_plugin("pybtex.style.labels", STYLE_NAME, AuthorYearLabels)
    pybtex.plugin.register_plugin("pybtex.style.sorting", STYLE_NAME, AuthorYearTitleSorting)
    pybtex.plugin.register_plugin("pybtex.style.formatting", STYLE_NAME, IndonesianBibliography)
