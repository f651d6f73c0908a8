"""Read the bibliography's keys so content can be checked against it."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pybtex.database import BibliographyData, Entry, parse_file
from pybtex.scanner import PybtexSyntaxError

from kerjasama.errors import ContentError, ContentProblem

#: The Indonesian words of an author–year citation, shared by the book's citations
#: (``kerjasama.sphinxext.citations``), the self-checks' "Sumber:" lines and the LKPD keys.
AND = " dan "
LAST_AND = ", dan "
OTHERS = " dkk."
NO_YEAR = "t.t."
#: Entry types the book's bibliography style can write (``kerjasama.sphinxext.citations``).
SUPPORTED_ENTRY_TYPES = frozenset(
    {"book", "article", "incollection", "inbook", "inproceedings", "misc", "online", "techreport"}
)
WHO_FIELDS = ("organization", "institution")


@lru_cache(maxsize=4)
def _parsed(path_text: str, mtime: float) -> BibliographyData:
    return parse_file(path_text, bib_format="bibtex")


def parse_bibliography(path: Path) -> BibliographyData:
    """The parsed ``references.bib``, read again only when the file changes.

    Every question with a source asks for its label, so parsing per call would read the
    file dozens of times per chapter.
    """
    return _parsed(str(path), path.stat().st_mtime)


def _entry_line(path: Path, key: str) -> int | None:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.lstrip().startswith("@") and f"{{{key}," in line.replace(" ", ""):
            return number
    return None


def entry_problems(path: Path, data: BibliographyData) -> list[ContentProblem]:
    """Entries the bibliography style cannot write: an unknown type, no year, no title, no
    author."""
    problems = []
    for key, entry in data.entries.items():
        place = f"entri '{key}'"
        line = _entry_line(path, key)
        if entry.type not in SUPPORTED_ENTRY_TYPES:
            kinds = ", ".join(f"@{kind}" for kind in sorted(SUPPORTED_ENTRY_TYPES))
            problems.append(
                ContentProblem(
                    path,
                    place,
                    f"jenis entri '@{entry.type}' belum dikenal gaya daftar pustaka buku.",
                    f"pakai salah satu dari: {kinds}.",
                    line=line,
                )
            )
        if "year" not in entry.fields:
            problems.append(
                ContentProblem(
                    path,
                    place,
                    "entri ini tidak punya tahun terbit.",
                    f"tambahkan year = {{…}}; bila sumbernya memang tanpa tahun, tulis "
                    f"year = {{{NO_YEAR}}}.",
                    line=line,
                )
            )
        if "title" not in entry.fields:
            problems.append(
                ContentProblem(
                    path, place, "entri ini tidak punya judul.", "tambahkan title = {…}.", line=line
                )
            )
        has_person = entry.persons.get("author") or entry.persons.get("editor")
        if not has_person and not any(name in entry.fields for name in WHO_FIELDS):
            problems.append(
                ContentProblem(
                    path,
                    place,
                    "entri ini tidak menyebut penulis.",
                    "tambahkan author = {…}, editor = {…}, atau organization = {…}.",
                    line=line,
                )
            )
    return problems


def bibliography_keys(path: Path) -> set[str]:
    """Keys of ``references.bib``; a malformed file or an entry the style cannot write
    becomes an Indonesian ContentError."""
    try:
        data = parse_bibliography(path)
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
    problems = entry_problems(path, data)
    if problems:
        raise ContentError(problems)
    return set(data.entries)


def citation_names(entry: Entry) -> str:
    """ "Soekanto dan Sulistyowati", "Conerly dkk.", or the organisation: who an
    author–year citation names."""
    people = entry.persons.get("author") or entry.persons.get("editor") or []
    names = [" ".join(p.last_names) or " ".join(p.first_names) for p in people]
    if not names:
        names = [next((entry.fields[f] for f in WHO_FIELDS if f in entry.fields), entry.key)]
    if len(names) == 1:
        who = names[0]
    elif len(names) == 2:
        who = f"{names[0]}{AND}{names[1]}"
    else:
        who = f"{names[0]}{OTHERS}"
    return who.replace("{", "").replace("}", "")


def citation_year(entry: Entry) -> str:
    return str(entry.fields.get("year", NO_YEAR))


def short_citation(path: Path, key: str) -> str:
    """``Soekanto dan Sulistyowati (2013)``: the author–year label a reader sees beside a source."""
    entry = parse_bibliography(path).entries[key]
    return f"{citation_names(entry)} ({citation_year(entry)})"


def citation_label(entry: Entry) -> str:
    """ "Soekanto dan Sulistyowati, 2013": one source as the book's citations print it."""
    return f"{citation_names(entry)}, {citation_year(entry)}"


def parenthetical_citation(path: Path, keys: list[str]) -> str:
    """ "(Soekanto dan Sulistyowati, 2013; Thompson dan McEwen, 1958)": what ``{cite}`` prints
    in the book, and so the text of the ``{sumber}`` role that replaces it."""
    entries = parse_bibliography(path).entries
    return "(" + "; ".join(citation_label(entries[key]) for key in keys) + ")"


def keys_by_label(path: Path) -> dict[str, list[str]]:
    """Each printed label and the keys that print it (two keys for one label are ambiguous)."""
    table: dict[str, list[str]] = {}
    for key, entry in parse_bibliography(path).entries.items():
        table.setdefault(citation_label(entry), []).append(key)
    return table
