"""Find a hyphenated word broken across two lines, which the reader sees as "tolong- menolong".

YAML joins the lines of a ``>`` (folded) block with a space, and Markdown shows a line
break inside a paragraph as a space too. So ``tolong-`` at the end of one line and
``menolong`` at the start of the next reach the page as two words. The check reads the
raw text, because the line break is gone once the YAML is loaded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

from kerjasama.content.pagetext import prose_lines
from kerjasama.errors import ContentProblem

#: The line that opens a block scalar: ``key: >-``, ``- >``, ``key: |``.
_BLOCK_START = re.compile(r"^(\s*)(?:-\s+)*(?:([^\s#:][^#:]*):\s+)?[>|][1-9+-]{0,2}\s*(?:#.*)?$")
_BROKEN = re.compile(r"([^\W\d_][\w-]*-)$")
_NEXT_WORD = re.compile(r"^([^\W\d_][\w-]*)")


def _problem(path: Path, line: int, place: str, head: str, tail: str) -> ContentProblem:
    return ContentProblem(
        path,
        place,
        f"kata '{head}' terpotong di akhir baris, sehingga tampil sebagai "
        f"'{head} {tail}' (baris disambung dengan spasi).",
        f"tulis '{head}{tail}' utuh di satu baris: pindahkan '{head}' ke awal baris berikutnya.",
        line=line,
    )


def _yaml_blocks(lines: list[str]) -> Iterator[tuple[str, list[tuple[int, str]]]]:
    """(key, [(line number, text)]) for each block scalar of a YAML file.

    A block holds the lines after its opening line that are blank or indented deeper
    than the key (or, for ``- >``, than the dash) that opened it.
    """
    index = 0
    while index < len(lines):
        opened = _BLOCK_START.match(lines[index])
        index += 1
        if not opened:
            continue
        opening = lines[index - 1]
        key_column = len(opening) - len(opening.lstrip(" -"))
        last_dash = opening.rstrip().rfind("-", 0, key_column) if key_column else -1
        parent = key_column if opened.group(2) else max(last_dash, 0)
        block: list[tuple[int, str]] = []
        while index < len(lines):
            line = lines[index]
            if line.strip() and len(line) - len(line.lstrip(" ")) <= parent:
                break
            block.append((index + 1, line))
            index += 1
        yield (opened.group(2) or "").strip(), block


def _broken(numbered: list[tuple[int, str]]) -> Iterator[tuple[int, str, str]]:
    for (number, line), (next_number, following) in pairwise(numbered):
        head = _BROKEN.search(line.rstrip())
        tail = _NEXT_WORD.match(following.strip())
        if next_number == number + 1 and head and tail and not head.group(1).startswith("-"):
            yield number, head.group(1), tail.group(1)


def yaml_hyphen_problems(path: Path) -> list[ContentProblem]:
    """Broken hyphenated words in the ``>`` and ``|`` texts of one YAML file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    problems = []
    for key, block in _yaml_blocks(lines):
        place = f"teks '{key}'" if key else ""
        for number, head, tail in _broken([(n, t) for n, t in block if t.strip()]):
            problems.append(_problem(path, number, place, head, tail))
    return problems


def page_hyphen_problems(path: Path) -> list[ContentProblem]:
    """Broken hyphenated words in the prose of one Markdown page."""
    numbered = [(p.number, p.text) for p in prose_lines(path.read_text(encoding="utf-8"))]
    return [_problem(path, n, "", head, tail) for n, head, tail in _broken(numbered)]
