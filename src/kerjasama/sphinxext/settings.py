"""The extension's config values (prefixed ``kerjasama_``) and what they resolve to."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from sphinx.application import Sphinx
from sphinx.config import Config

from kerjasama.diagrams import STATIC_DIR as DIAGRAM_STATIC
from kerjasama.paths import DATA_ENV, DATA_FOLDER
from kerjasama.selfchecks import STATIC_DIR as SELFCHECK_STATIC
from kerjasama.site_cache import STATIC as SITE_STATIC

#: Template overrides: ``layout.html`` (the search index only on the search page),
#: ``search-button.html`` and ``search-button-field.html`` (none on the search page, which
#: has its own field).
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"

#: ``_config.yml`` → ``sphinx.config`` keys this extension reads.
CONFIG_VALUES: dict[str, tuple[object, Literal["env", "html"], type]] = {
    # The content folder, relative to the project root.
    "kerjasama_data_dir": (DATA_FOLDER.as_posix(), "env", str),
    # Slim the theme's CSS, fonts and icons after the build. ``make serve`` turns it off
    # with KERJASAMA_SLIM=0 to rebuild faster.
    "kerjasama_slim": (os.environ.get("KERJASAMA_SLIM", "1") != "0", "html", bool),
}


def data_folder(app: Sphinx) -> Path:
    """The configured content folder, absolute."""
    return (Path(app.confdir) / app.config.kerjasama_data_dir).resolve()


def apply_settings(app: Sphinx, config: Config) -> None:
    """``config-inited``: add the package's static and template folders; point chapters
    at the data.

    Chapters run in kernels started by this process, so the environment variable makes
    them read the same folder that the build checks.
    """
    config.html_static_path.extend([str(SELFCHECK_STATIC), str(DIAGRAM_STATIC), str(SITE_STATIC)])
    # First in the path: the themes add their component folders to it too, and an
    # override must be found before the theme's file of the same name.
    config.templates_path.insert(0, str(TEMPLATES_DIR))
    os.environ[DATA_ENV] = str(data_folder(app))
