"""Write the visible text of every built page to a folder, one ``.txt`` per page.

Used to prove that a refactor changed no word a reader sees: extract the text of two
builds, then ``diff -r`` the two folders (see CONTRIBUTING.md).

    python tools/page_text.py _build/html /tmp/text-after

With ``--markup``, each page also gets a ``.markup`` file (every element with its
attributes, one per line, in document order) and a ``.assets`` file (the stylesheets,
inline styles and scripts it loads, in order), so that a refactor of the post-build
steps can be shown to leave attributes and loaded assets alone too.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

from bs4 import BeautifulSoup, Tag

SKIPPED_FOLDERS = {"_static", "_sources", "_images", "lkpd"}


def page_text(html: str) -> str:
    """The page's text as a reader sees it, one block per line, scripts and styles dropped."""
    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(["script", "style", "noscript", "template"]):
        hidden.decompose()
    text = soup.get_text("\n")
    lines = (re.sub(r"\s+", " ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line) + "\n"


def _attributes(tag: Tag) -> str:
    parts = []
    for name, value in sorted(tag.attrs.items()):
        joined = " ".join(value) if isinstance(value, list) else str(value)
        parts.append(f"{name}={joined!r}")
    return " ".join(parts)


def page_markup(html: str) -> str:
    """Every element and its attributes, one per line (``<style>`` bodies are in assets)."""
    soup = BeautifulSoup(html, "html.parser")
    return "".join(f"{tag.name} {_attributes(tag)}\n" for tag in soup.find_all(True))


def page_assets(html: str) -> str:
    """What the page loads, in order: stylesheet links, inline styles (digest), scripts."""
    soup = BeautifulSoup(html, "html.parser")
    lines = []
    for tag in soup.find_all(["link", "style", "script"]):
        if tag.name == "link" and "stylesheet" in (tag.get("rel") or []):
            lines.append(f"stylesheet {tag.get('href')}")
        elif tag.name == "style":
            digest = hashlib.sha256(tag.get_text().encode("utf-8")).hexdigest()[:12]
            lines.append(f"style {len(tag.get_text())} {digest}")
        elif tag.name == "script" and tag.get("src"):
            lines.append(f"script {tag.get('src')} {_attributes(tag)}")
    return "\n".join(lines) + "\n"


def extract(site: Path, target: Path, markup: bool = False) -> int:
    """Write one text file per HTML page of ``site`` under ``target``; return the count."""
    count = 0
    for page in sorted(site.rglob("*.html")):
        relative = page.relative_to(site)
        if SKIPPED_FOLDERS & set(relative.parts):
            continue
        out = target / relative.with_suffix(".txt")
        out.parent.mkdir(parents=True, exist_ok=True)
        html = page.read_text(encoding="utf-8")
        out.write_text(page_text(html), encoding="utf-8")
        if markup:
            out.with_suffix(".markup").write_text(page_markup(html), encoding="utf-8")
            out.with_suffix(".assets").write_text(page_assets(html), encoding="utf-8")
        count += 1
    return count


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--markup"]
    site, target = Path(arguments[0]), Path(arguments[1])
    print(f"{extract(site, target, '--markup' in sys.argv)} halaman ditulis ke {target}")
