"""Lighter pages: CSS purging, icon font subsetting, page-only assets."""

from __future__ import annotations

from pathlib import Path

import pydata_sphinx_theme
from fontTools.ttLib import TTFont

from kerjasama.asset_registry import needed_on_page
from kerjasama.sphinxext.slim import (
    icon_codepoints,
    purge_css,
    subset_font,
    used_names,
)

CSS = (
    ".used{color:red}.unused{color:blue}.used .unused{margin:0}"
    "a:not(.unused){color:green}"
    "@media (max-width:10px){.unused{x:y}.used{x:z}}"
    "@font-face{font-family:X;src:url(x.woff)}"
    '.fa-bars:before,.fa-navicon:before{content:"\\f0c9"}.fa-rocket:before{content:"\\f135"}'
)


def test_purge_keeps_rules_for_names_the_pages_use() -> None:
    out = purge_css(CSS, {"used", "fa-bars"})
    assert ".used{color:red}" in out
    assert ".unused{color:blue}" not in out and ".used .unused" not in out
    assert "a:not(.unused)" in out, "a class inside :not() is not required"
    assert "@media (max-width:10px){.used{x:z}}" in out
    assert "@font-face" in out
    assert ".fa-bars:before" in out and ".fa-rocket" not in out


def test_icon_codepoints_come_from_the_icons_in_use() -> None:
    assert icon_codepoints(CSS, {"fa-bars"}) == {0xF0C9}
    assert icon_codepoints(CSS, {"fa-navicon", "fa-rocket"}) == {0xF0C9, 0xF135}


def test_icons_drawn_through_theme_variables_count_where_their_rule_is_kept() -> None:
    # pydata-sphinx-theme draws admonition and link icons from --pst-icon-* variables that
    # hold the character itself, or name another variable.
    css = (
        'html{--pst-icon-bell:"\uf0f3";--pst-icon-info-circle:"\\f05a";'
        "--pst-icon-admonition-note:var(--pst-icon-info-circle);"
        "--pst-icon-admonition-default:var(--pst-icon-bell)}"
        ".admonition.note>.admonition-title:after{content:var(--pst-icon-admonition-note)}"
        "@media (min-width:1px){.todo>.admonition-title:after,"
        ".unused:after{color:red;content:var(--pst-icon-admonition-default)}}"
    )
    assert icon_codepoints(css, {"admonition", "note", "admonition-title"}) == {0xF05A}
    assert icon_codepoints(css, {"todo", "admonition-title"}) == {0xF0F3}
    assert icon_codepoints(css, {"other"}) == set()


def test_subset_font_keeps_only_the_requested_icons(tmp_path: Path) -> None:
    fonts = Path(pydata_sphinx_theme.__file__).parent / "theme" / "pydata_sphinx_theme"
    source = next(fonts.rglob("fa-solid-900.ttf"))
    target = tmp_path / "small.woff"
    assert subset_font(source, target, {0xF0C9, 0xF135})
    assert set(TTFont(target).getBestCmap()) == {0xF0C9, 0xF135}
    assert target.stat().st_size < 5_000 < source.stat().st_size
    assert not subset_font(source, tmp_path / "none.woff", {0x10FFFD})


def test_state_classes_named_in_scripts_count_as_used(tmp_path: Path) -> None:
    (tmp_path / "_static" / "scripts").mkdir(parents=True)
    (tmp_path / "_static" / "menu.js").write_text(
        "el.classList.add('show'); const x = lonely_identifier;", encoding="utf-8"
    )
    # A script the registry marks never loaded does not keep rules alive.
    (tmp_path / "_static" / "scripts" / "fontawesome.js").write_text("x('fa-rocket')", "utf-8")
    names = used_names(['<div class="menu open" id="top"></div>'], tmp_path / "_static")
    assert {"menu", "open", "top", "show"} <= names
    assert "lonely_identifier" not in names and "fa-rocket" not in names


def test_copy_and_toggle_scripts_load_only_where_needed() -> None:
    assert not needed_on_page("_static/copybutton.js", "<p>no code</p>")
    assert needed_on_page("_static/copybutton.js", '<div class="highlight-python">')
    assert not needed_on_page("_static/design-tabs.js", "<p></p>")
    assert needed_on_page("_static/design-tabs.js", '<div class="sd-tab-set">')
    assert not needed_on_page("_static/selfcheck.js", "<p></p>")
    assert needed_on_page("_static/selfcheck.js", '<div class="selfcheck" id="soal-1">')
    assert needed_on_page("_static/offline.js", "")
    assert needed_on_page("_static/unknown.js", "")
    assert not needed_on_page("../_static/scripts/fontawesome.js?digest=1", "<p></p>")
    assert needed_on_page(None, "")


def test_markup_repairs_fix_the_themes_accessibility_problems() -> None:
    from kerjasama.sphinxext.a11y import repair_markup

    button = (
        '<button class="btn search-button-field search-button__button pst-js-only" '
        'title="Pencarian" aria-label="Pencarian" data-bs-toggle="tooltip">'
    )
    fixed = repair_markup(button)
    assert "aria-label" not in fixed and 'title="Pencarian"' in fixed
    sidebar = repair_markup('<div id="pst-primary-sidebar" class="bd-sidebar-primary bd-sidebar">')
    assert 'role="complementary" aria-label="Navigasi buku"' in sidebar
    assert repair_markup('<div role="doc-biblioentry">') == '<div role="listitem">'
