"""Stop the build on content problems, with the same messages as ``make check``."""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx
from sphinx.errors import ExtensionError

from kerjasama.content.checks import check_content
from kerjasama.errors import ContentError
from kerjasama.sphinxext.settings import data_folder


def check_content_first(app: Sphinx) -> None:
    """``builder-inited``: a broken YAML, Markdown or ``_toc.yml`` stops the build here."""
    problems = check_content(data_folder(app))
    if problems:
        raise ExtensionError(
            "Isi buku belum benar, buku tidak dibangun.\n"
            + ContentError(problems).format(Path(app.confdir))
        )
