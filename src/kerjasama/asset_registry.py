"""Every script and stylesheet a built page can load, in one table.

The post-build steps (``assets``, ``slim``, ``bundle``) and the offline file list
(:mod:`kerjasama.site_cache`) read this table and keep no list of asset names of their
own. To add an asset, add one row to :data:`ASSETS`, e.g.::

    Asset("share.js", "selfchecks", "kode berbagi", markers=(PROGRESS_MARK,)),

A stylesheet that is in no row is kept where it was loaded (inlined in those pages), never
dropped; the build log names it so that it can be given a row.

The module imports nothing but the standard library: the offline file list reads it
from outside Sphinx (``make lkpd``).
"""

from __future__ import annotations

from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import PurePosixPath
from typing import Literal

#: Where a file comes from: a package static folder of this project (``selfchecks``,
#: ``diagrams``, ``site`` = ``kerjasama/static``), the book's ``book/_static``, or another
#: extension (``theme``), whose files this project only trims, joins or drops.
Origin = Literal["selfchecks", "diagrams", "site", "book", "theme"]

#: The marks in a page body that say a page holds a component. Each is written by the
#: component's renderer (``test_asset_registry`` checks that the renderer's source holds it).
SELFCHECK_MARK = 'class="selfcheck"'
EXPLORER_MARK = 'class="concept-explorer"'
PROGRESS_MARK = 'class="learning-progress"'
RECAP_MARK = 'class="class-recap"'
PRACTICE_MARK = 'class="mixed-practice"'
OFFLINE_SAVE_MARK = 'class="offline-save"'
DIAGRAM_MARKS = ('class="ks-diagram"', 'class="ks-matrix"', 'class="ks-scenarios"', "ks-lkpd")
CODE_MARK = 'class="highlight'
TOGGLE_MARKS = ('class="toggle', "admonition dropdown")
TABS_MARK = "sd-tab-set"


@dataclass(frozen=True)
class Asset:
    """One file under ``_static`` and what the build does with it."""

    #: Path under ``_static`` (a pattern for hashed names such as ``mystnb.*.css``).
    name: str
    origin: Origin
    #: Who needs it, for a reader of this table.
    component: str
    #: A page loads it only when its body holds one of these; empty: every page.
    markers: tuple[str, ...] = ()
    #: Stylesheets: joined into the one shared, cached bundle (True) or inlined in the
    #: pages that load it (False).
    shared: bool = False
    #: Saved for offline reading (``luring.json``).
    offline: bool = True
    #: Loaded by pages at all; False for a file the build empties and unlinks.
    loaded: bool = True
    #: Stylesheets: rules naming a class or id no page uses are removed (``slim``).
    purged: bool = False

    @property
    def is_stylesheet(self) -> bool:
        return self.name.endswith(".css")

    def matches(self, path: str) -> bool:
        """True for a site path (``_static/x.css``, ``../_static/x.css?v=1``) of this file."""
        clean = path.split("?")[0].split("#")[0]
        parts = PurePosixPath(clean).parts
        under = PurePosixPath(*parts[parts.index("_static") + 1 :]) if "_static" in parts else None
        candidate = under.as_posix() if under is not None else PurePosixPath(clean).name
        return fnmatch(candidate, self.name)


#: Rows in load order: ``progress.js``, ``recap.js`` and ``practice.js`` use
#: ``window.kerjasamaSelfcheck``, which ``selfcheck.js`` defines, so it comes first;
#: ``progress.js`` and ``recap.js`` use ``window.kerjasamaShare`` from ``share.js``.
ASSETS: tuple[Asset, ...] = (
    # The book's own components, added to the pages that hold them.
    Asset(
        "selfcheck.js",
        "selfchecks",
        "uji pemahaman; menilai juga untuk halaman kemajuan, rekap, latihan campuran",
        markers=(SELFCHECK_MARK, PROGRESS_MARK, RECAP_MARK, PRACTICE_MARK),
    ),
    Asset("selfcheck.css", "selfchecks", "uji pemahaman", markers=(SELFCHECK_MARK, PRACTICE_MARK)),
    # share.js (window.kerjasamaShare) writes and reads the share codes for both pages.
    Asset("share.js", "selfchecks", "kode berbagi", markers=(PROGRESS_MARK, RECAP_MARK)),
    Asset("progress.js", "selfchecks", "kemajuan belajar", markers=(PROGRESS_MARK,)),
    Asset("recap.js", "selfchecks", "rekap kelas", markers=(RECAP_MARK,)),
    Asset("practice.js", "selfchecks", "latihan campuran", markers=(PRACTICE_MARK,)),
    Asset(
        "progress.css",
        "selfchecks",
        "kemajuan, latihan campuran",
        markers=(PROGRESS_MARK, PRACTICE_MARK),
    ),
    Asset("recap.css", "selfchecks", "rekap kelas, juga untuk dicetak", markers=(RECAP_MARK,)),
    Asset("explorer.js", "diagrams", "penjelajah peta konsep", markers=(EXPLORER_MARK,)),
    Asset("explorer.css", "diagrams", "penjelajah peta konsep", markers=(EXPLORER_MARK,)),
    Asset("diagrams.css", "diagrams", "diagram, matriks, daftar LKPD", markers=DIAGRAM_MARKS),
    # Every page registers the service worker and can show the new-version notice.
    Asset("offline.js", "site", "membaca luring"),
    Asset("offline.css", "site", "kotak simpan luring, pemberitahuan versi baru"),
    # The theme's "Kembali ke atas" steps aside while an answer area or a link is under it.
    Asset("back-to-top.js", "site", "tombol Kembali ke atas tidak menutupi jawaban dan tautan"),
    # Also imported by the service worker (worker/sw.js); offline.js waits for it.
    Asset("offline-save.js", "site", "menyimpan seluruh buku", markers=(OFFLINE_SAVE_MARK,)),
    # The book's own book-wide styles (html_css_files in _config.yml).
    Asset("kerjasama.css", "book", "gaya seluruh buku"),
    # The theme and the other extensions.
    Asset("styles/theme.css", "theme", "tema", shared=True),
    Asset("basic.css", "theme", "Sphinx", shared=True, purged=True),
    Asset("styles/pydata-sphinx-theme.css", "theme", "tema", shared=True, purged=True),
    Asset("styles/sphinx-book-theme.css", "theme", "tema", shared=True, purged=True),
    Asset("pygments.css", "theme", "warna kode", shared=True, purged=True),
    Asset("sphinx-design.min.css", "theme", "sphinx-design", shared=True, purged=True),
    Asset("mystnb.*.css", "theme", "MyST-NB", shared=True, purged=True),
    Asset("sphinx-thebe.css", "theme", "Live Code", shared=True),
    Asset("clipboard.min.js", "theme", "tombol salin kode", markers=(CODE_MARK,)),
    Asset("copybutton.js", "theme", "tombol salin kode", markers=(CODE_MARK,)),
    Asset("copybutton.css", "theme", "tombol salin kode", markers=(CODE_MARK,)),
    Asset("togglebutton.js", "theme", "buka-tutup", markers=TOGGLE_MARKS),
    Asset("togglebutton.css", "theme", "buka-tutup", markers=TOGGLE_MARKS),
    Asset("design-tabs.js", "theme", "tab sphinx-design", markers=(TABS_MARK,)),
    # 1.5 MB that redraws icons as SVG; the CSS already draws them from a small font.
    Asset("scripts/fontawesome.js", "theme", "ikon (diganti CSS)", offline=False, loaded=False),
)


#: The theme sheet whose ``@font-face`` rules name the Font Awesome web fonts (``slim``
#: subsets the fonts and rewrites those rules).
ICON_FONT_SHEET = "styles/pydata-sphinx-theme.css"


def find(path: str | None) -> Asset | None:
    """The row of a file, by its path or link; None for a file in no row."""
    if not path:
        return None
    return next((asset for asset in ASSETS if asset.matches(path)), None)


def needed_on_page(path: str | None, body: str) -> bool:
    """False for a file with markers of which ``body`` holds none, or one never loaded."""
    asset = find(path)
    if asset is None:
        return True
    return asset.loaded and (not asset.markers or any(mark in body for mark in asset.markers))


def component_assets(origin: Origin | None = None) -> list[Asset]:
    """This project's files added to a page by marker (``origin`` narrows to one folder)."""
    own = ("selfchecks", "diagrams", "site")
    return [
        asset
        for asset in ASSETS
        if asset.origin in own and (origin is None or asset.origin == origin)
    ]


def is_shared_stylesheet(path: str) -> bool:
    asset = find(path)
    return asset is not None and asset.is_stylesheet and asset.shared


def purged_stylesheets() -> list[str]:
    return [asset.name for asset in ASSETS if asset.purged]


def never_loaded() -> list[Asset]:
    return [asset for asset in ASSETS if not asset.loaded]


def is_offline(path: str) -> bool:
    """False for a file the offline list leaves out."""
    asset = find(path)
    return asset is None or asset.offline
