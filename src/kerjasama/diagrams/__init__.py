"""Diagrams of the concept map: networkx graphs, layouts, drawings and the explorer."""

from pathlib import Path

#: ``explorer.js`` and ``explorer.css``, which run and style the explorable map in the book.
STATIC_DIR = Path(__file__).resolve().parent / "static"
