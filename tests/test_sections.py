"""A concept is linked to the section that teaches it, whatever markup its heading carries."""

from __future__ import annotations

from pathlib import Path

from kerjasama.content.sections import concept_sections

TOC = """format: jb-book
root: book/index
parts:
  - caption: Materi
    chapters:
      - file: book/01-bab
"""
CHAPTER = """# Bab

## Pengantar

Teks pengantar.

## *Joint venture* (usaha patungan)

Penjelasan tentang usaha patungan.
"""


def test_italic_heading_still_names_its_concept(tmp_path: Path) -> None:
    """EYD puts foreign terms in italics, in headings too; the link must not break."""
    (tmp_path / "book").mkdir()
    (tmp_path / "_toc.yml").write_text(TOC, encoding="utf-8")
    (tmp_path / "book" / "index.md").write_text("# Buku\n", encoding="utf-8")
    (tmp_path / "book" / "01-bab.md").write_text(CHAPTER, encoding="utf-8")
    found = concept_sections(tmp_path, {"joint-venture": "Joint venture (usaha patungan)"})
    section = found["joint-venture"]
    assert (section.page, section.anchor) == ("01-bab", "joint-venture-usaha-patungan")
    assert section.title == "Joint venture (usaha patungan)"
