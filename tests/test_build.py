"""The strict build: Indonesian pages, a working cache, and failures that name the file.

The pages edited here are found through ``_toc.yml`` and the question banks, not by their
wording, so the tests hold whatever the chapters say.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from kerjasama.content.library import SELFCHECK_CALL, Library
from kerjasama.content.toc import chapter_files

from .conftest import MINI_DATA, ROOT, build_book, copy_repository, edit

pytestmark = pytest.mark.slow

EXECUTING = "Executing notebook"
#: The teaching chapters (the Materi part of _toc.yml), relative to the repository.
TEACHING = [path.relative_to(ROOT) for path in chapter_files(ROOT)]
CHAPTER = TEACHING[0]


def page_of(built: Path, chapter: Path) -> Path:
    return built / chapter.with_suffix(".html")


def mark_first_prompt(root: Path, chapter: Path, mark: str) -> None:
    """Put ``mark`` in front of the prompt of the first question ``chapter`` shows."""
    data = root / "book" / "data"
    ident = SELFCHECK_CALL.findall((root / chapter).read_text(encoding="utf-8"))[0]
    question = Library.load(data).find(ident).questions[0]
    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    for path in sorted((data / "soal").glob("*.yml")):
        bank = yaml.load(path)
        for entry in bank["questions"]:
            if entry["id"] == question.id:
                entry["prompt"] = f"{mark} {entry['prompt']}"
                yaml.dump(bank, path)
                return
    raise AssertionError(f"soal {question.id} tidak ditemukan di bank soal")


def test_every_page_is_indonesian(built_book: Path) -> None:
    pages = sorted(p for p in built_book.rglob("*.html") if "_static" not in p.parts)
    assert len(pages) >= 4
    for page in pages:
        head = page.read_text(encoding="utf-8")[:400]
        if 'http-equiv="Refresh"' in head:
            continue
        assert re.search(r'<html lang="id"', head), f"{page} tidak berbahasa Indonesia"


@pytest.mark.parametrize("chapter", TEACHING, ids=[c.stem for c in TEACHING])
def test_chapter_shows_html_renderings_not_cdn_widgets(built_book: Path, chapter: Path) -> None:
    page = page_of(built_book, chapter).read_text(encoding="utf-8")
    if "ConceptExplorer" in (ROOT / chapter).read_text(encoding="utf-8"):
        assert 'class="concept-explorer"' in page
    # Every chapter has a diagram: a drawing, or the explorer's map (chapters.DIAGRAM_CALL).
    assert '<svg role="img"' in page or 'class="concept-explorer__map"' in page
    external = re.findall(
        r'<(?:script|link|img|iframe)[^>]*(?:src|href)="(?:https?:)?//[^"]*"', page
    )
    assert external == [], f"aset dari luar buku: {external}"
    assert "require.min.js" not in page and "embed-amd" not in page
    assert "Cari" in page or "Pencarian" in page  # the theme's own labels are Indonesian


def test_some_chapter_shows_the_concept_explorer(built_book: Path) -> None:
    shown = [
        c
        for c in TEACHING
        if 'class="concept-explorer"' in page_of(built_book, c).read_text("utf-8")
    ]
    assert shown != []


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

    chapter = root / TEACHING[1]
    edit(chapter, "## Rangkuman", "## Rangkuman\n\nKALIMAT BARU.")
    prose = build_book(root)
    assert prose.returncode == 0, prose.stdout[-3000:]
    assert executed(prose.stdout) == []
    assert "KALIMAT BARU" in page_of(root / "_build" / "html", TEACHING[1]).read_text()

    styles = root / "book" / "_static" / "kerjasama.css"
    styles.write_text(styles.read_text() + "\n/* GAYA BARU */\n", encoding="utf-8")
    restyled = build_book(root)
    assert restyled.returncode == 0, restyled.stdout[-3000:]
    assert executed(restyled.stdout) == []
    assert "GAYA BARU" in (root / "_build/html/_static/kerjasama.css").read_text()

    edit(chapter, 'selfcheck("', 'selfcheck( "')
    code = build_book(root)
    assert code.returncode == 0, code.stdout[-3000:]
    assert executed(code.stdout) == [chapter.name]

    mark_first_prompt(root, CHAPTER, "DATA BARU.")
    edited = build_book(root)
    assert edited.returncode == 0, edited.stdout[-3000:]
    assert EXECUTING in edited.stdout
    assert "DATA BARU." in page_of(root / "_build" / "html", CHAPTER).read_text(encoding="utf-8")


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
    assert CHAPTER.stem in result.stdout
    assert "bagian-yang-tidak-ada" in result.stdout
    assert "RuntimeError" in result.stdout or "Executing notebook failed" in result.stdout


def test_bad_content_stops_the_build_in_indonesian(tmp_path: Path) -> None:
    root = copy_repository(tmp_path / "repo")
    edit(root / "book" / "data" / "konsep.yml", "target: disosiatif}", "target: disosiatip}")
    result = build_book(root)
    assert result.returncode != 0
    assert "Isi buku belum benar, buku tidak dibangun." in result.stdout
    assert "book/data/konsep.yml, baris" in result.stdout
    assert "konsep 'disosiatip' yang tidak ada" in result.stdout
    assert not (root / "_build" / "html" / "index.html").exists()


def test_broken_question_bank_stops_the_build(tmp_path: Path) -> None:
    root = copy_repository(tmp_path / "repo")
    # A bank of the fixture book, with its one right answer taken away, added to the book.
    bank = root / "book" / "data" / "soal" / "uji-rusak.yml"
    bank.write_text((MINI_DATA / "soal" / "uji-kompetensi.yml").read_text("utf-8"), "utf-8")
    edit(bank, "      - text: Persaingan\n        correct: true\n", "      - text: Persaingan\n")
    result = build_book(root)
    assert result.returncode != 0
    assert "Isi buku belum benar, buku tidak dibangun." in result.stdout
    assert "book/data/soal/uji-rusak.yml, baris 12 (questions › id 'uji-persaingan')" in (
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
