"""The book as an installable web app that reads offline after one visit.

The site-wide end of the post-build pipeline (:mod:`kerjasama.sphinxext.postbuild`), run
once every page is final, and again after ``make lkpd`` adds the worksheets:

* :mod:`.manifest`: ``manifest.webmanifest`` and its icons;
* :mod:`.files`: ``luring.json`` (the offline file list and a content version) and
  ``sw.js``, the service worker (``kerjasama/worker/sw.js`` with that version), which
  caches each page as it is read, keeps one cache per version and removes the old ones.

The page step that declares the inline tab icon is in :mod:`.head`. Nothing here needs
Sphinx: the teacher tools call it too.
"""

from __future__ import annotations

from pathlib import Path

from kerjasama.site_cache.files import LIST_FILE, WORKER_FILE, site_files, write_file_list
from kerjasama.site_cache.links import CSS_URL, local_path
from kerjasama.site_cache.manifest import MANIFEST_FILE, read_manifest, write_manifest

#: ``offline.js`` and ``offline.css``: the page side of reading offline.
STATIC = Path(__file__).resolve().parent.parent / "static"

__all__ = [
    "CSS_URL",
    "LIST_FILE",
    "MANIFEST_FILE",
    "STATIC",
    "WORKER_FILE",
    "local_path",
    "refresh_site_cache",
    "site_files",
    "write_site_cache",
]


def write_site_cache(html: Path, title: str, start: str) -> str:
    """Write the manifest, icons, file list and worker; returns the version."""
    write_manifest(html, title, start)
    return write_file_list(html)


def refresh_site_cache(html: Path) -> str | None:
    """After files were added to a built book (``make lkpd``): list them, new version."""
    found = read_manifest(html)
    if found is None:
        return None
    return write_site_cache(html, *found)
