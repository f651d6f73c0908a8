"""Indonesian for the theme's and Sphinx's own words, through gettext catalogs.

The book's ``locale/`` folder holds one folder per upstream project (``locale_dirs`` in
``_config.yml``), each a standard ``id/LC_MESSAGES/<domain>.po``:

* domain ``sphinx`` (Sphinx and pydata-sphinx-theme): Sphinx itself compiles these with
  Babel before the build and puts them in front of its own Indonesian catalog;
* any other domain (``booktheme``): compiled here, then added with
  ``add_message_catalog``. Sphinx merges it behind the theme's own catalog, so it fills in
  what the theme has not translated yet;
* the browser catalog (``_static/translations.js``, read by the search page and the
  search highlighter): Sphinx copies its own file, which leaves some messages empty, so
  the messages of the ``sphinx`` catalogs that are used in ``.js`` files are merged in.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from babel.messages.pofile import read_po
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util.i18n import CatalogRepository

BROWSER_CATALOG = Path("_static") / "translations.js"
_ADD_TRANSLATIONS = re.compile(r"Documentation\.addTranslations\((.*)\);\s*$", re.DOTALL)


def _catalogs(app: Sphinx, config: Config) -> CatalogRepository:
    return CatalogRepository(
        app.srcdir, config.locale_dirs, config.language, config.source_encoding
    )


def add_theme_catalogs(app: Sphinx, config: Config) -> None:
    """``config-inited``: compile and register the catalogs of domains other than Sphinx's."""
    for catalog in _catalogs(app, config).catalogs:
        if catalog.domain == "sphinx":
            continue
        if catalog.is_outdated():
            catalog.write_mo(config.language, config.gettext_allow_fuzzy_translations)
        # <locale dir>/<language>/LC_MESSAGES/<domain>.mo
        app.add_message_catalog(catalog.domain, str(Path(catalog.base_dir).parents[1]))


def browser_messages(po_files: list[Path]) -> dict[str, str]:
    """Translated messages used in JavaScript; the first file to translate one wins."""
    messages: dict[str, str] = {}
    for po_file in reversed(po_files):
        with po_file.open("rb") as handle:
            catalog = read_po(handle)
        for message in catalog:
            used_in_js = any(name.endswith(".js") for name, _line in message.locations)
            if message.id and message.string and used_in_js and isinstance(message.id, str):
                messages[message.id] = str(message.string)
    return messages


def merge_browser_catalog(script: str, messages: dict[str, str]) -> str:
    """Sphinx's ``translations.js`` with ``messages`` merged over its own."""
    found = _ADD_TRANSLATIONS.search(script)
    if found is None:
        raise ValueError("translations.js tidak berisi Documentation.addTranslations(...)")
    catalog: dict[str, Any] = json.loads(found.group(1))
    catalog["messages"] = {**catalog.get("messages", {}), **messages}
    text = json.dumps(catalog, ensure_ascii=False, indent=4, sort_keys=True)
    return f"Documentation.addTranslations({text});\n"


def complete_browser_catalog(app: Sphinx) -> None:
    """After the build: the browser catalog gets the book's ``sphinx`` translations too."""
    target = Path(app.outdir) / BROWSER_CATALOG
    po_files = [
        Path(catalog.po_path)
        for catalog in _catalogs(app, app.config).catalogs
        if catalog.domain == "sphinx"
    ]
    messages = browser_messages(po_files)
    if not target.exists() or not messages:
        return
    target.write_text(
        merge_browser_catalog(target.read_text(encoding="utf-8"), messages), encoding="utf-8"
    )
