"""The book as an installable web app that reads offline after one visit.

After the HTML build (and again after ``make lkpd`` adds the worksheets) this writes, at
the site root:

* ``luring.json``: every file a reader needs (pages, styles, scripts, fonts, the search
  index) with its size, the worksheets apart (saved only if the reader ticks them), and
  a version computed from the files' contents;
* ``sw.js``: the service worker (``static/sw.js`` with that version), which caches each
  page as it is read, keeps one cache per version and removes the old ones;
* ``manifest.webmanifest`` and its icons, so that Android offers to install the book.

Nothing here needs Sphinx: the teacher tools call it too.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

from PIL import Image, ImageDraw

#: The page script (offline.js) and the worker template.
STATIC = Path(__file__).parent / "static"
WORKER = Path(__file__).parent / "worker" / "sw.js"
LIST_FILE = "luring.json"
WORKER_FILE = "sw.js"
MANIFEST_FILE = "manifest.webmanifest"
ICON_SIZES = (192, 512)
ICON_DIR = "_static/ikon"
ICONS = {size: f"{ICON_DIR}/ikon-{size}.png" for size in ICON_SIZES}
THEME_COLOUR = "#1b5e8c"
#: Files no reader opens: sources, source maps, fonts the slimmed CSS no longer uses.
SKIPPED_PARTS = ("_sources", ".doctrees", "reports")
SKIPPED_SUFFIXES = (".map", ".ttf", ".woff2", ".ipynb", ".inv", ".buildinfo", ".zip")
SKIPPED_NAMES = (LIST_FILE, WORKER_FILE, ".buildinfo", "fontawesome.js")
WORKSHEETS = "lkpd"
#: The tab icon, inline in every page: browsers fetch icons outside the service worker, so
#: a file (or the default /favicon.ico) would fail offline.
INLINE_ICON = (
    '<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns=\'http://www.w3.org/2000/svg\' '
    "viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='6' fill='%231b5e8c'/%3E"
    "%3Cg fill='none' stroke='%23fff' stroke-width='2.5'%3E%3Ccircle cx='12.5' cy='16' "
    "r='6.5'/%3E%3Ccircle cx='19.5' cy='16' r='6.5'/%3E%3C/g%3E%3C/svg%3E\"/>"
)
LINK = re.compile(r'(?:href|src)="([^"]+)"')
#: A stylesheet's ``url()``, quoted or not (``build.bundle`` rebases the same matches).
CSS_URL = re.compile(r"url\(\s*(['\"]?)(?P<url>[^'\")]+)\1\s*\)")


def _skipped(path: Path) -> bool:
    return (
        any(part in SKIPPED_PARTS for part in path.parts)
        or path.suffix in SKIPPED_SUFFIXES
        or path.name in SKIPPED_NAMES
        # Templates the theme ships in _static, never opened by a reader.
        or (path.parts[0] == "_static" and path.suffix == ".html")
    )


def local_path(link: str) -> str | None:
    """The path part of a link inside the site, or None for other sites and data URLs."""
    if re.match(r"^[a-z]+:|^//", link):
        return None
    return link.split("?")[0].split("#")[0]


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


def draw_icon(size: int, target: Path) -> None:
    """Two linked rings on the book's colour, inside the safe zone of a maskable icon."""
    image = Image.new("RGB", (size, size), THEME_COLOUR)
    pen = ImageDraw.Draw(image)
    radius, width, middle = size * 0.2, max(2, size // 24), size / 2
    for centre in (middle - radius * 0.55, middle + radius * 0.55):
        box = (centre - radius, middle - radius, centre + radius, middle + radius)
        pen.ellipse(box, outline="#ffffff", width=width)
    target.parent.mkdir(parents=True, exist_ok=True)
    image.save(target, optimize=True)


def web_manifest(title: str, start: str) -> dict[str, object]:
    return {
        "name": title,
        "short_name": "Kerja Sama",
        "description": "Buku interaktif sosiologi SMA tentang kerja sama sebagai interaksi "
        "sosial asosiatif. Dapat dibaca tanpa internet setelah disimpan.",
        "lang": "id",
        "dir": "ltr",
        "start_url": start,
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOUR,
        "icons": [
            {
                "src": ICONS[size],
                "sizes": f"{size}x{size}",
                "type": "image/png",
                "purpose": "any maskable",
            }
            for size in ICONS
        ],
    }


def declare_icon(html: Path) -> None:
    """Every page, the theme's and the redirect page alike, names its inline icon."""
    for page in html.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        if 'rel="icon"' in text or "_static" in page.relative_to(html).parts:
            continue
        # The redirect page Jupyter Book writes has no <head>: the link goes first.
        marked = text.replace("<head>", "<head>" + INLINE_ICON, 1)
        page.write_text(marked if marked != text else INLINE_ICON + text, encoding="utf-8")


def write_site_cache(html: Path, title: str, start: str) -> str:
    """Write the manifest, icons, file list and worker; returns the version."""
    declare_icon(html)
    for size, path in ICONS.items():
        icon = html / path
        if not icon.exists():
            draw_icon(size, icon)
    manifest = json.dumps(web_manifest(title, start), ensure_ascii=False, indent=1)
    (html / MANIFEST_FILE).write_text(manifest, encoding="utf-8")
    files, worksheets = site_files(html)
    version = version_of(html, files + worksheets)

    def listed(paths: list[Path]) -> list[list[object]]:
        return [[p.as_posix(), (html / p).stat().st_size] for p in paths]

    listing = {"version": version, "files": listed(files), "worksheets": listed(worksheets)}
    (html / LIST_FILE).write_text(json.dumps(listing, ensure_ascii=False), encoding="utf-8")
    worker = WORKER.read_text(encoding="utf-8")
    (html / WORKER_FILE).write_text(worker.replace("__VERSION__", version), encoding="utf-8")
    return version


def refresh_site_cache(html: Path) -> str | None:
    """After files were added to a built book (``make lkpd``): list them, new version."""
    manifest = html / MANIFEST_FILE
    if not manifest.exists():
        return None
    data = json.loads(manifest.read_text(encoding="utf-8"))
    return write_site_cache(html, data["name"], data["start_url"])
