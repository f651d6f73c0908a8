"""The offline file list (``luring.json``) and the service worker that reads it.

``luring.json`` holds every file a reader needs (pages, styles, scripts, fonts, the search
index) with its size, the worksheets apart (saved only if the reader ticks them), and a
version computed from the files' contents. ``sw.js`` is the worker template
(``kerjasama/worker/sw.js``) with that version.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from kerjasama.asset_registry import is_offline
from kerjasama.site_cache.links import CSS_URL, LINK, local_path
from kerjasama.site_cache.manifest import ICONS, MANIFEST_FILE

WORKER = Path(__file__).resolve().parent.parent / "worker" / "sw.js"
LIST_FILE = "luring.json"
WORKER_FILE = "sw.js"
#: Files no reader opens: sources, source maps, fonts the slimmed CSS no longer uses.
SKIPPED_PARTS = ("_sources", ".doctrees", "reports")
SKIPPED_SUFFIXES = (".map", ".ttf", ".woff2", ".ipynb", ".inv", ".buildinfo", ".zip")
SKIPPED_NAMES = (LIST_FILE, WORKER_FILE, ".buildinfo")
WORKSHEETS = "lkpd"


def _skipped(path: Path) -> bool:
    return (
        any(part in SKIPPED_PARTS for part in path.parts)
        or path.suffix in SKIPPED_SUFFIXES
        or path.name in SKIPPED_NAMES
        or not is_offline(path.as_posix())
        # Templates the theme ships in _static, never opened by a reader.
        or (path.parts[0] == "_static" and path.suffix == ".html")
    )


def _targets(links: list[str], base: Path, html: Path) -> set[Path]:
    found = set()
    for link in links:
        path = local_path(link)
        if not path:
            continue
        target = Path(os.path.normpath(base / path))
        if target.is_file() and target.is_relative_to(html):
            found.add(target.relative_to(html))
    return found


def site_files(html: Path) -> tuple[list[Path], list[Path]]:
    """(what every reader saves, the worksheets saved only on request), as site paths.

    Only what the pages reach counts: every page, what its ``href``/``src`` name, what
    the stylesheets' ``url()`` name, and the manifest's icons.
    """
    pages = [p.relative_to(html) for p in html.rglob("*.html")]
    todo = [p for p in pages if not _skipped(p)] + [Path(MANIFEST_FILE)]
    todo += [Path(icon) for icon in ICONS.values()]
    seen: set[Path] = set()
    while todo:
        path = todo.pop()
        if path in seen or _skipped(path) or not (html / path).is_file():
            continue
        seen.add(path)
        if path.suffix in (".html", ".css"):
            text = (html / path).read_text(encoding="utf-8", errors="replace")
            base = (html / path).parent
            links = LINK.findall(text) + [m.group("url") for m in CSS_URL.finditer(text)]
            todo += _targets(links, base, html)
    everything = sorted(seen)
    worksheets = [p for p in everything if p.parts[0] == WORKSHEETS and p.suffix == ".pdf"]
    return [p for p in everything if p not in worksheets], worksheets


def version_of(html: Path, files: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.as_posix().encode("utf-8") + b"\0" + (html / path).read_bytes())
    return digest.hexdigest()[:12]


def write_file_list(html: Path) -> str:
    """Write ``luring.json`` and ``sw.js`` for the files as they are now; returns the version."""
    files, worksheets = site_files(html)
    version = version_of(html, files + worksheets)

    def listed(paths: list[Path]) -> list[list[object]]:
        return [[p.as_posix(), (html / p).stat().st_size] for p in paths]

    listing = {"version": version, "files": listed(files), "worksheets": listed(worksheets)}
    (html / LIST_FILE).write_text(json.dumps(listing, ensure_ascii=False), encoding="utf-8")
    worker = WORKER.read_text(encoding="utf-8")
    (html / WORKER_FILE).write_text(worker.replace("__VERSION__", version), encoding="utf-8")
    return version
