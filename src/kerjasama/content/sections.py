"""Where the book teaches each concept: the chapter section a reader is sent to.

Found, not written down: the first teaching chapter with a heading that names the
concept, else the section around the first place its name is set apart (in bold, as a
glossary term, or heading a table row). A concept a
teacher adds is linked as soon as a chapter explains it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from kerjasama.content.toc import chapter_files

HEADING = re.compile(r"^(#{1,4})\s+(.+?)\s*$", re.M)
INLINE_MARKUP = re.compile(r"[*_`]|\{[a-z:]+\}")
#: Sections that only list or recall what the chapter taught.
CLOSING_SECTIONS = {"Kata Kunci", "Rangkuman", "Refleksi"}


@dataclass(frozen=True)
class Section:
    """A place in the built book: the page (``05-bentuk-kerja-sama``) and its anchor."""

    page: str
    anchor: str
    title: str

    @property
    def href(self) -> str:
        """Relative to a chapter page: every chapter lives in ``book/``."""
        return f"{self.page}.html" + (f"#{self.anchor}" if self.anchor else "")


def section_id(title: str) -> str:
    """The id docutils gives a section with this title (``docutils.nodes.make_id``)."""
    text = unicodedata.normalize("NFKD", INLINE_MARKUP.sub("", title).lower())
    text = text.encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "-", " ".join(text.split()))
    return re.sub(r"^[-0-9]+|-+$", "", text)


def _mentions(text: str, name: str) -> re.Match[str] | None:
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.I)


def _marks(text: str, name: str) -> list[re.Match[str]]:
    """Where a chapter sets the name apart: in bold, as a glossary term, or as the first
    cell of a table row."""
    escaped = re.escape(name)
    pattern = (
        rf"\*\*{escaped}\*\*|\{{term\}}`(?:[^`<]*<)?{escaped}>?`"
        rf"|^\| *(?:\*{{1,2}})?{escaped}(?:\*{{1,2}})? *\|"
    )
    return list(re.finditer(pattern, text, re.I | re.M))


def _section_at(page: str, headings: list[re.Match[str]], position: int) -> Section:
    above = [h for h in headings if h.start() <= position and len(h.group(1)) > 1]
    if not above:
        return Section(page, "", "")
    title = INLINE_MARKUP.sub("", above[-1].group(2))
    return Section(page, section_id(above[-1].group(2)), title)


def concept_sections(root: Path, names: dict[str, str]) -> dict[str, Section]:
    """For each concept id (with its name), the section that explains it, if any."""
    chapters = [(path.stem, path.read_text(encoding="utf-8")) for path in chapter_files(root)]
    found: dict[str, Section] = {}
    for concept, name in names.items():
        for page, text in chapters:
            headings = list(HEADING.finditer(text))
            named = [
                h
                for h in headings
                if len(h.group(1)) > 1 and _mentions(INLINE_MARKUP.sub("", h.group(2)), name)
            ]
            if named:
                found[concept] = _section_at(page, headings, named[0].start())
                break
        else:
            for page, text in chapters:
                headings = list(HEADING.finditer(text))
                sections = [_section_at(page, headings, m.start()) for m in _marks(text, name)]
                teaching = [s for s in sections if s.title not in CLOSING_SECTIONS]
                if teaching:
                    found[concept] = teaching[0]
                    break
    return found
