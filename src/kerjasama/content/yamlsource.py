"""Load YAML content files keeping line numbers, for error messages that point somewhere.

ruamel.yaml's round-trip loader records where each mapping and list item starts; the
helpers here turn a pydantic error location into the nearest line.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError

from kerjasama.errors import ContentError, ContentProblem


def load_yaml(path: Path) -> Any:
    """Read one YAML file; a syntax error becomes a ContentError with its line."""
    yaml = YAML(typ="rt")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ContentError(
            [
                ContentProblem(
                    file=path,
                    place="",
                    message="berkas tidak ditemukan.",
                    fix="periksa nama dan letak berkas, atau buat berkasnya.",
                )
            ]
        ) from exc
    try:
        return yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        reason = exc.problem or exc.context or "susunan YAML tidak dapat dibaca"
        raise ContentError(
            [
                ContentProblem(
                    file=path,
                    place="",
                    line=line,
                    message=f"kesalahan penulisan YAML (keterangan teknis: {reason}).",
                    fix=(
                        "periksa indentasi (pakai spasi, bukan tab), tanda titik dua "
                        "setelah setiap kunci, dan tanda kutip yang belum ditutup."
                    ),
                )
            ]
        ) from exc


def line_of(data: Any, location: Sequence[str | int]) -> int | None:
    """Best line number (1-based) for a path into loaded YAML, or None."""
    node = data
    best: int | None = _own_line(node)
    for key in location:
        child_line = _key_line(node, key)
        if child_line is not None:
            best = child_line
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            break
        own = _own_line(node)
        if own is not None:
            best = own
    return best


def line_of_words(path: Path, start: int | None, needle: str) -> int | None:
    """The first line from ``start`` on whose text holds ``needle`` (any case), else ``start``.

    ``line_of`` finds a key; a problem inside a long ``>`` text is easier to fix when the
    message names the line the word is on.
    """
    if start is None:
        return None
    lines = path.read_text(encoding="utf-8").splitlines()
    wanted = " ".join(needle.lower().split())
    for index in range(start - 1, len(lines)):
        if wanted in " ".join(lines[index].lower().split()):
            return index + 1
        if index > start - 1 and lines[index].strip() and ":" in lines[index].split()[0]:
            break  # the next key: the needle spans a line break
    return start


def _own_line(node: Any) -> int | None:
    lc = getattr(node, "lc", None)
    if lc is None or getattr(lc, "line", None) is None:
        return None
    return lc.line + 1


def _key_line(node: Any, key: str | int) -> int | None:
    lc = getattr(node, "lc", None)
    if lc is None:
        return None
    try:
        if isinstance(key, int):
            line, _col = lc.item(key)
        else:
            line, _col = lc.key(key)
    except (KeyError, IndexError, TypeError, AttributeError):
        return None
    return line + 1
