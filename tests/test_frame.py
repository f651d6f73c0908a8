"""The frame's markup (issue 25), in seconds: the book's theme settings from ``_config.yml``
on the tiny test root, built with the book's theme.

The browser test (``test_frame_browser.py``) checks what a reader sees on the real book;
this one says which setting does it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import ROOT
from .sphinx_roots import restore_data_env, rootdir  # noqa: F401 (fixtures)

pytestmark = pytest.mark.usefixtures("restore_data_env")

BOOK_CONFIG = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))["sphinx"]["config"]
THEME = {
    "html_theme": "sphinx_book_theme",
    "html_theme_options": BOOK_CONFIG.get("html_theme_options", {}),
    "html_context": BOOK_CONFIG.get("html_context", {}),
}
#: The theme's buttons that open its search dialog (sidebar field, phone header icon).
SEARCH_BUTTON = re.compile(r'<button class="[^"]*\bsearch-button__button\b')


def test_the_book_sets_what_the_frame_needs() -> None:
    # Without navbar_persistent pydata-sphinx-theme adds its own search field in a band
    # above the page; without default_mode its script logs an error on a first visit.
    assert THEME["html_theme_options"].get("navbar_persistent") == []
    assert THEME["html_context"].get("default_mode") in ("auto", "light", "dark")


@pytest.mark.sphinx("html", testroot="kerjasama", confoverrides=THEME)
def test_one_search_control_in_the_sidebar_none_in_a_header_band(app: Any) -> None:
    app.build()
    page = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    header = page.split('<header id="pst-header"', 1)[1].split("</header>", 1)[0]
    assert "search-button" not in header and "navbar-persistent" not in header
    sidebar = page.split('id="pst-primary-sidebar"', 1)[1].split("</nav>", 1)[0]
    assert len(SEARCH_BUTTON.findall(sidebar)) == 1
    # The sidebar's field at 1280 px and the header icon on a phone (the theme's CSS shows
    # one or the other), nothing else.
    assert len(SEARCH_BUTTON.findall(page)) == 2
    # A first visit starts in a mode the theme's script accepts.
    assert 'localStorage.getItem("mode") || "auto"' in page
    assert '<body data-default-mode="auto">' in page


@pytest.mark.sphinx("html", testroot="kerjasama", confoverrides=THEME)
def test_the_search_page_has_only_its_own_field(app: Any) -> None:
    app.build()
    page = (Path(app.outdir) / "search.html").read_text(encoding="utf-8")
    assert SEARCH_BUTTON.findall(page) == []
    # Its own field, and the dialog's (hidden until Ctrl+K).
    assert page.count('<form class="bd-search') == 2
