"""Write the visible text of every built page to a folder, one ``.txt`` per page.

Used to prove that a refactor changed no word a reader sees: extract the text of two
builds, then ``diff -r`` the two folders (see CONTRIBUTING.md).

    python tools/page_text.py _build/html /tmp/text-after
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from bs4 import BeautifulSoup

SKIPPED_FOLDERS = {"_static", "_sources", "_images", "lkpd"}


def page_text(html: str) -> str:
    """The page's text as a reader sees it, one block per line, scripts and styles dropped."""
    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(["script", "style", "noscript", "template"]):
        hidden.decompose()
    text = soup.get_text("\n")
    lines = (re.sub(r"\s+", " ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line) + "\n"


def extract(site: Path, target: Path) -> int:
    """Write one text file per HTML page of ``site`` under ``target``; return the count."""
    count = 0
    for page in sorted(site.rglob("*.html")):
        relative = page.relative_to(site)
        if SKIPPED_FOLDERS & set(relative.parts):
            continue
        out = target / relative.with_suffix(".txt")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(page_text(page.read_text(encoding="utf-8")), encoding="utf-8")
        count += 1
    return count


if __name__ == "__main__":
    site, target = Path(sys.argv[1]), Path(sys.argv[2])
    print(f"{extract(site, target)} halaman ditulis ke {target}")
