"""Teacher tools: chapter scaffolding, whole-book checks, worksheets, offline copy."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kerjasama.content.checks import check_content
from kerjasama.content.toc import chapter_files
from kerjasama.errors import ContentError
from kerjasama.selfchecks.prepare import SELFCHECK_PARTS
from kerjasama.selfchecks.widget import plain_text
from kerjasama.teacher.lkpd import Chapter, key_html, worksheet_chapters, worksheet_html
from kerjasama.teacher.scaffold import scaffold_chapter

from .conftest import MINI_BOOK, ROOT, edit


@pytest.fixture()
def book_copy(tmp_path: Path) -> Path:
    """The content of the real book (chapters, data, bib, toc) in a writable folder."""
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


def next_number(root: Path) -> str:
    """The number ``make chapter`` gives the next chapter: one above every numbered page."""
    numbers = [int(p.name[:2]) for p in (root / "book").glob("[0-9][0-9]-*.md")]
    return f"{max(numbers) + 1:02d}"


# -- scaffolding, on the fixture book (pages 00–03, so the next chapter is 04) -----------------


def test_scaffolded_chapter_is_complete_and_registered(mini_book: Path) -> None:
    made = scaffold_chapter(mini_book, "akomodasi", "Akomodasi")
    assert made.chapter == mini_book / "book" / "04-akomodasi.md"
    assert made.bank.read_text(encoding="utf-8").startswith('# Bank soal bab "Akomodasi"')
    toc = (mini_book / "_toc.yml").read_text(encoding="utf-8")
    materi = toc.split("caption: Materi")[1].split("- caption:")[0]
    assert materi.rstrip().endswith("- file: book/04-akomodasi")
    assert "# Daftar isi buku uji" in toc, "komentar di _toc.yml harus tetap ada"
    assert chapter_files(mini_book)[-1] == made.chapter
    assert problems_text(mini_book) == ""


def test_scaffolded_chapter_passes_the_check_in_the_real_book(book_copy: Path) -> None:
    """The template's citations, glossary terms and categories exist in the book itself."""
    expected = next_number(book_copy)
    made = scaffold_chapter(book_copy, "bab-uji", "Bab Uji")  # not a slug a teacher would pick
    assert made.chapter.name == f"{expected}-bab-uji.md"
    assert chapter_files(book_copy)[-1] == made.chapter
    assert problems_text(book_copy) == ""


def test_chapter_command_prints_next_steps(mini_book: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kerjasama", "chapter", "asimilasi", "Asimilasi", "--root",
         str(mini_book)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Bab baru dibuat: book/04-asimilasi.md" in result.stdout
    assert "Langkah berikutnya:" in result.stdout


@pytest.mark.parametrize(
    ("slug", "title", "message"),
    [
        ("Akomodasi Baru", "Akomodasi", "slug hanya boleh berisi huruf kecil"),
        ("akomodasi_", "Akomodasi", "slug hanya boleh berisi huruf kecil"),
        ("akomodasi", "   ", "judul bab masih kosong"),
        ("interaksi-sosial", "Lagi", "bab atau bank soal dengan slug 'interaksi-sosial' sudah ada"),
        ("kerja-sama", "Kerja", "sudah ada (book/02-kerja-sama.md)"),
    ],
)
def test_bad_chapter_input_changes_nothing(
    mini_book: Path, slug: str, title: str, message: str
) -> None:
    before = snapshot(mini_book)
    with pytest.raises(ContentError) as caught:
        scaffold_chapter(mini_book, slug, title)
    assert message in caught.value.format(mini_book)
    assert "Perbaikan:" in caught.value.format(mini_book)
    assert snapshot(mini_book) == before


def test_chapter_whose_question_ids_are_taken_changes_nothing(mini_book: Path) -> None:
    edit(
        mini_book / "book" / "data" / "soal" / "uji-kompetensi.yml",
        "id: uji-persaingan",
        "id: asimilasi-pilihan",
    )
    before = snapshot(mini_book)
    with pytest.raises(ContentError, match="id soal bab baru sudah dipakai: asimilasi-pilihan"):
        scaffold_chapter(mini_book, "asimilasi", "Asimilasi")
    assert snapshot(mini_book) == before


def test_toc_without_materi_part_changes_nothing(mini_book: Path) -> None:
    edit(mini_book / "_toc.yml", "caption: Materi", "caption: Bab")
    before = snapshot(mini_book)
    with pytest.raises(ContentError, match="bagian 'Materi' tidak ditemukan"):
        scaffold_chapter(mini_book, "asimilasi", "Asimilasi")
    assert snapshot(mini_book) == before


# -- whole-book checks, on the fixture book ---------------------------------------------------


def test_check_reports_toc_entry_without_a_page(mini_book: Path) -> None:
    edit(mini_book / "_toc.yml", "book/02-kerja-sama", "book/02-kerja")
    text = problems_text(mini_book)
    assert "_toc.yml, baris 8 (file: book/02-kerja)" in text
    assert "halaman 'book/02-kerja.md' tidak ada" in text


def test_check_reports_a_missing_chapter_element(mini_book: Path) -> None:
    chapter = mini_book / "book" / "01-interaksi-sosial.md"
    text = chapter.read_text(encoding="utf-8")
    chapter.write_text(text.split("## Refleksi")[0], encoding="utf-8")
    report = problems_text(mini_book)
    assert "book/01-interaksi-sosial.md (bagian '## Refleksi'): bab ini belum punya" in report
    assert "Perbaikan: tambahkan bagian '## Refleksi'" in report


def test_check_reports_unknown_terms_and_citations(mini_book: Path) -> None:
    chapter = mini_book / "book" / "02-kerja-sama.md"
    text = chapter.read_text(encoding="utf-8")
    chapter.write_text(
        text + "\nLihat {term}`Kerjasama` dan {cite}`soekanto2099`.\n", encoding="utf-8"
    )
    line = len(text.splitlines()) + 2
    report = problems_text(mini_book)
    assert f"book/02-kerja-sama.md, baris {line}" in report
    assert "istilah 'Kerjasama' tidak ada di glosarium" in report
    assert "rujukan 'soekanto2099' tidak ada di book/references.bib" in report


def test_check_reports_too_few_selfchecks(mini_book: Path) -> None:
    chapter = mini_book / "book" / "02-kerja-sama.md"
    text = chapter.read_text(encoding="utf-8")
    for ident in ("jenis-tanpa-rencana", "golongkan-jenis"):
        text = text.replace(f'selfcheck("{ident}")', "None")
    chapter.write_text(text, encoding="utf-8")
    assert "bab ini baru punya 2 soal latihan; perlu paling sedikit 4" in problems_text(mini_book)


# -- worksheets ---------------------------------------------------------------------------------


def assert_worksheets_hide_answers(chapters: list[Chapter]) -> None:
    for chapter in chapters:
        sheet, key = plain_text(worksheet_html(chapter)), plain_text(key_html(chapter))
        for question in chapter.questions:
            assert plain_text(question.prompt) in sheet
            for feedback in question.feedback:
                assert plain_text(feedback) not in sheet
                if question.type == "classify":
                    assert plain_text(feedback) in key
        assert "Aktivitas" in sheet and "Nama" in sheet


def test_worksheets_are_made_for_each_chapter_with_selfchecks() -> None:
    chapters = worksheet_chapters(MINI_BOOK)
    assert [c.stem for c in chapters] == [
        "01-interaksi-sosial",
        "02-kerja-sama",
        "03-uji-kompetensi",
    ]
    assert [len(c.questions) for c in chapters] == [4, 4, 2]
    assert_worksheets_hide_answers(chapters)


def test_every_chapter_of_the_book_has_a_worksheet_without_answers() -> None:
    """Each teaching chapter (the Materi part of _toc.yml) and each evaluation page with
    self-checks gets a worksheet, whatever chapters a teacher has added."""
    chapters = worksheet_chapters(ROOT)
    stems = [c.stem for c in chapters]
    assert {p.stem for p in chapter_files(ROOT)} <= set(stems)
    evaluation = chapter_files(ROOT, ("Evaluasi",))
    assert [p.stem for p in chapter_files(ROOT, SELFCHECK_PARTS)
            if p.stem in stems] == stems  # fmt: skip
    assert any(p.stem in stems for p in evaluation), "uji kompetensi juga punya LKPD"
    assert_worksheets_hide_answers(chapters)
