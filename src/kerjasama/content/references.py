"""Read the bibliography's keys so content can be checked against it."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pybtex.database import BibliographyData, parse_file
from pybtex.scanner import PybtexSyntaxError

from kerjasama.errors import ContentError, ContentProblem


@lru_cache(maxsize=4)
def _parsed(path_text: str, mtime: float) -> BibliographyData:
    return parse_file(path_text, bib_format="bibtex")


def parse_bibliography(path: Path) -> BibliographyData:
    """The parsed ``references.bib``, read again only when the file changes.

    Every question with a source asks for its label, so parsing per call would read the
    file dozens of times per chapter.
    """
    return _parsed(str(path), path.stat().st_mtime)


def bibliography_keys(path: Path) -> set[str]:
    """Keys of ``references.bib``; a malformed file becomes an Indonesian ContentError."""
    try:
        return set(parse_bibliography(path).entries)
    except FileNotFoundError as exc:
        raise ContentError(
            [
                ContentProblem(
                    path,
                    "",
                    "berkas daftar pustaka tidak ditemukan.",
                    "kembalikan berkas book/references.bib.",
                )
            ]
        ) from exc
    except PybtexSyntaxError as exc:
        raise ContentError(
            [
                ContentProblem(
                    path,
                    "",
                    f"penulisan BibTeX salah ({exc}).",
                    "periksa kurung kurawal dan koma pada entri itu.",
                    line=getattr(exc, "lineno", None),
                )
            ]
        ) from exc


def short_citation(path: Path, key: str) -> str:
    """``Soekanto dan Sulistyowati (2013)``: the author–year label a reader sees beside a source."""
    entry = parse_bibliography(path).entries[key]
    people = entry.persons.get("author") or entry.persons.get("editor") or []
    names = [" ".join(p.last_names) or " ".join(p.first_names) for p in people]
    if not names:
        names = [entry.fields.get("organization") or entry.fields.get("institution") or key]
    if len(names) == 1:
        who = names[0]
    elif len(names) == 2:
        who = f"{names[0]} dan {names[1]}"
    else:
        who = f"{names[0]} dkk."
    who = who.replace("{", "").replace("}", "")
    return f"{who} ({entry.fields.get('year', 't.t.')})"
