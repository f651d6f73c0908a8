"""The tab icon, inline in every page's head (a post-build page step).

Browsers fetch icons outside the service worker, so a file (or the default
``/favicon.ico``) would fail offline; a data URL never does.
"""

from __future__ import annotations

INLINE_ICON = (
    '<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns=\'http://www.w3.org/2000/svg\' '
    "viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='6' fill='%231b5e8c'/%3E"
    "%3Cg fill='none' stroke='%23fff' stroke-width='2.5'%3E%3Ccircle cx='12.5' cy='16' "
    "r='6.5'/%3E%3Ccircle cx='19.5' cy='16' r='6.5'/%3E%3C/g%3E%3C/svg%3E\"/>"
)


def with_inline_icon(text: str) -> str:
    """The page with its icon declared once, the theme's pages and the redirect page alike."""
    if 'rel="icon"' in text:
        return text
    # The redirect page Jupyter Book writes has no <head>: the link goes first.
    marked = text.replace("<head>", "<head>" + INLINE_ICON, 1)
    return marked if marked != text else INLINE_ICON + text
