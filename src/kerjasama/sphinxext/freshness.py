"""Keep executed chapter outputs fresh when the data or this package changes.

jupyter-cache keys a chapter's outputs on the notebook text alone, but chapters read
``book/data`` and this package when they run. When either changes, the cache is emptied
and every page is re-read, so a teacher's edit to a YAML file always reaches the book.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging

from kerjasama.sphinxext.settings import data_folder

LOGGER = logging.getLogger(__name__)
PACKAGE_DIR = Path(__file__).resolve().parents[1]
#: Stamps beside the jupyter-cache folder, one per kind of input.
CONTENT_STAMP = ".kerjasama-fingerprint"
STATIC_STAMP = ".kerjasama-static"


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


def static_fingerprint(folders: list[Path]) -> str:
    """A hash of the book's and the package's CSS/JS and of the ``.po`` catalogs (not of
    the ``.mo`` files compiled from them)."""
    files = (p for f in folders for p in f.rglob("*") if p.is_file() and p.suffix != ".mo")
    return files_fingerprint(sorted(files))


def _update_stamp(stamp: Path, current: str) -> bool:
    """Write ``current`` to ``stamp``; True when it differed (or there was none)."""
    if stamp.exists() and stamp.read_text(encoding="utf-8") == current:
        return False
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text(current, encoding="utf-8")
    return True


def execution_cache(app: Sphinx) -> Path:
    """MyST-NB's jupyter-cache folder, found the way MyST-NB finds it."""
    configured = app.config.nb_execution_cache_path
    return Path(configured) if configured else Path(app.outdir).parent / ".jupyter_cache"


def refresh_outputs(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    """``env-get-outdated``: the pages to re-read because their hidden inputs changed."""
    cache_dir = execution_cache(app)
    unchanged = sorted(env.found_docs - added - changed - removed)
    # The CSS/JS and the interface translations: pages are written again (Sphinx copies
    # static files only when it writes), but no chapter needs to run.
    folders = [*app.config.html_static_path, *app.config.locale_dirs]
    static_folders = [Path(app.confdir, p) for p in folders]
    static_changed = _update_stamp(
        cache_dir.parent / STATIC_STAMP, static_fingerprint(static_folders)
    )
    content_changed = _update_stamp(
        cache_dir.parent / CONTENT_STAMP, content_fingerprint(data_folder(app))
    )
    if not content_changed:
        return unchanged if static_changed else []
    if cache_dir.exists():
        from jupyter_cache import get_cache

        get_cache(str(cache_dir)).clear_cache()
        LOGGER.info("[kerjasama] data atau paket berubah: semua bab dijalankan ulang")
    return unchanged
