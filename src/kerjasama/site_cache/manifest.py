"""The web app manifest and its icons, so that Android offers to install the book."""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image, ImageDraw

MANIFEST_FILE = "manifest.webmanifest"
ICON_SIZES = (192, 512)
ICON_DIR = "_static/ikon"
ICONS = {size: f"{ICON_DIR}/ikon-{size}.png" for size in ICON_SIZES}
THEME_COLOUR = "#1b5e8c"


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


def write_manifest(html: Path, title: str, start: str) -> None:
    """The manifest at the site root, and its icons (drawn once)."""
    for size, path in ICONS.items():
        icon = html / path
        if not icon.exists():
            draw_icon(size, icon)
    manifest = json.dumps(web_manifest(title, start), ensure_ascii=False, indent=1)
    (html / MANIFEST_FILE).write_text(manifest, encoding="utf-8")


def read_manifest(html: Path) -> tuple[str, str] | None:
    """(title, start page) of an already built book, or None when it has no manifest."""
    manifest = html / MANIFEST_FILE
    if not manifest.exists():
        return None
    data = json.loads(manifest.read_text(encoding="utf-8"))
    return data["name"], data["start_url"]
