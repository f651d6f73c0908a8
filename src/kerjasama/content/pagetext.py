"""The prose lines of a MyST page: what a reader reads, with its line number.

Style rules and the readability tool look only at prose. Left out: the front matter,
code cells and other code fences (their content is Python or a sample file), the
option lines of directives (``:class: note``), comments and HTML. The content of prose
directives (admonition, dropdown, card) is kept, and so is a directive's title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

#: Directives whose body is prose; any other fenced block is skipped as code or data.
PROSE_DIRECTIVES = frozenset(
    {"admonition", "dropdown", "note", "tip", "warning", "important", "attention", "caution",
     "hint", "seealso", "card", "grid-item-card", "grid", "epigraph", "figure", "sidebar",
     "topic", "margin", "tab-item", "tab-set"}
)  # fmt: skip
#: Prose directives whose argument is a title the reader sees (a grid's is its layout).
TITLED_DIRECTIVES = PROSE_DIRECTIVES - {"grid", "tab-set"}
_FENCE = re.compile(r"^\s*(`{3,}|~{3,}|:{3,})\s*(\{([\w-]+)\})?\s*(.*)$")
_OPTION = re.compile(r"^\s*:[\w-]+:(\s|$)")
_COMMENT = re.compile(r"^\s*(%|<!--)")
_TABLE_RULE = re.compile(r"^\s*\|?[\s:|-]+\|[\s:|-]*$")


@dataclass(frozen=True)
class ProseLine:
    """One line a reader sees: ``kind`` is "text", "table" (a row) or "title" (a directive's)."""

    number: int
    text: str
    kind: str = "text"


def prose_lines(page: str) -> Iterator[ProseLine]:
    """Every prose line of a MyST Markdown page, 1-based line numbers."""
    lines = page.splitlines()
    start = _after_front_matter(lines)
    closing: list[str] = []  # open fences, innermost last; a skipped fence has "!" first
    after_open = False
    for index in range(start, len(lines)):
        line = lines[index]
        fence = _FENCE.match(line)
        if closing and closing[-1].startswith("!"):
            if fence and _closes(fence, closing[-1][1:]):
                closing.pop()
            continue
        if fence and closing and _closes(fence, closing[-1]) and not fence.group(2):
            closing.pop()
            after_open = False
            continue
        if fence:
            name = fence.group(3)
            if name in PROSE_DIRECTIVES:
                closing.append(fence.group(1))
                after_open = True
                if fence.group(4) and name in TITLED_DIRECTIVES:
                    yield ProseLine(index + 1, fence.group(4), kind="title")
            else:
                closing.append("!" + fence.group(1))
            continue
        if after_open and _OPTION.match(line):
            continue
        after_open = False
        if not line.strip() or _COMMENT.match(line) or _TABLE_RULE.match(line):
            continue
        if line.lstrip().startswith("<") or line.strip().startswith("+++"):
            continue
        yield ProseLine(index + 1, line, "table" if line.lstrip().startswith("|") else "text")


def _after_front_matter(lines: list[str]) -> int:
    if lines and lines[0].strip() == "---":
        for index in range(1, len(lines)):
            if lines[index].strip() == "---":
                return index + 1
    return 0


def _closes(fence: re.Match[str], opener: str) -> bool:
    mark = fence.group(1)
    return mark[0] == opener[0] and len(mark) >= len(opener) and not fence.group(4)
