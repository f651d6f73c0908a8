"""Small accessibility repairs to the theme's and extensions' markup in the built pages.

axe-core finds three problems that are not in the book's own components:

* the search button's accessible name ("Pencarian") does not contain its visible text
  ("Pencarian Ctrl + K"): without the ``aria-label`` the name is the visible text;
* the book title in the primary sidebar sits outside any landmark: the sidebar becomes a
  labelled ``complementary`` region;
* the bibliography lists entries with the deprecated ``doc-biblioentry`` role inside a
  ``role="list"``: they become ``listitem``.
"""

from __future__ import annotations

import re

REPAIRS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r'(<button class="btn search-button-field[^>]*?) aria-label="[^"]*"'),
        r"\1",
    ),
    (
        re.compile(r'<div id="pst-primary-sidebar" class="bd-sidebar-primary bd-sidebar">'),
        '<div id="pst-primary-sidebar" class="bd-sidebar-primary bd-sidebar" '
        'role="complementary" aria-label="Navigasi buku">',
    ),
    (re.compile(r'role="doc-biblioentry"'), 'role="listitem"'),
]


def repair_markup(text: str) -> str:
    """A page with the repairs applied (a post-build page step; applying it twice is harmless)."""
    for pattern, replacement in REPAIRS:
        text = pattern.sub(replacement, text)
    return text
