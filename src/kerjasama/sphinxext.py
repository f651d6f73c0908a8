"""Sphinx extension: check content before building, and keep executed outputs fresh.

Registered in ``_config.yml`` so that a plain ``jupyter-book build`` behaves like
``make book``:

* content files with problems stop the build with the same Indonesian messages as
  ``make check``, before any notebook runs;
* a page that holds a self-check gets ``selfcheck.js`` and ``selfcheck.css``;
* chapters read ``book/data`` and this package when they execute, but jupyter-cache keys
  its outputs on the notebook text alone. When the data or the package changes, the
  cache is emptied and every page is re-read, so a teacher's edit to a YAML file always
  reaches the built book.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.errors import ExtensionError
from sphinx.util import logging

from .a11y import repair_pages
from .checks import check_content
from .errors import ContentError
from .glossary import ConceptGlossary
from .slim import needed_on_page, slim_assets

LOGGER = logging.getLogger(__name__)
PACKAGE_DIR = Path(__file__).resolve().parent


def files_fingerprint(files: list[Path]) -> str:
    """A hash of the names and contents of ``files``, in the order given."""
    digest = hashlib.sha256()
    for path in files:
        digest.update(str(path.name).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def content_fingerprint(data: Path, package: Path = PACKAGE_DIR) -> str:
    """A hash of everything a chapter reads when it runs: content data and package code."""
    files = sorted(p for p in data.rglob("*") if p.is_file())
    return files_fingerprint(files + sorted(package.rglob("*.py")))


def _data_dir(app: Sphinx) -> Path:
    return Path(app.srcdir) / "book" / "data"


def _check(app: Sphinx) -> None:
    root = Path(app.srcdir)
    problems = check_content(_data_dir(app))
    if problems:
        raise ExtensionError(
            "Isi buku belum benar, buku tidak dibangun.\n" + ContentError(problems).format(root)
        )


def _refresh_outputs(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    cache_dir = Path(env.mystnb_config.execution_cache_path)  # type: ignore[attr-defined]
    unchanged = sorted(env.found_docs - added - changed - removed)
    # The book's own CSS/JS: pages are written again (Sphinx copies static files only
    # when it writes), but no chapter needs to run.
    styles = cache_dir.parent / ".kerjasama-static"
    static_dir = Path(app.srcdir) / "book" / "_static"
    static = files_fingerprint(sorted(p for p in static_dir.rglob("*") if p.is_file()))
    styles_changed = not styles.exists() or styles.read_text(encoding="utf-8") != static
    if styles_changed:
        styles.parent.mkdir(parents=True, exist_ok=True)
        styles.write_text(static, encoding="utf-8")
    stamp = cache_dir.parent / ".kerjasama-fingerprint"
    current = content_fingerprint(_data_dir(app))
    previous = stamp.read_text(encoding="utf-8") if stamp.exists() else None
    if previous == current:
        return unchanged if styles_changed and previous is not None else []
    if cache_dir.exists():
        from jupyter_cache import get_cache

        get_cache(str(cache_dir)).clear_cache()
        LOGGER.info("[kerjasama] data atau paket berubah: semua bab dijalankan ulang")
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text(current, encoding="utf-8")
    return unchanged


def _add_selfcheck_assets(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Only pages that hold a self-check load its script and styles (readers pay per byte)."""
    if 'class="selfcheck"' in context.get("body", ""):
        app.add_css_file("selfcheck.css")
        app.add_js_file("selfcheck.js", defer="defer")


def _drop_widget_state(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """Keep the ipywidgets state JSON (often 100 KB) out of the pages.

    The book shows every widget through its ``text/html`` rendering, and no widget
    manager is loaded (``nb_ipywidgets_js: {}``), so nothing would ever read that state.
    """
    from myst_nb.sphinx_ import NbMetadataCollector

    for docname in env.found_docs:
        NbMetadataCollector.get_js_files(env, docname).pop("ipywidgets_state", None)
    return []


def _trim_page_assets(
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


def _slim_assets(app: Sphinx, exception: Exception | None) -> None:
    if exception is None and app.builder.format == "html":
        repair_pages(Path(app.outdir))
        report = slim_assets(Path(app.outdir))
        LOGGER.info(
            f"[kerjasama] aset tema dirampingkan: {report.before // 1024} KB → "
            f"{report.after // 1024} KB"
        )


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("konsep-glosarium", ConceptGlossary)
    app.connect("builder-inited", _check)
    app.connect("html-page-context", _add_selfcheck_assets)
    app.connect("html-page-context", _trim_page_assets, priority=900)
    app.connect("env-updated", _drop_widget_state)
    # After myst-nb's own build-finished handler, which copies its stylesheet.
    app.connect("build-finished", _slim_assets, priority=900)
    app.connect("env-get-outdated", _refresh_outputs)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
