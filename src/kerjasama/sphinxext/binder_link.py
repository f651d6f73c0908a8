"""A chapter opened with the Binder button: alone, in JupyterLab's simple view, readable.

The ``{sumber}`` citation role (``source_role``) is registered here too: it is the form
of ``{cite}`` that jupyterlab-myst shows readably.

The Binder link: sphinx-book-theme builds its ``urlpath`` as ``lab/tree/<file>``: the whole
JupyterLab, with file browser, launcher and tabs. JupyterLab serves the same file under
``doc/tree/<file>`` in its simple mode, one document filling the window, which is what a
student who clicked "Binder" on one chapter needs. The theme offers only ``classic`` and
``jupyterlab``, so this handler rewrites its Binder link after the theme has made it.
"""

from __future__ import annotations

from typing import Any

from kerjasama.content.lab_view import SOURCE_ROLE
from kerjasama.sphinxext.source_role import source_role

#: What the theme writes for ``notebook_interface: jupyterlab`` and what replaces it.
THEME_VIEW = "?urlpath=lab/tree/"
SIMPLE_VIEW = "?urlpath=doc/tree/"


def simple_view_url(url: str) -> str:
    """A Binder launch URL that opens its file in JupyterLab's simple mode."""
    return url.replace(THEME_VIEW, SIMPLE_VIEW, 1)


def open_binder_in_simple_view(
    app: Any, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """``html-page-context`` (after the theme's launch buttons): the Binder link's view."""
    for group in context.get("header_buttons", []):
        if group.get("label") != "launch-buttons":
            continue
        for button in group.get("buttons", []):
            if button.get("text") == "Binder" and "url" in button:
                button["url"] = simple_view_url(button["url"])


def add_binder_support(app: Any) -> None:
    """The ``{sumber}`` role, and the Binder link rewritten after the theme's (priority 501)."""
    app.add_role(SOURCE_ROLE, source_role)
    app.connect("html-page-context", open_binder_in_simple_view, priority=600)
