"""Teacher tools: chapter scaffolding, whole-book checks, worksheets, offline copy."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kerjasama.content.checks import check_content
from kerjasama.errors import ContentError
from kerjasama.selfchecks.widget import plain_text
from kerjasama.teacher.lkpd import key_html, worksheet_chapters, worksheet_html
from kerjasama.teacher.scaffold import scaffold_chapter

from .conftest import ROOT, replace_in


@pytest.fixture()
def book_copy(tmp_path: Path) -> Path:
    """The content of the book (chapters, data, bib, toc) in a writable folder."""
    root = tmp_path / "repo"
    shutil.copytree(ROOT / "book", root / "book", ignore=shutil.ignore_patterns("_static"))
    shutil.copy(ROOT / "_toc.yml", root / "_toc.yml")
    return root


def snapshot(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def problems_text(root: Path) -> str:
    return "\n".join(p.format(root) for p in check_content(root / "book" / "data"))


def test_scaffolded_chapter_is_complete_and_registered(book_copy: Path) -> None:
    made = scaffold_chapter(book_copy, "akomodasi", "Akomodasi")
    assert made.chapter == book_copy / "book" / "09-akomodasi.md"
    assert made.bank.read_text(encoding="utf-8").startswith('# Bank soal bab "Akomodasi"')
    toc = (book_copy / "_toc.yml").read_text(encoding="utf-8")
    materi = toc.split("caption: Materi")[1].split("- caption:")[0]
    assert materi.rstrip().endswith("- file: book/09-akomodasi")
    assert "# Daftar isi buku." in toc, "komentar di _toc.yml harus tetap ada"
    assert problems_text(book_copy) == ""


def test_chapter_command_prints_next_steps(book_copy: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kerjasama", "chapter", "asimilasi", "Asimilasi", "--root",
         str(book_copy)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Bab baru dibuat: book/09-asimilasi.md" in result.stdout
    assert "Langkah berikutnya:" in result.stdout


@pytest.mark.parametrize(
    ("slug", "title", "message"),
    [
        ("Akomodasi Baru", "Akomodasi", "slug hanya boleh berisi huruf kecil"),
        ("akomodasi_", "Akomodasi", "slug hanya boleh berisi huruf kecil"),
        ("akomodasi", "   ", "judul bab masih kosong"),
        ("interaksi-sosial", "Lagi", "bab atau bank soal dengan slug 'interaksi-sosial' sudah ada"),
        ("peta-konsep", "Peta", "sudah ada (book/07-peta-konsep.md)"),
    ],
)
def test_bad_chapter_input_changes_nothing(
    book_copy: Path, slug: str, title: str, message: str
) -> None:
    before = snapshot(book_copy)
    with pytest.raises(ContentError) as caught:
        scaffold_chapter(book_copy, slug, title)
    assert message in caught.value.format(book_copy)
    assert "Perbaikan:" in caught.value.format(book_copy)
    assert snapshot(book_copy) == before


def test_chapter_whose_question_ids_are_taken_changes_nothing(book_copy: Path) -> None:
    replace_in(
        book_copy / "book" / "data" / "soal" / "peta-konsep.yml",
        "id: peta-dua-penggolongan",
        "id: asimilasi-pilihan",
    )
    before = snapshot(book_copy)
    with pytest.raises(ContentError, match="id soal bab baru sudah dipakai: asimilasi-pilihan"):
        scaffold_chapter(book_copy, "asimilasi", "Asimilasi")
    assert snapshot(book_copy) == before


def test_toc_without_materi_part_changes_nothing(book_copy: Path) -> None:
    replace_in(book_copy / "_toc.yml", "caption: Materi", "caption: Bab")
    before = snapshot(book_copy)
    with pytest.raises(ContentError, match="bagian 'Materi' tidak ditemukan"):
        scaffold_chapter(book_copy, "asimilasi", "Asimilasi")
    assert snapshot(book_copy) == before


def test_check_reports_toc_entry_without_a_page(book_copy: Path) -> None:
    replace_in(book_copy / "_toc.yml", "book/06-tujuan-manfaat", "book/06-tujuan")
    text = problems_text(book_copy)
    assert re.search(r"_toc\.yml, baris \d+ \(file: book/06-tujuan\)", text)
    assert "halaman 'book/06-tujuan.md' tidak ada" in text


def test_check_reports_a_missing_chapter_element(book_copy: Path) -> None:
    chapter = book_copy / "book" / "04-jenis-kerja-sama.md"
    text = chapter.read_text(encoding="utf-8")
    chapter.write_text(text.split("## Refleksi")[0], encoding="utf-8")
    report = problems_text(book_copy)
    assert "book/04-jenis-kerja-sama.md (bagian '## Refleksi'): bab ini belum punya" in report
    assert "Perbaikan: tambahkan bagian '## Refleksi'" in report


def test_check_reports_unknown_terms_and_citations(book_copy: Path) -> None:
    chapter = book_copy / "book" / "02-pengertian-kerja-sama.md"
    text = chapter.read_text(encoding="utf-8")
    chapter.write_text(
        text + "\nLihat {term}`Kerjasama` dan {cite}`soekanto2099`.\n", encoding="utf-8"
    )
    report = problems_text(book_copy)
    assert "istilah 'Kerjasama' tidak ada di glosarium" in report
    assert "rujukan 'soekanto2099' tidak ada di book/references.bib" in report


def test_check_reports_too_few_selfchecks(book_copy: Path) -> None:
    chapter = book_copy / "book" / "07-peta-konsep.md"
    text = chapter.read_text(encoding="utf-8")
    for ident in ("peta-bagian-kerukunan", "peta-kelompok-sekunder"):
        text = text.replace(f'selfcheck("{ident}")', "None")
    chapter.write_text(text, encoding="utf-8")
    assert "bab ini baru punya 2 soal latihan; perlu paling sedikit 4" in problems_text(book_copy)


def test_worksheet_has_questions_but_no_answers_and_key_has_them() -> None:
    chapters = worksheet_chapters(ROOT)
    assert [c.number for c in chapters] == ["01", "02", "03", "04", "05", "06", "07", "08"]
    for chapter in chapters:
        sheet, key = plain_text(worksheet_html(chapter)), plain_text(key_html(chapter))
        for question in chapter.questions:
            assert plain_text(question.prompt) in sheet
            for feedback in question.feedback:
                assert plain_text(feedback) not in sheet
                if question.type == "classify":
                    assert plain_text(feedback) in key
        assert "Aktivitas" in sheet and "Nama" in sheet
