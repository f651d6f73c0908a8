"""Pustaka kecil untuk buku interaktif "Kerja Sama sebagai Interaksi Sosial Asosiatif".

The chapters import this package to load content from ``book/data`` (YAML), draw
concept diagrams and show widgets that work both in a live kernel and in the built
HTML book.
"""

__version__ = "0.1.0"
