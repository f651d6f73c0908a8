"""Links inside the built site: which point into it, and a stylesheet's ``url()``s."""

from __future__ import annotations

import re

#: An ``href`` or ``src`` in a page.
LINK = re.compile(r'(?:href|src)="([^"]+)"')
#: A stylesheet's ``url()``, quoted or not (``sphinxext.bundle`` rebases the same matches).
CSS_URL = re.compile(r"url\(\s*(['\"]?)(?P<url>[^'\")]+)\1\s*\)")


def local_path(link: str) -> str | None:
    """The path part of a link inside the site, or None for other sites and data URLs."""
    if re.match(r"^[a-z]+:|^//", link):
        return None
    return link.split("?")[0].split("#")[0]
