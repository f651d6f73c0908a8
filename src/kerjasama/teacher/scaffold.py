"""Scaffold a new chapter: the page, its question bank, and its place in ``_toc.yml``.

The template already holds every element of a chapter, so a fresh chapter passes
``make check`` and builds; the teacher then replaces the guidance text. Every input is
checked before anything is written, so a mistake leaves the repository as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from string import Template

from kerjasama.content.concepts import SLUG_PATTERN
from kerjasama.content.library import BANK_FOLDER, Library
from kerjasama.content.toc import CHAPTER_PART, TOC_FILE, add_chapter
from kerjasama.errors import ContentError, ContentProblem
from kerjasama.paths import data_dir

SLUG = re.compile(SLUG_PATTERN)
NUMBERED = re.compile(r"^(\d\d)-(.+)\.md$")


@dataclass(frozen=True)
class Scaffolded:
    chapter: Path
    bank: Path
    toc: Path


def _template(name: str) -> Template:
    template = files("kerjasama.teacher").joinpath("templates", name)
    return Template(template.read_text(encoding="utf-8"))


def _problem(root: Path, place: str, message: str, fix: str) -> ContentError:
    return ContentError([ContentProblem(root / TOC_FILE, place, message, fix)])


def _bank_text(slug: str, title: str) -> str:
    return _template("bank.yml").substitute({"title": title.strip(), "slug": slug})


def _check_inputs(root: Path, slug: str, title: str) -> None:
    book = root / "book"
    if not SLUG.match(slug):
        raise _problem(
            root,
            f"SLUG={slug!r}",
            "slug hanya boleh berisi huruf kecil, angka, dan tanda hubung.",
            "contoh yang benar: SLUG=akomodasi atau SLUG=kerja-sama-digital.",
        )
    if not title.strip():
        raise _problem(
            root,
            "TITLE",
            "judul bab masih kosong.",
            'beri judul dalam tanda kutip, misalnya TITLE="Akomodasi".',
        )
    taken = [p for p in book.glob("*.md") if (m := NUMBERED.match(p.name)) and m[2] == slug]
    bank = data_dir(root) / BANK_FOLDER / f"{slug}.yml"
    if taken or bank.exists():
        existing = (taken[0] if taken else bank).relative_to(root)
        raise _problem(
            root,
            f"SLUG={slug}",
            f"bab atau bank soal dengan slug '{slug}' sudah ada ({existing}).",
            "pilih slug lain, atau sunting bab yang sudah ada.",
        )
    library = Library.load(data_dir(root))
    if library.problems:
        raise ContentError(library.problems)
    new_ids = re.findall(r"^  - id: (\S+)$", _bank_text(slug, title), re.M)
    clash = sorted((set(new_ids) | {slug}) & library.ids())
    if clash:
        raise _problem(
            root,
            f"SLUG={slug}",
            f"id soal bab baru sudah dipakai: {', '.join(clash)}.",
            "pilih slug lain agar id soal contoh bab baru tidak bentrok.",
        )


def scaffold_chapter(root: Path, slug: str, title: str) -> Scaffolded:
    """Write the chapter, its bank and the new ``_toc.yml``; all or nothing."""
    _check_inputs(root, slug, title)
    book = root / "book"
    numbers = [int(m[1]) for p in book.glob("*.md") if (m := NUMBERED.match(p.name))]
    stem = f"{max(numbers, default=0) + 1:02d}-{slug}"
    chapter = book / f"{stem}.md"
    bank = data_dir(root) / BANK_FOLDER / f"{slug}.yml"
    toc = root / TOC_FILE
    values = {"title": title.strip(), "slug": slug}
    try:
        toc_text = add_chapter(root, f"book/{stem}")
    except ValueError as exc:
        raise _problem(
            root,
            f"parts › caption: {CHAPTER_PART}",
            f"bagian '{CHAPTER_PART}' tidak ditemukan di daftar isi ({exc}).",
            f"kembalikan bagian dengan 'caption: {CHAPTER_PART}' di _toc.yml.",
        ) from exc
    written: list[Path] = []
    old_toc = toc.read_text(encoding="utf-8")
    try:
        for path, text in (
            (chapter, _template("chapter.md").substitute(values)),
            (bank, _bank_text(slug, title)),
        ):
            path.write_text(text, encoding="utf-8")
            written.append(path)
        toc.write_text(toc_text, encoding="utf-8")
    except OSError:
        for path in written:
            path.unlink(missing_ok=True)
        toc.write_text(old_toc, encoding="utf-8")
        raise
    return Scaffolded(chapter, bank, toc)
