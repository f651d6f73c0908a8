"""Find the book's content folder from a chapter, a test, or the command line."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parents[2]


def data_dir() -> Path:
    """The ``book/data`` folder: from $KERJASAMA_DATA, the working directory upwards, or the repo.

    A chapter runs with its own folder (``book/``) as working directory, in Jupyter and
    during the book build alike, so the search from the working directory finds the
    content a teacher is editing even when the package is installed elsewhere.
    """
    override = os.environ.get("KERJASAMA_DATA")
    if override:
        return Path(override).resolve()
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / "book" / "data").is_dir():
            return folder / "book" / "data"
        if folder.name == "book" and (folder / "data").is_dir():
            return folder / "data"
    return PACKAGE_ROOT / "book" / "data"


def book_root() -> Path:
    """The repository root that holds ``_config.yml`` and ``book/``."""
    return data_dir().parent.parent
