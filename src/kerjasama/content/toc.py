"""Read and extend ``_toc.yml``, the book's table of contents.

Teachers edit it by hand, so every entry is checked: a ``file`` must point to a page under
``book/`` and appear once. New chapters are appended to the "Materi" part, keeping the
file's comments (ruamel.yaml round-trip).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from kerjasama.content.yamlsource import line_of, load_yaml
from kerjasama.errors import ContentProblem

TOC_FILE = "_toc.yml"
CHAPTER_PART = "Materi"
#: The student's notebooks after the chapters: Uji Kompetensi, practice, progress.
EVALUATION_PART = "Evaluasi"


@dataclass(frozen=True)
class TocEntry:
    """One page in the table of contents."""

    file: str
    part: str | None
    line: int | None

    def path(self, root: Path) -> Path:
        return root / f"{self.file}.md"


def toc_entries(root: Path) -> tuple[list[TocEntry], Any]:
    """Every page listed in ``_toc.yml`` (root first), and the raw YAML."""
    raw = load_yaml(root / TOC_FILE)
    entries: list[TocEntry] = []
    if not isinstance(raw, dict):
        return entries, raw
    if raw.get("root"):
        entries.append(TocEntry(str(raw["root"]), None, line_of(raw, ("root",))))
    for part_index, part in enumerate(raw.get("parts") or []):
        caption = part.get("caption") if isinstance(part, dict) else None
        chapters = part.get("chapters") or [] if isinstance(part, dict) else []
        for index, chapter in enumerate(chapters):
            if isinstance(chapter, dict) and chapter.get("file"):
                where = ("parts", part_index, "chapters", index, "file")
                entries.append(TocEntry(str(chapter["file"]), caption, line_of(raw, where)))
    return entries, raw


def chapter_files(root: Path, parts: tuple[str, ...] = (CHAPTER_PART,)) -> list[Path]:
    """The existing pages of ``parts`` (by default the teaching chapters), in reading order."""
    entries, _raw = toc_entries(root)
    return [e.path(root) for e in entries if e.part in parts and e.path(root).exists()]


def toc_problems(root: Path) -> list[ContentProblem]:
    """Entries that point to missing pages, or appear twice, or a file with no parts."""
    path = root / TOC_FILE
    entries, raw = toc_entries(root)
    problems = []
    if not isinstance(raw, dict) or not raw.get("root") or not raw.get("parts"):
        problems.append(
            ContentProblem(
                path,
                "",
                "daftar isi harus punya 'root' dan 'parts'.",
                "salin susunan _toc.yml dari repositori asli, lalu tambahkan bab di 'parts'.",
            )
        )
    seen: set[str] = set()
    for entry in entries:
        if not entry.path(root).exists():
            problems.append(
                ContentProblem(
                    path,
                    f"file: {entry.file}",
                    f"halaman '{entry.file}.md' tidak ada.",
                    "perbaiki nama berkas (tanpa akhiran .md), atau buat babnya dengan "
                    "'make chapter'.",
                    line=entry.line,
                )
            )
        if entry.file in seen:
            problems.append(
                ContentProblem(
                    path,
                    f"file: {entry.file}",
                    "halaman ini tercantum dua kali.",
                    "hapus salah satu baris.",
                    line=entry.line,
                )
            )
        seen.add(entry.file)
    return problems


def add_chapter(root: Path, file: str, part: str = CHAPTER_PART) -> str:
    """``_toc.yml`` text with ``file`` appended to ``part`` (the file itself is not written)."""
    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    path = root / TOC_FILE
    data = yaml.load(path.read_text(encoding="utf-8"))
    for section in data["parts"]:
        if section.get("caption") == part:
            section["chapters"].append({"file": file})
            break
    else:
        raise ValueError(f"bagian '{part}' tidak ada di {TOC_FILE}")
    from io import StringIO

    buffer = StringIO()
    yaml.dump(data, buffer)
    return buffer.getvalue()
