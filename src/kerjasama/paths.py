"""Where the book's content lives, and the one command that builds it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parents[2]
#: Set by the Sphinx extension (``kerjasama_data_dir``) so that chapters running in a
#: kernel read the same folder the build checked; also a teacher's override.
DATA_ENV = "KERJASAMA_DATA"
#: Where a repository keeps its content, relative to its root.
DATA_FOLDER = Path("book") / "data"
#: The strict build every command uses: warnings are errors, and every problem is shown.
BUILD_ARGS = ("build", ".", "-W", "-n", "--keep-going")


def data_dir(root: Path | None = None) -> Path:
    """The ``book/data`` folder: of ``root`` when given; else from $KERJASAMA_DATA, the
    working directory upwards, or this repository.

    A chapter runs with its own folder (``book/``) as working directory, in Jupyter and
    during the book build alike, so the search from the working directory finds the
    content a teacher is editing even when the package is installed elsewhere.
    """
    if root is not None:
        return root / DATA_FOLDER
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override).resolve()
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / DATA_FOLDER).is_dir():
            return folder / DATA_FOLDER
        if folder.name == "book" and (folder / "data").is_dir():
            return folder / "data"
    return PACKAGE_ROOT / DATA_FOLDER


def build_command() -> list[str]:
    """``jupyter-book build . -W -n --keep-going`` with the jupyter-book beside this Python."""
    return [str(Path(sys.executable).parent / "jupyter-book"), *BUILD_ARGS]
