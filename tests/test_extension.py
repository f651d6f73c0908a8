"""The Sphinx extension on a tiny test root (``tests/roots/test-kerjasama``), in seconds.

Written the way sphinx-exercise tests itself: ``sphinx.testing`` builds a three-page
project with two concepts and one question bank and no theme. Its one notebook
(``latihan.md``) runs ``selfcheck("uji")`` in a kernel, so the page holds the markup
``kerjasama.selfchecks.render`` writes, as a chapter of the book does.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sphinx.errors import ExtensionError

from kerjasama import __version__
from kerjasama.paths import DATA_ENV
from kerjasama.selfchecks.view import selfcheck

from .conftest import edit
from .sphinx_roots import restore_data_env, rootdir  # noqa: F401 (fixtures)

pytestmark = pytest.mark.usefixtures("restore_data_env")


@pytest.mark.sphinx("html", testroot="kerjasama")
def test_setup_metadata_and_config_values(app: Any) -> None:
    extension = app.extensions["kerjasama.sphinxext"]
    assert extension.version == __version__
    assert extension.parallel_read_safe and extension.parallel_write_safe
    assert "myst_nb" in app.extensions
    assert app.config.kerjasama_data_dir == "book/data"
    assert app.config.kerjasama_slim is False
    assert os.environ[DATA_ENV] == str(Path(app.srcdir, "book", "data"))


@pytest.mark.sphinx("html", testroot="kerjasama")
def test_glossary_is_written_from_the_concept_map_with_stable_anchors(app: Any) -> None:
    app.build()
    page = (Path(app.outdir) / "glosarium.html").read_text(encoding="utf-8")
    assert 'id="konsep-kerja-sama"' in page
    assert 'id="konsep-akomodasi"' in page
    assert "<em>cooperation</em> (Inggris). Usaha bersama" in page
    # Sorted by name, as a glossary should be.
    assert page.index("Akomodasi") < page.index("Kerja sama")


@pytest.mark.sphinx("html", testroot="kerjasama")
def test_only_pages_with_a_self_check_load_its_assets(app: Any) -> None:
    app.build()
    out = Path(app.outdir)
    with_check = (out / "latihan.html").read_text(encoding="utf-8")
    without = (out / "index.html").read_text(encoding="utf-8")
    assert 'src="_static/selfcheck.js' in with_check
    # Page-specific styles are inlined after the one shared stylesheet (build.bundle).
    assert ".selfcheck{" in with_check and ".selfcheck{" not in without
    assert "selfcheck.js" not in without
    for page in (with_check, without):
        assert page.count('rel="stylesheet"') == 1
        assert 'href="_static/kerjasama-styles.css?v=' in page
    assert (out / "_static" / "selfcheck.js").stat().st_size > 1000


def _without_serials(markup: str) -> str:
    """Control ids carry a per-kernel serial number (``sc-<id>-<n>``); drop it."""
    return re.sub(r"(sc-[a-z0-9-]+?)-\d+(?=[-\"])", r"\1-N", markup)


@pytest.mark.sphinx("html", testroot="kerjasama")
def test_page_holds_the_selfcheck_markup_render_writes(app: Any) -> None:
    app.build()
    page = (Path(app.outdir) / "latihan.html").read_text(encoding="utf-8")
    expected = selfcheck("uji", Path(app.srcdir) / "book" / "data").html()
    assert 'data-selfcheck-id="uji-benar-salah"' in expected
    assert _without_serials(expected) in _without_serials(page)


def test_bad_data_stops_the_build_with_an_indonesian_message(
    make_app: Callable[..., Any], make_root: Callable[[str], Path]
) -> None:
    source = make_root("test-kerjasama")
    edit(source / "book" / "data" / "konsep.yml", "    term_en: accommodation\n", "")
    with pytest.raises(ExtensionError) as caught:
        make_app("html", srcdir=source)
    message = str(caught.value)
    assert "Isi buku belum benar, buku tidak dibangun." in message
    assert "book/data/konsep.yml, baris 7 (concepts › id 'akomodasi' › term_en)" in message
    assert "kunci 'term_en' wajib ada tetapi tidak ditemukan." in message
