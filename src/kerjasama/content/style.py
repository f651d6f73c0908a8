"""Language rules a machine can check: foreign terms must be in italics.

EYD V prints foreign words in italics. A teacher writes ``*bargaining*``; a bare
``bargaining`` in a question, feedback, scenario or definition, or in the prose of a
page, is reported with its line. In YAML only fields shown as Markdown are checked
(names, titles and ids are labels shown as written); in a page, code cells, front matter
and directive options are skipped (see ``pagetext``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt

from kerjasama.content.pagetext import prose_lines
from kerjasama.content.schema import describe_place
from kerjasama.content.yamlsource import line_of, line_of_words, load_yaml
from kerjasama.errors import ContentProblem

#: Foreign terms the book uses that have no settled Indonesian spelling.
FOREIGN_TERMS = (
    "bargaining",
    "joint venture",
    "influencer",
    "stalemate",
    "in-group",
    "out-group",
    "Gemeinschaft",
    "Gesellschaft",
    "directed cooperation",
    "spontaneous cooperation",
    "contractual cooperation",
    "traditional cooperation",
    "co-optation",
    "cooperation",
)
#: YAML keys whose values are rendered as Markdown prose.
PROSE_KEYS = frozenset(
    {"prompt", "hint", "text", "feedback", "if_true", "if_false", "definition",
     "why_form", "why_kind", "why"}
)  # fmt: skip
_TERM = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(t) for t in FOREIGN_TERMS) + r")(?![\w-])", re.I
)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def unitalicised_terms(text: str) -> list[str]:
    """Foreign terms in ``text`` that are not inside ``*…*`` or ``_…_``."""
    found: list[str] = []
    for block in _parser().parse(text):
        depth = 0
        for token in block.children or []:
            if token.type == "em_open":
                depth += 1
            elif token.type == "em_close":
                depth -= 1
            elif token.type == "text" and depth == 0:
                found += [m.group(1) for m in _TERM.finditer(token.content)]
    return found


def _prose(node: Any, location: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, str) and key in PROSE_KEYS:
                yield (*location, key), value
            else:
                yield from _prose(value, (*location, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _prose(value, (*location, index))


def italic_problems(path: Path) -> list[ContentProblem]:
    """Every bare foreign term in one YAML content file, with its line."""
    data = load_yaml(path)
    problems = []
    for location, text in _prose(data):
        for term in dict.fromkeys(unitalicised_terms(text)):
            problems.append(
                ContentProblem(
                    path,
                    describe_place(data, location),
                    f"istilah asing '{term}' belum dicetak miring.",
                    f"tulis *{term}* (apit dengan tanda bintang), sesuai EYD.",
                    line=line_of_words(path, line_of(data, location), term),
                )
            )
    return problems


def page_italic_problems(path: Path) -> list[ContentProblem]:
    """Every bare foreign term in the prose of one Markdown page, with its line."""
    problems = []
    for line in prose_lines(path.read_text(encoding="utf-8")):
        for term in dict.fromkeys(unitalicised_terms(line.text.strip())):
            problems.append(
                ContentProblem(
                    path,
                    "",
                    f"istilah asing '{term}' belum dicetak miring.",
                    f"tulis *{term}* (apit dengan tanda bintang), sesuai EYD.",
                    line=line.number,
                )
            )
    return problems
