"""Take screenshots of built pages at desktop and phone width, for a person to look at.

Usage: python tools/screenshots.py [page.html ...]  (paths relative to _build/html)
Writes PNGs to _build/screenshots/.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from kerjasama.teacher.chromium import CHROMIUM, CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parents[1]
HTML = ROOT / "_build" / "html"
OUT = ROOT / "_build" / "screenshots"


def main(pages: list[str]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    targets = pages or [str(p.relative_to(HTML)) for p in sorted((HTML / "book").glob("*.html"))]
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for width, height in ((1280, 900), (360, 780)):
            page = browser.new_page(viewport={"width": width, "height": height})
            for target in targets:
                page.goto((HTML / target).as_uri())
                name = target.replace("/", "_").removesuffix(".html")
                path = OUT / f"{name}-{width}.png"
                page.screenshot(path=str(path), full_page=True)
                print(path)
            page.close()
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1:])
