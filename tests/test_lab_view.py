"""Issue 27: ``make check`` reports MyST that JupyterLab (the Binder button) cannot show.

Each test copies the fixture book ``tests/roots/mini-book`` (which passes every rule),
plants one construct a teacher could write, and checks the one problem reported: its
file, its line and the Indonesian fix to write instead.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kerjasama.content.checks import check_content
from kerjasama.content.lab_view import is_notebook, source_keys
from kerjasama.content.references import keys_by_label
from kerjasama.errors import ContentProblem

FIXTURE = Path(__file__).parent / "roots" / "mini-book"
SENTENCE = "Proses\nyang mendekatkan disebut"


@pytest.fixture
def book(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURE, tmp_path / "mini-book")
    return tmp_path / "mini-book" / "book"


def plant(page: Path, new: str) -> int:
    """Put ``new`` before the fixture sentence; return the line it is on."""
    text = page.read_text(encoding="utf-8")
    assert text.count(SENTENCE) == 1
    page.write_text(text.replace(SENTENCE, f"{new} {SENTENCE}"), encoding="utf-8")
    return text[: text.index(SENTENCE)].count("\n") + 1


def only_problem(book: Path) -> ContentProblem:
    problems = check_content(book / "data")
    assert len(problems) == 1, [p.format() for p in problems]
    return problems[0]


def test_fixture_passes(book: Path) -> None:
    assert check_content(book / "data") == []


def test_cite_is_reported_with_the_source_role_to_write(book: Path) -> None:
    page = book / "01-interaksi-sosial.md"
    line = plant(page, "Lihat {cite}`soekanto2013,gillin1954`.")
    problem = only_problem(book)
    assert (problem.file, problem.line) == (page, line)
    assert "sebagai kunci 'soekanto2013,gillin1954'" in problem.message
    assert problem.fix == (
        "tulis {sumber}`(Soekanto dan Sulistyowati, 2013; Gillin dan Gillin, 1954)`; "
        "di buku hasilnya sama dengan {cite}."
    )


def test_doc_link_is_reported_with_the_markdown_link_to_write(book: Path) -> None:
    page = book / "01-interaksi-sosial.md"
    line = plant(page, "Lanjutkan ke {doc}`02-kerja-sama`.")
    problem = only_problem(book)
    assert (problem.file, problem.line) == (page, line)
    assert "nama berkas '02-kerja-sama'" in problem.message
    title = next(
        row[2:] for row in (book / "02-kerja-sama.md").read_text().splitlines() if row[:2] == "# "
    )
    assert (
        problem.fix == f"tulis tautan Markdown [{title}](02-kerja-sama.md); di buku hasilnya sama."
    )


def test_link_without_text_is_reported(book: Path) -> None:
    page = book / "01-interaksi-sosial.md"
    line = plant(page, "Lanjutkan ke [](02-kerja-sama.md).")
    problem = only_problem(book)
    assert (problem.file, problem.line) == (page, line)
    assert problem.fix.startswith("tulis teks tautannya: [")
    assert problem.fix.endswith("](02-kerja-sama.md).")


def test_source_that_matches_no_entry_is_reported(book: Path) -> None:
    page = book / "01-interaksi-sosial.md"
    line = plant(page, "Lihat {sumber}`(Soekanto, 2013)`.")
    problem = only_problem(book)
    assert (problem.file, problem.line) == (page, line)
    assert (
        problem.message
        == "sumber 'Soekanto, 2013' tidak cocok dengan satu entri di book/references.bib."
    )
    assert "Soekanto dan Sulistyowati, 2013" in problem.fix


def test_directive_and_role_jupyterlab_does_not_know_are_reported(book: Path) -> None:
    page = book / "02-kerja-sama.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text + "\n```{include} ../README.md\n```\n\nLihat {numref}`gambar-1`.\n")
    lines = (page.read_text().count("\n") - 3, page.read_text().count("\n"))
    problems = check_content(book / "data")
    assert [(p.file, p.line, p.place) for p in problems] == [
        (page, lines[0], "{include}"),
        (page, lines[1], "{numref}`gambar-1`"),
    ]
    assert "siswa akan melihat kode mentah" in problems[0].message


def test_pages_that_are_not_notebooks_are_left_alone(book: Path) -> None:
    page = book / "02-kerja-sama.md"
    assert is_notebook(page.read_text(encoding="utf-8"))
    assert not is_notebook("# Judul\n\nTeks {cite}`soekanto2013`.\n")
    assert not is_notebook("---\ntitle: x\n---\n# Judul\n")


def test_source_text_names_keys_by_their_printed_labels() -> None:
    labels = keys_by_label(FIXTURE / "book" / "references.bib")
    keys, unknown = source_keys(
        "(Gillin dan Gillin, 1954; Soekanto dan Sulistyowati, 2013)", labels
    )
    assert (keys, unknown) == (["gillin1954", "soekanto2013"], [])
    assert source_keys("Soekanto dan Sulistyowati, 2013", labels) == (
        [],
        ["Soekanto dan Sulistyowati, 2013"],
    )


def test_binder_button_opens_the_chapter_in_the_simple_view() -> None:
    from kerjasama.sphinxext.binder_link import open_binder_in_simple_view

    theme = "https://mybinder.org/v2/gh/o/r/main?urlpath=lab/tree/book/05-bentuk-kerja-sama.md"
    context = {
        "header_buttons": [
            {
                "label": "download-buttons",
                "buttons": [{"text": "Binder", "url": "x?urlpath=lab/tree/a"}],
            },
            {
                "label": "launch-buttons",
                "buttons": [{"text": "Binder", "url": theme}, {"text": "Live Code"}],
            },
        ]
    }
    open_binder_in_simple_view(None, "book/05-bentuk-kerja-sama", "page.html", context, None)
    launch = context["header_buttons"][1]["buttons"]
    assert launch[0]["url"] == theme.replace("urlpath=lab/tree/", "urlpath=doc/tree/")
    assert launch[1] == {"text": "Live Code"}
    assert context["header_buttons"][0]["buttons"][0]["url"] == "x?urlpath=lab/tree/a"
