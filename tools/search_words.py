"""How the search stemmer groups this book's words: to choose and check its tables.

Plain Snowball Indonesian merges some unrelated words (*empati* with *empat*) and splits
some related ones (*menolong* → *olong*, *tolong*); ``kerjasama.sphinxext.search_id``
corrects those it finds in this book. This script shows both stemmers side by side.

    python tools/search_words.py groups          # words whose stem the tables change
    python tools/search_words.py query empati    # pages each stemmer finds for a word

A "page" here is a chapter file ``book/*.md`` (the index also holds the self-check
questions that ``book/data`` adds to them).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

import snowballstemmer

from kerjasama.sphinxext.search_id import split, stem

BOOK = Path(__file__).resolve().parents[1] / "book"
_snowball = snowballstemmer.stemmer("indonesian")


def snowball(word: str) -> str:
    return str(_snowball.stemWord(word.lower()))


def page_words() -> dict[str, set[str]]:
    """Each chapter file's words, lower case (letters only, compounds split)."""
    return {
        path.stem: {w.lower() for w in split(path.read_text(encoding="utf-8"))}
        for path in sorted(BOOK.glob("*.md"))
    }


def groups() -> None:
    """Every word the tables stem differently, with the words each stem gathers."""
    words = sorted(set().union(*page_words().values()))
    by_snowball: dict[str, set[str]] = defaultdict(set)
    by_book: dict[str, set[str]] = defaultdict(set)
    for word in words:
        by_snowball[snowball(word)].add(word)
        by_book[stem(word)].add(word)
    for word in words:
        if snowball(word) != stem(word) and not re.fullmatch(r"[a-z]", word):
            before = " ".join(sorted(by_snowball[snowball(word)] - {word}))
            after = " ".join(sorted(by_book[stem(word)] - {word}))
            print(f"{word}: Snowball {snowball(word)} [{before}] → {stem(word)} [{after}]")


def query(word: str) -> None:
    """The pages each stemmer finds for one word, and through which words."""
    for name, function in (("Snowball", snowball), ("buku", stem)):
        target = function(word)
        found = {
            page: sorted(w for w in words if function(w) == target)
            for page, words in page_words().items()
            if any(function(w) == target for w in words)
        }
        print(f"{name}: {word} → {target}: {len(found)} halaman")
        for page, via in found.items():
            print(f"    {page}: {' '.join(via)}")


def main(args: list[str]) -> int:
    if args[:1] == ["groups"]:
        groups()
        return 0
    if args[:1] == ["query"] and len(args) > 1:
        for word in args[1:]:
            query(word)
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
