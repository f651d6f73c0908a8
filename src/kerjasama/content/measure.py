"""Count sentences and words in Indonesian prose, the same way for every rule and tool.

A case text's limit (``case_rules``) and the readability report (``tools/readability.py``)
must agree on what a sentence and a word are, so both count here.
"""

from __future__ import annotations

import re

#: A sentence ends at . ! ? (optionally followed by a closing quote or bracket) when the
#: next word starts with a capital, a digit or an opening quote. "Co. dari" and
#: "Rp300.000" therefore stay inside one sentence.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]*[A-Z0-9])")
_MARKUP = re.compile(r"[*_`]")
_WORD = re.compile(r"\w")


def plain(text: str) -> str:
    """``text`` without Markdown emphasis and code marks, on one line."""
    return " ".join(_MARKUP.sub("", text).split())


def sentences(text: str) -> list[str]:
    """The sentences of a piece of prose (Markdown emphasis removed)."""
    flat = plain(text)
    return [s for s in _SENTENCE_END.split(flat) if _WORD.search(s)]


def words(text: str) -> list[str]:
    """Words: whitespace-separated tokens holding a letter or digit ("tolong-menolong" is one)."""
    return [w for w in plain(text).split() if _WORD.search(w)]
