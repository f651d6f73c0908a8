"""How the book's objects show themselves, in Jupyter and in the built book alike.

``DualView``: one object, two renderings, a live ipywidget in Jupyter and self-contained
HTML in the book. ``HtmlView``: static HTML that reads the same in both.

Jupyter front ends pick the widget view when a widget manager is present; the book's
HTML builder is configured (``nb_mime_priority_overrides``) to pick ``text/html``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any

import ipywidgets as widgets


class DualView(ABC):
    """Base for objects shown as a widget in a kernel and as HTML in the built book."""

    @abstractmethod
    def widget(self) -> widgets.Widget:
        """The live, Python-backed view."""

    @abstractmethod
    def html(self) -> str:
        """The static view: self-contained HTML that needs no kernel and no network."""

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        bundle = dict(self.widget()._repr_mimebundle_() or {})
        bundle["text/html"] = self.html()
        bundle.setdefault("text/plain", repr(self))
        return bundle


@dataclass(frozen=True)
class HtmlView:
    """Markup for the page, and plain text for a terminal or a screen reader of repr."""

    markup: str
    text: str

    def _repr_html_(self) -> str:
        return self.markup

    def __repr__(self) -> str:
        return self.text
