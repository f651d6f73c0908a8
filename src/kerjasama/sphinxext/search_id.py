"""Indonesian for the book's search page: stemmer, stop words and word splitter.

Sphinx has no Indonesian search language, so without this module the index is built with
the English stemmer: *berjanji* never finds *perjanjian*, *kerjasama* never finds
*kerja sama*. This module registers one (``app.add_search_language``) that

* stems with the Snowball Indonesian algorithm (``snowballstemmer``, which Sphinx already
  depends on), corrected by the tables of :mod:`~kerjasama.sphinxext.search_tables`,
  measured on this book's words (``tools/search_words.py``): words that Snowball merges
  with an unrelated word (*masalah* is not *masa*, *perilaku* is not *menilai*), roots
  that a nasal prefix cut (*menolong* → *olong* → *tolong*), and function words that are
  neither indexed nor the stem of a content word (*pendapat* stays apart from *dapat*);
* splits text into words of letters only, and a compound written as one word
  (*kerjasama*, *gotongroyong*) into its two words, so both spellings index and search
  alike.

The browser runs the same rules: ``static/search-id.js`` holds a port of the Snowball
algorithm and of :func:`stem` and :func:`split`; :meth:`SearchIndonesian.init` embeds it
in language_data.js with the tables as JSON. ``tests/test_search_id.py`` stems every word
of the book in both languages and expects no difference.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import snowballstemmer
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.search import SearchLanguage

from kerjasama.sphinxext.search_tables import (
    CLITICS,
    COMPOUNDS,
    ONSET,
    PROTECTED,
    ROOTS,
    STOPWORDS,
)

#: The browser half: the Snowball port, ``stem`` and ``split`` (also loadable by Node).
STEMMER_JS = Path(__file__).resolve().parent / "static" / "search-id.js"
#: The ranking and result summaries of the search page (``html_search_scorer``).
SCORER_JS = Path(__file__).resolve().parent / "static" / "search-scorer.js"

# Letters only: digits are never searched (searchtools.js skips them) and split words that
# the raw HTML glued to them ("2bargaining"). Same class as search-id.js's splitter.
_WORD = re.compile(r"[^\W\d_]+")

_snowball = snowballstemmer.stemmer("indonesian")


def _base(word: str) -> str:
    """The word without one clitic, for the table look-ups."""
    for clitic in CLITICS:
        if word.endswith(clitic) and len(word) > len(clitic):
            return word[: -len(clitic)]
    return word


def stem(word: str) -> str:
    """The search stem of one word (lower case)."""
    word = word.lower()
    if word in STOPWORDS:
        return word
    if word in PROTECTED:
        return PROTECTED[word]
    base = _base(word)
    if base in PROTECTED:
        return PROTECTED[base]
    if base in STOPWORDS:
        return word
    stemmed: str = _snowball.stemWord(word)
    if stemmed != base:
        stemmed = ROOTS.get(stemmed, stemmed)
    return word if stemmed in STOPWORDS or not ONSET.match(stemmed) else stemmed


def split_compound(token: str) -> list[str]:
    """``kerjasama`` → ``kerja``, ``sama`` (also inside ``bekerjasama``)."""
    lower = token.lower()
    for first, second in COMPOUNDS:
        at = lower.find(first + second)
        if at >= 0:
            cut = at + len(first)
            return [lower[:cut], lower[cut:]]
    return [token]


def split(text: str) -> list[str]:
    """The words of a text, compounds split."""
    words: list[str] = []
    for token in _WORD.findall(text):
        words.extend(split_compound(token))
    return words


def browser_data() -> dict[str, object]:
    """The tables the browser's stemmer and splitter need, as JSON-ready values."""
    return {
        "stopwords": sorted(STOPWORDS),
        "protected": PROTECTED,
        "roots": ROOTS,
        "compounds": [list(pair) for pair in COMPOUNDS],
        "clitics": list(CLITICS),
        "onset": ONSET.pattern,
    }


class SearchIndonesian(SearchLanguage):
    """``html_search_language = "id"``."""

    lang = "id"
    language_name = "Indonesian"
    stopwords = set(STOPWORDS)  # noqa: RUF012 (Sphinx's attribute, read as it is)
    # searchtools.js runs before language_data.js, so this replaces its default splitter.
    js_splitter_code = "var splitQuery = kerjasamaSearch.split;"

    def init(self, options: dict[str, str]) -> None:
        """The stemmer for language_data.js: the port plus this module's tables."""
        source = STEMMER_JS.read_text(encoding="utf-8")
        data = json.dumps(browser_data(), ensure_ascii=False, sort_keys=True)
        self.js_stemmer_code = (
            f"{source}\n"
            f"var kerjasamaSearch = indonesianSearch({data});\n"
            "var Stemmer = function () { this.stemWord = kerjasamaSearch.stem; };\n"
        )

    def split(self, input: str) -> list[str]:
        return split(input)

    def stem(self, word: str) -> str:
        return stem(word)

    def word_filter(self, word: str) -> bool:
        """Index every word but a function word or a single letter (Sphinx also offers
        the word as written when its stem is filtered: Dalam is a function word too)."""
        return len(word) > 1 and word.lower() not in STOPWORDS


def use_search_scorer(app: Sphinx, config: Config) -> None:
    """``config-inited``: rank and summarise results with :data:`SCORER_JS` unless the
    book names its own ``html_search_scorer`` (Sphinx opens the path as given, so it is
    absolute here)."""
    if not config.html_search_scorer:
        config.html_search_scorer = str(SCORER_JS)
