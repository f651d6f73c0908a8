"""The one table of assets (kerjasama.asset_registry) matches the files and the renderers."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import kerjasama
from kerjasama.asset_registry import ASSETS, ICON_FONT_SHEET, Asset, find
from kerjasama.diagrams import STATIC_DIR as DIAGRAMS_STATIC
from kerjasama.selfchecks import STATIC_DIR as SELFCHECKS_STATIC
from kerjasama.site_cache import STATIC as SITE_STATIC
from kerjasama.sphinxext.offline_box import SAVE_BOX

from .conftest import ROOT

PACKAGE = Path(kerjasama.__file__).resolve().parent
FOLDERS = {
    "selfchecks": SELFCHECKS_STATIC,
    "diagrams": DIAGRAMS_STATIC,
    "site": SITE_STATIC,
    "book": ROOT / "book" / "_static",
}
#: Where each folder's components are rendered; the page marks must be written there.
RENDERERS = {
    "selfchecks": [PACKAGE / "selfchecks"],
    # The LKPD list of the teacher guide is drawn as a diagram-style table.
    "diagrams": [PACKAGE / "diagrams", PACKAGE / "teacher"],
    "site": [PACKAGE / "sphinxext" / "offline_box.py"],
}


def _own_files() -> set[tuple[str, str]]:
    return {
        (origin, path.name)
        for origin, folder in FOLDERS.items()
        for path in folder.iterdir()
        if path.suffix in (".js", ".css")
    }


def test_every_asset_file_of_the_project_has_a_row_and_every_row_a_file() -> None:
    rows = {(a.origin, a.name) for a in ASSETS if a.origin in FOLDERS}
    assert _own_files() == rows


@pytest.mark.parametrize(
    "asset", [a for a in ASSETS if a.origin in RENDERERS], ids=lambda a: a.name
)
def test_each_page_mark_is_written_by_the_components_renderer(asset: Asset) -> None:
    sources = "".join(
        path.read_text(encoding="utf-8")
        for place in RENDERERS[asset.origin]
        for path in ([place] if place.is_file() else place.rglob("*.py"))
    )
    for mark in asset.markers:
        assert mark in sources, f"{asset.name}: no renderer writes {mark}"


def test_rows_are_found_by_the_links_pages_use() -> None:
    assert find("../_static/selfcheck.js?v=80eed7d4") == find("_static/selfcheck.js")
    assert find("_static/mystnb.11b3.css") is not None
    assert find("../../_static/scripts/fontawesome.js?digest=1") is not None
    assert find("_static/other.css") is None and find(None) is None
    assert find(f"_static/{ICON_FONT_SHEET}") is not None
    # Each name has one row, so that no file is described twice.
    names = [asset.name for asset in ASSETS]
    assert len(names) == len(set(names))


def _code_strings(module: Path) -> set[str]:
    """String constants in a module's code (docstrings left out)."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    }


def test_no_other_module_keeps_a_list_of_asset_names() -> None:
    # theme_strings keys its upstream-string fixes by the file they are in: a translation
    # table, not a second list of what pages load.
    modules = [
        m
        for m in [*(PACKAGE / "sphinxext").glob("*.py"), *(PACKAGE / "site_cache").glob("*.py")]
        if m.name != "theme_strings.py"
    ]
    names = [a.name.rsplit("/", 1)[-1] for a in ASSETS if "*" not in a.name]
    found = {
        f"{module.name}: {text!r}"
        for module in modules
        for text in _code_strings(module)
        for name in names
        if re.search(rf"(?<![\w.-]){re.escape(name)}\b", text)
    }
    assert found == set()


def test_the_save_box_holds_every_part_offline_js_looks_for() -> None:
    script = (SITE_STATIC / "offline.js").read_text(encoding="utf-8")
    wanted = set(re.findall(r'querySelector(?:All)?\("\.(offline-save[\w-]*)"\)', script))
    assert {"offline-save", "offline-save__button", "offline-save__status"} <= wanted
    classes = {c for value in re.findall(r'class="([^"]+)"', SAVE_BOX) for c in value.split()}
    assert wanted <= classes
    styles = (SITE_STATIC / "offline.css").read_text(encoding="utf-8")
    assert ".offline-save" in styles and ".offline-notice" in styles
