"""Citations and the bibliography in Indonesian, on the tiny test root, in seconds."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup

from kerjasama.content.references import bibliography_keys, short_citation
from kerjasama.errors import ContentError

from .sphinx_roots import ROOTS, restore_data_env, rootdir  # noqa: F401 (fixtures)

BIB = ROOTS / "test-kerjasama" / "book" / "references.bib"


pytestmark = pytest.mark.usefixtures("restore_data_env")


def _page(app: Any, name: str) -> BeautifulSoup:
    app.build()
    html = (Path(app.outdir) / f"{name}.html").read_text(encoding="utf-8")
    return BeautifulSoup(html, "html.parser")


@pytest.mark.sphinx("html", testroot="kerjasama")
def test_in_text_citations_read_as_indonesian_books_write_them(app: Any) -> None:
    paragraph = _page(app, "pustaka").select_one("section p")
    assert paragraph is not None
    text = " ".join(paragraph.get_text().split())
    assert "(Soekanto dan Sulistyowati, 2013)" in text
    assert "(Conerly dkk., 2021)" in text
    assert "(Soekanto dan Sulistyowati, 2013; Thompson dan McEwen, 1958)" in text
    assert "Soekanto dan Sulistyowati (2013)" in text
    assert "(Anwar, 1999)" in text
    assert "(Badan Pusat Statistik, t.t.)" in text
    assert " and " not in text and "et al" not in text


@pytest.mark.sphinx("html", testroot="kerjasama")
def test_bibliography_is_an_author_year_list_with_indonesian_words(app: Any) -> None:
    soup = _page(app, "pustaka")
    entries = [" ".join(p.get_text().split()) for p in soup.select("div.citation > p")]
    labels = [label.get_text() for label in soup.select("div.citation > span.label")]
    assert entries[0].startswith("Anwar, S. (1999).")
    assert (
        "Dalam Budiman, A. dan Cahyono, D. (ed.), Masyarakat dan Kebudayaan (hlm. 12–30)"
        in (entries[0])
    )
    assert "Yogyakarta: Pustaka Contoh." in entries[0]
    assert entries[1].startswith("Badan Pusat Statistik (t.t.). Statistik Koperasi.")
    assert entries[2].startswith("Conerly, T. R., Holmes, K., dan Tamang, A. L. (2021).")
    assert "Sosiologi Suatu Pengantar (Edisi Revisi). Jakarta: Rajawali Pers." in entries[3]
    assert "American Sociological Review, 23(1), 23–31." in entries[4]
    # Sorted by author; labels are author and year, never "[SS13]".
    assert [e.split(",")[0].split(" (")[0] for e in entries] == sorted(
        e.split(",")[0].split(" (")[0] for e in entries
    )
    assert "[Soekanto dan Sulistyowati, 2013]" in labels
    assert not any(re.fullmatch(r"\[[A-Z]+\d\d\]", label) for label in labels)


def test_short_citation_uses_the_same_words() -> None:
    assert short_citation(BIB, "dua2013") == "Soekanto dan Sulistyowati (2013)"
    assert short_citation(BIB, "tiga2021") == "Conerly dkk. (2021)"
    assert short_citation(BIB, "lembaga") == "Badan Pusat Statistik (t.t.)"


@pytest.mark.parametrize(
    ("entry", "message", "fix"),
    [
        (
            "@phdthesis{disertasi,\n  author = {Anwar, Siti},\n  title = {Judul},\n"
            "  school = {UI},\n  year = {2001}\n}\n",
            "jenis entri '@phdthesis' belum dikenal gaya daftar pustaka buku.",
            "pakai salah satu dari: @article, @book,",
        ),
        (
            "@book{tanpatahun,\n  author = {Anwar, Siti},\n  title = {Judul}\n}\n",
            "entri ini tidak punya tahun terbit.",
            "tulis year = {t.t.}",
        ),
        (
            "@book{tanpajudul,\n  author = {Anwar, Siti},\n  year = {2001}\n}\n",
            "entri ini tidak punya judul.",
            "tambahkan title",
        ),
        (
            "@book{tanpapenulis,\n  title = {Judul},\n  year = {2001}\n}\n",
            "entri ini tidak menyebut penulis.",
            "tambahkan author",
        ),
    ],
)
def test_an_entry_the_style_cannot_write_is_reported_with_its_line(
    tmp_path: Path, entry: str, message: str, fix: str
) -> None:
    bib = tmp_path / "references.bib"
    bib.write_text(BIB.read_text(encoding="utf-8") + "\n" + entry, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        bibliography_keys(bib)
    (problem,) = caught.value.problems
    assert problem.message == message
    assert fix in problem.fix
    assert problem.line == BIB.read_text(encoding="utf-8").count("\n") + 2
    assert "baris" in problem.format()


def _citations(paragraph: Any) -> list[str]:
    """Each citation of a paragraph as HTML, the running ids (``id1``…) left out."""
    spans = paragraph.select("span:has(> a[href*='#'])") or paragraph.select("a[href*='#']")
    return [re.sub(r' id="[^"]*"', "", str(span)) for span in spans]


@pytest.mark.sphinx("html", testroot="kerjasama")
def test_source_role_is_the_same_citation_as_cite(app: Any) -> None:
    """``{sumber}`(Nama, tahun)``` (readable in JupyterLab) builds exactly what ``{cite}`` does."""
    soup = _page(app, "pustaka")
    cite, source = soup.select("section p")[:2]
    by_cite = _citations(cite)
    by_source = _citations(source)
    assert by_source == [by_cite[0], by_cite[2]]
    assert "(Soekanto dan Sulistyowati, 2013; Thompson dan McEwen, 1958)" in source.get_text()
    assert "{sumber}" not in source.get_text()
