"""Teacher tools end to end: a scaffolded chapter builds and works; PDFs and the zip are real."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest

from kerjasama.selfchecks.widget import plain_text
from kerjasama.teacher.lkpd import worksheet_chapters, write_worksheets
from kerjasama.teacher.offline import zip_book
from kerjasama.teacher.scaffold import scaffold_chapter

from .conftest import ROOT, build_book, copy_repository
from .test_offline import inside

pytestmark = pytest.mark.slow


def test_scaffolded_chapter_builds_and_its_selfcheck_works(tmp_path: Path, browser: Any) -> None:
    root = copy_repository(tmp_path / "repo")
    # Not "akomodasi": that is the slug the guide tells teachers to try, so it may exist.
    slug = "bab-uji"
    made = scaffold_chapter(root, slug, "Bab Uji Perancah")
    result = build_book(root)
    assert result.returncode == 0, result.stdout[-4000:]
    page_file = root / "_build" / "html" / "book" / f"{made.chapter.stem}.html"
    assert page_file.exists()
    page = browser.new_page()
    page.goto((root / "_build" / "html" / "book" / "00-pendahuluan.html").as_uri())
    navigation = page.locator("nav.bd-docs-nav a", has_text="Bab Uji Perancah")
    assert navigation.count() == 1
    navigation.click()
    check = page.locator(f'.selfcheck[data-selfcheck-id="{slug}-pilihan"]')
    check.locator("label", has_text="Kerja sama").click()
    check.locator("button", has_text="Periksa").click()
    assert check.get_attribute("data-state") == "correct"
    page.close()


def pdf_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                            text=True, check=True)  # fmt: skip
    return "".join(result.stdout.split()).replace("-", "")


def squeeze(fragment: str) -> str:
    """Compare text without spaces or hyphens: PDF line breaks (and dehyphenation) fall anywhere."""
    return "".join(plain_text(fragment).split()).replace("-", "")


def test_lkpd_writes_a_worksheet_and_a_key_per_chapter(tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext tidak ada: jalankan `make chromium` (memasang poppler-utils).")
    written = write_worksheets(ROOT, tmp_path)
    chapters = worksheet_chapters(ROOT)
    assert len(written) == 2 * len(chapters)
    for chapter in chapters:
        sheet = pdf_text(tmp_path / chapter.worksheet_pdf)
        key = pdf_text(tmp_path / chapter.answer_key_pdf)
        assert f"LKPDBab{int(chapter.number)}" in sheet
        for question in chapter.questions:
            assert squeeze(question.prompt)[:50] in sheet, question.prompt
            for feedback in question.feedback:
                assert squeeze(feedback)[:50] not in sheet, f"jawaban bocor di LKPD: {feedback}"
                if question.type == "classify":
                    assert squeeze(feedback)[:30] in key, feedback


def test_offline_zip_opens_from_disk_without_network(
    built_book: Path, tmp_path: Path, browser: Any
) -> None:
    archive = zip_book(built_book, tmp_path / "buku.zip")
    with zipfile.ZipFile(archive) as bundle:
        bundle.extractall(tmp_path / "usb")
    folder = tmp_path / "usb" / "buku-kerja-sama"
    page = browser.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto((folder / "index.html").as_uri())
    page.wait_for_load_state("load")
    assert page.locator("h1").first.inner_text().startswith("Kerja Sama")
    assert [url for url in requested if not inside(url, folder)] == []
    page.close()
