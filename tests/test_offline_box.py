"""``{offline-save}``: the save box a chapter calls, built by the extension on a tiny root."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kerjasama.sphinxext.offline_box import SAVE_BOX

from .sphinx_roots import ROOTS, restore_data_env, rootdir  # noqa: F401 (fixtures)

pytestmark = pytest.mark.usefixtures("restore_data_env")


def test_the_directive_writes_the_box_and_only_its_page_loads_the_save_script(
    make_app: Callable[..., Any], tmp_path: Path
) -> None:
    source = tmp_path / "buku"
    shutil.copytree(ROOTS / "test-kerjasama", source)
    index = source / "index.md"
    index.write_text(
        index.read_text(encoding="utf-8").replace("latihan\n", "latihan\nluring\n"), "utf-8"
    )
    (source / "luring.md").write_text(
        "# Membaca luring\n\n```{offline-save}\n```\n", encoding="utf-8"
    )
    app = make_app("html", srcdir=source)
    app.build()
    out = Path(app.outdir)
    page = (out / "luring.html").read_text(encoding="utf-8")
    other = (out / "index.html").read_text(encoding="utf-8")
    assert SAVE_BOX in page
    assert "Simpan buku untuk dibaca luring</button>" in page
    assert 'src="_static/offline-save.js' in page and "offline-save.js" not in other
    # offline.js runs on every page (the new-version notice), and its styles come along.
    for text in (page, other):
        assert 'src="_static/offline.js' in text
        assert ".offline-notice{" in text
    assert (out / "_static" / "offline-save.js").exists()
