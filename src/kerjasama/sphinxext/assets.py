"""What each page loads: only the scripts and styles it uses, each once.

Readers pay for every byte, so a page without a self-check loads no self-check code,
and the theme's assets are slimmed once the whole site is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging

from kerjasama.site_cache import write_site_cache
from kerjasama.sphinxext.a11y import repair_pages
from kerjasama.sphinxext.bundle import bundle_assets
from kerjasama.sphinxext.locales import complete_browser_catalog
from kerjasama.sphinxext.slim import needed_on_page, slim_assets
from kerjasama.sphinxext.theme_strings import translate_built_files

LOGGER = logging.getLogger(__name__)
#: The book's own components: the mark in a page's body, and the stylesheet and script
#: the page then loads.
COMPONENT_ASSETS = (
    ('class="selfcheck"', "selfcheck.css", ("selfcheck.js",)),
    ('class="concept-explorer"', "explorer.css", ("explorer.js",)),
    # The progress page reads and grades answers with selfcheck.js's own code.
    ('class="learning-progress"', "progress.css", ("selfcheck.js", "share.js", "progress.js")),
    ('class="class-recap"', "progress.css", ("selfcheck.js", "share.js", "recap.js")),
    # Latihan Campuran grades and shows feedback with selfcheck.js, in its styles.
    ('class="mixed-practice"', "selfcheck.css", ("selfcheck.js",)),
    ('class="mixed-practice"', "progress.css", ("practice.js",)),
)


def add_component_assets(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Only pages that hold a self-check or an explorer load its script and styles."""
    body = context.get("body", "")
    for mark, stylesheet, scripts in COMPONENT_ASSETS:
        if mark in body:
            app.add_css_file(stylesheet)
            for script in scripts:
                app.add_js_file(script, defer="defer")


def drop_widget_state(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """Keep the ipywidgets state JSON (often 100 KB) out of the pages.

    The book shows every widget through its ``text/html`` rendering, and no widget
    manager is loaded (``nb_ipywidgets_js: {}``), so nothing would ever read that state.
    MyST-NB has no option to leave it out, so it is removed from the per-page script
    list that MyST-NB's metadata collector exposes.
    """
    from myst_nb.sphinx_ import NbMetadataCollector

    for docname in env.found_docs:
        NbMetadataCollector.get_js_files(env, docname).pop("ipywidgets_state", None)
    return []


def trim_page_assets(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Each page loads every script once, and only the scripts it needs.

    Sphinx 7 lists inline scripts added after start-up twice (once as None, once as ""),
    and sphinx-thebe's ``const THEBE_JS_URL`` then throws "already been declared" on every
    page. Copy buttons, toggles and tabs load only on pages that have them.
    """
    scripts = context.get("script_files")
    if not scripts:
        return
    seen: set[tuple[str, tuple[tuple[str, str], ...]]] = set()
    unique = []
    body = context.get("body", "")
    for script in scripts:
        if not needed_on_page(script.filename, body):
            continue
        key = (script.filename or "", tuple(sorted(script.attributes.items())))
        if key not in seen:
            seen.add(key)
            unique.append(script)
    scripts[:] = unique
    styles = context.get("css_files")
    if styles:
        styles[:] = [sheet for sheet in styles if needed_on_page(sheet.filename, body)]


def finish_pages(app: Sphinx, exception: Exception | None) -> None:
    """``build-finished``: Indonesian for what no catalog reached, accessibility repairs,
    slimming (``kerjasama_slim``), one stylesheet and deferred scripts per page, and
    last, once every file is final, the offline file list and service worker."""
    if exception is not None or app.builder.format != "html":
        return
    outdir = Path(app.outdir)
    complete_browser_catalog(app)
    translate_built_files(outdir)
    repair_pages(outdir)
    if app.config.kerjasama_slim:
        report = slim_assets(outdir)
        LOGGER.info(
            f"[kerjasama] aset tema dirampingkan: {report.before // 1024} KB → "
            f"{report.after // 1024} KB"
        )
    bundle_assets(outdir)
    title = app.config.html_title or app.config.project
    version = write_site_cache(outdir, title, app.builder.get_target_uri(app.config.root_doc))
    LOGGER.info(f"[kerjasama] versi luring {version}")
