"""Finding English in what a reader sees or a screen reader speaks.

A word list, not a guess: the words below are English interface and connecting words that
are not Indonesian words too ("mode", "file", "edit", "main" and "data" are used in
Indonesian and are left out, and so are "a", "an" and "no", which stand in "Bagian A",
"1960-an" and "No."). Text that is data rather than interface, the titles and
publishers of the bibliography, is taken out before looking.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from pybtex.database import parse_file

ENGLISH_WORDS = frozenset(
    {
        "about",
        "all",
        "and",
        "are",
        "as",
        "at",
        "back",
        "be",
        "by",
        "can",
        "clipboard",
        "close",
        "code",
        "collapse",
        "color",
        "colour",
        "content",
        "contents",
        "copied",
        "copy",
        "could",
        "dark",
        "did",
        "documentation",
        "documents",
        "download",
        "edition",
        "editor",
        "editors",
        "enable",
        "error",
        "et",
        "expand",
        "failed",
        "finished",
        "for",
        "found",
        "from",
        "fullscreen",
        "heading",
        "hide",
        "home",
        "in",
        "index",
        "interactive",
        "is",
        "issue",
        "it",
        "launch",
        "launching",
        "light",
        "link",
        "live",
        "loading",
        "matching",
        "navigation",
        "next",
        "not",
        "of",
        "on",
        "open",
        "or",
        "page",
        "pages",
        "please",
        "previous",
        "primary",
        "print",
        "query",
        "repository",
        "repositories",
        "result",
        "results",
        "run",
        "search",
        "searching",
        "secondary",
        "settings",
        "show",
        "sidebar",
        "site",
        "skip",
        "source",
        "suggest",
        "system",
        "table",
        "term",
        "the",
        "theme",
        "this",
        "to",
        "toggle",
        "top",
        "version",
        "warning",
        "was",
        "were",
        "with",
        "you",
        "your",
    }
)
WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")


def bibliography_values(bib: Path) -> list[str]:
    """Every field value of the bibliography: titles, journals, publishers, places."""
    data = parse_file(str(bib), bib_format="bibtex")
    values = [str(v) for entry in data.entries.values() for v in entry.fields.values()]
    return sorted({v.replace("{", "").replace("}", "") for v in values}, key=len, reverse=True)


def english_words(text: str, data_values: Iterable[str] = ()) -> list[str]:
    """The English words in ``text`` once the given data values are taken out."""
    for value in data_values:
        text = text.replace(value, " ")
    return [word for word in WORD.findall(text) if word.lower() in ENGLISH_WORDS]
