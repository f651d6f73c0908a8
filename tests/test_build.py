"""The strict build: Indonesian pages, a working cache, and failures that name the file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .conftest import build_book, copy_repository

pytestmark = pytest.mark.slow

EXECUTING = "Executing notebook"
CHAPTER = Path("book/01-interaksi-sosial.md")


def test_every_page_is_indonesian(built_book: Path) -> None:
    pages = sorted(p for p in built_book.rglob("*.html") if "_static" not in p.parts)
    assert len(pages) >= 4
    for page in pages:
        head = page.read_text(encoding="utf-8")[:400]
        if 'http-equiv="Refresh"' in head:
            continue
        assert re.search(r'<html lang="id"', head), f"{page} tidak berbahasa Indonesia"


def test_chapter_shows_html_renderings_not_cdn_widgets(built_book: Path) -> None:
    page = (built_book / "book" / "01-interaksi-sosial.html").read_text(encoding="utf-8")
    assert 'class="concept-explorer"' in page
    assert '<svg role="img"' in page
    external = re.findall(
        r'<(?:script|link|img|iframe)[^>]*(?:src|href)="(?:https?:)?//[^"]*"', page
    )
    assert external == [], f"aset dari luar buku: {external}"
    assert "require.min.js" not in page and "embed-amd" not in page
    assert "Cari" in page or "Pencarian" in page  # the theme's own labels are Indonesian


def test_no_change_rebuild_executes_no_notebook(built_book: Path) -> None:
    again = build_book(built_book.parents[1])
    assert again.returncode == 0, again.stdout[-3000:]
    assert EXECUTING not in again.stdout


def executed(output: str) -> list[str]:
    """The chapters a build ran, from myst-nb's "<file>: Executing notebook" lines."""
    return sorted(
        Path(line.split(": Executing")[0]).name for line in output.splitlines() if EXECUTING in line
    )


def test_rebuilds_run_only_what_an_edit_touches(tmp_path: Path) -> None:
    """Prose or style edit: nothing runs. Code edit: that chapter runs. Data edit: every
    chapter runs, because every chapter reads book/data, and the new data reaches the page."""
    root = copy_repository(tmp_path / "repo")
    first = build_book(root)
    assert first.returncode == 0, first.stdout[-3000:]
    assert EXECUTING in first.stdout
    unchanged = build_book(root)
    assert EXECUTING not in unchanged.stdout

    chapter = root / "book" / "02-pengertian-kerja-sama.md"
    text = chapter.read_text(encoding="utf-8")
    chapter.write_text(text.replace("## Rangkuman", "## Rangkuman\n\nKALIMAT BARU.", 1))
    prose = build_book(root)
    assert prose.returncode == 0, prose.stdout[-3000:]
    assert executed(prose.stdout) == []
    assert "KALIMAT BARU" in (root / "_build/html/book/02-pengertian-kerja-sama.html").read_text()

    styles = root / "book" / "_static" / "kerjasama.css"
    styles.write_text(styles.read_text() + "\n/* GAYA BARU */\n", encoding="utf-8")
    restyled = build_book(root)
    assert restyled.returncode == 0, restyled.stdout[-3000:]
    assert executed(restyled.stdout) == []
    assert "GAYA BARU" in (root / "_build/html/_static/kerjasama.css").read_text()

    text = chapter.read_text(encoding="utf-8")
    chapter.write_text(text.replace('selfcheck("', 'selfcheck( "', 1), encoding="utf-8")
    code = build_book(root)
    assert code.returncode == 0, code.stdout[-3000:]
    assert executed(code.stdout) == ["02-pengertian-kerja-sama.md"]

    data = root / "book" / "data" / "konsep.yml"
    data.write_text(
        data.read_text(encoding="utf-8").replace(
            "tanpa memakai ancaman atau kekerasan.", "tanpa ancaman: DEFINISI BARU."
        ),
        encoding="utf-8",
    )
    edited = build_book(root)
    assert edited.returncode == 0, edited.stdout[-3000:]
    assert EXECUTING in edited.stdout
    page = root / "_build" / "html" / "book" / "01-interaksi-sosial.html"
    assert "DEFINISI BARU" in page.read_text(encoding="utf-8")


def test_raising_cell_and_broken_reference_fail_the_build(tmp_path: Path) -> None:
    root = copy_repository(tmp_path / "repo")
    chapter = root / CHAPTER
    chapter.write_text(
        chapter.read_text(encoding="utf-8")
        + "\nLihat {ref}`bagian-yang-tidak-ada`.\n\n"
        + "```{code-cell} ipython3\nraise RuntimeError('sel ini sengaja gagal')\n```\n",
        encoding="utf-8",
    )
    result = build_book(root)
    assert result.returncode != 0
    assert "01-interaksi-sosial" in result.stdout
    assert "bagian-yang-tidak-ada" in result.stdout
    assert "RuntimeError" in result.stdout or "Executing notebook failed" in result.stdout


def test_bad_content_stops_the_build_in_indonesian(tmp_path: Path) -> None:
    root = copy_repository(tmp_path / "repo")
    data = root / "book" / "data" / "konsep.yml"
    data.write_text(
        data.read_text(encoding="utf-8").replace("target: disosiatif}", "target: disosiatip}"),
        encoding="utf-8",
    )
    result = build_book(root)
    assert result.returncode != 0
    assert "Isi buku belum benar, buku tidak dibangun." in result.stdout
    assert "book/data/konsep.yml, baris" in result.stdout
    assert "konsep 'disosiatip' yang tidak ada" in result.stdout
    assert not (root / "_build" / "html" / "index.html").exists()


def test_broken_question_bank_stops_the_build(tmp_path: Path) -> None:
    root = copy_repository(tmp_path / "repo")
    bank = root / "book" / "data" / "soal" / "interaksi-sosial.yml"
    bank.write_text(
        bank.read_text(encoding="utf-8").replace(
            "      - text: Akulturasi\n        correct: true\n", "      - text: Akulturasi\n"
        ),
        encoding="utf-8",
    )
    result = build_book(root)
    assert result.returncode != 0
    assert "Isi buku belum benar, buku tidak dibangun." in result.stdout
    assert "book/data/soal/interaksi-sosial.yml, baris 7 (questions › id 'proses-asosiatif')" in (
        result.stdout
    )
    assert "tidak punya jawaban benar" in result.stdout
    assert [p for p in (root / "_build").rglob("*") if p.is_file()] == [], "setengah jadi"


def test_every_internal_link_reaches_its_page_and_anchor(built_book: Path) -> None:
    """Links written as raw HTML by the package (whole-map explorer, LKPD table) included."""
    broken = []
    for page in sorted((built_book / "book").glob("*.html")):
        text = page.read_text(encoding="utf-8")
        for target, anchor in re.findall(r'href="([\w./-]*\.html)?#([^"]+)"', text):
            document = (page.parent / target).resolve() if target else page
            if not document.exists() or f'id="{anchor}"' not in document.read_text("utf-8"):
                broken.append(f"{page.name} → {target}#{anchor}")
    assert broken == []
