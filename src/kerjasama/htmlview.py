"""Static HTML that reads the same in Jupyter and in the built book."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class HtmlView:
    """Markup for the page, and plain text for a terminal or a screen reader of repr."""

    markup: str
    text: str

    def _repr_html_(self) -> str:
        return self.markup

    def __repr__(self) -> str:
        return self.text
