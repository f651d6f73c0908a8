"""Average sentence length of the chapters, the case texts and Panduan Guru (issue 24).

Issue 24 is done when sentences average fewer than 14 words in the chapters, 20 in the case
texts of ``skenario.yml`` and 16 in Panduan Guru. This tool measures exactly that, with the
sentence and word counts ``make check`` uses (``kerjasama.content.measure``).

What counts as prose in a page is ``kerjasama.content.pagetext``: no front matter, code
cells, directive options or HTML. On top of that, headings, directive titles and table rows
are left out (they are labels, not sentences), and so are fragments of fewer than three
words (a Kata Kunci entry, a grid label). MyST roles count as the text they show
(``{term}`kerja sama <Kerja sama>``` is two words); citations are left out.

    python tools/readability.py            # the three numbers and their targets
    python tools/readability.py --long 25  # also list every sentence of 25 words or more
    python tools/readability.py --strict   # exit 1 when a target is missed
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from kerjasama.content.measure import sentences, words
from kerjasama.content.pagetext import prose_lines

ROOT = Path(__file__).resolve().parents[1]
#: Group → (files, target average words per sentence).
CHAPTERS = "book/0[0-9]-*.md"
GUIDE = "book/panduan-guru.md"
CASES = "book/data/skenario.yml"
TARGETS = {"Bab": 14.0, "Teks kasus": 20.0, "Panduan Guru": 16.0}
MIN_FRAGMENT_WORDS = 3

_CITE = re.compile(r"\s*\{(?:cite(?::[pt])?|sumber)\}`[^`]*`")
_ROLE = re.compile(r"\{[\w:-]+\}`([^`<]*?)(?:\s*<[^>]*>)?`")
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


@dataclass(frozen=True)
class Sentence:
    source: str
    line: int
    text: str

    @property
    def length(self) -> int:
        return len(words(self.text))


def _shown(text: str) -> str:
    """Markdown as a reader sees it: a role or link becomes its label; citations drop out."""
    return _LINK.sub(r"\1", _ROLE.sub(r"\1", _CITE.sub("", text)))


def page_segments(page: str) -> Iterator[tuple[int, str]]:
    """(first line, text) of every paragraph and list item of a page's prose."""
    current: list[str] = []
    start = 0
    previous = -1
    for line in prose_lines(page):
        text = _QUOTE.sub("", line.text).strip()
        new_block = line.number != previous + 1 or _LIST_ITEM.match(line.text)
        if line.kind != "text" or text.startswith("#"):
            new_block = True
        if new_block and current:
            yield start, " ".join(current)
            current = []
        previous = line.number
        if line.kind != "text" or text.startswith("#"):
            continue
        if not current:
            start = line.number
        current.append(_LIST_ITEM.sub("", text))
    if current:
        yield start, " ".join(current)


def page_sentences(path: Path) -> list[Sentence]:
    found = []
    for line, segment in page_segments(path.read_text(encoding="utf-8")):
        for text in sentences(_shown(segment)):
            if len(words(text)) >= MIN_FRAGMENT_WORDS:
                found.append(Sentence(path.name, line, text))
    return found


def case_sentences(path: Path) -> list[Sentence]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        Sentence(f"{path.name} › {case['id']}", 0, text)
        for case in data.get("scenarios", [])
        for text in sentences(case["text"])
    ]


def groups(root: Path) -> dict[str, list[Sentence]]:
    chapters = [s for p in sorted(root.glob(CHAPTERS)) for s in page_sentences(p)]
    guide = root / GUIDE
    return {
        "Bab": chapters,
        "Teks kasus": case_sentences(root / CASES),
        "Panduan Guru": page_sentences(guide) if guide.exists() else [],
    }


def report(measured: dict[str, list[Sentence]], long: int | None) -> tuple[str, bool]:
    """The table (and the long sentences if asked) and whether every target is met."""
    lines = [f"{'Kelompok':<14}{'kalimat':>8}{'rata-rata':>11}{'maks':>6}{'target':>8}  status"]
    met = True
    for name, found in measured.items():
        lengths = [s.length for s in found] or [0]
        average = sum(lengths) / len(lengths)
        ok = average < TARGETS[name]
        met = met and ok
        status = "tercapai" if ok else "belum"
        lines.append(
            f"{name:<14}{len(found):>8}{average:>11.1f}{max(lengths):>6}"
            f"{'< ' + str(int(TARGETS[name])):>8}  {status}"
        )
    if long is not None:
        lines.append("")
        lines.append(f"Kalimat dengan {long} kata atau lebih:")
        lines += _long_sentences((s for found in measured.values() for s in found), long)
    return "\n".join(lines), met


def _long_sentences(found: Iterable[Sentence], limit: int) -> list[str]:
    where = lambda s: f"{s.source}:{s.line}" if s.line else s.source  # noqa: E731
    return [f"  {s.length:>3}  {where(s)}  {s.text}" for s in found if s.length >= limit]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="folder that holds book/")
    parser.add_argument("--long", type=int, metavar="N", help="list sentences of N+ words")
    parser.add_argument("--strict", action="store_true", help="exit 1 if a target is missed")
    args = parser.parse_args(argv)
    text, met = report(groups(args.root), args.long)
    print(text)
    return 1 if args.strict and not met else 0


if __name__ == "__main__":
    sys.exit(main())
