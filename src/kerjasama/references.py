"""Read the bibliography's keys so content can be checked against it."""

from __future__ import annotations

from pathlib import Path

from pybtex.database import parse_file
from pybtex.scanner import PybtexSyntaxError

from .errors import ContentError, ContentProblem


def bibliography_keys(path: Path) -> set[str]:
    """Keys of ``references.bib``; a malformed file becomes an Indonesian ContentError."""
    try:
        return set(parse_file(str(path), bib_format="bibtex").entries)
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
