"""Fast first paint: one stylesheet per page, deferred scripts, minified assets.

A stock page asks for about ten stylesheets and six blocking scripts before it can
paint; on slow 4G each costs a round trip. The post-build pipeline
(:mod:`kerjasama.sphinxext.postbuild`) uses these steps to

* join the stylesheets the asset registry marks shared into one minified file
  (``rcssmin``), and inline every other sheet a page loads (self-check, explorer, the
  book's own CSS, and any sheet the registry does not know), in their original order, so
  that the cascade is unchanged and no sheet is ever dropped;
* mark every script ``defer`` (their order is kept; inline settings that read
  ``DOCUMENTATION_OPTIONS`` get that small file inlined before them), drop the scripts the
  registry marks never loaded and the theme's script preloads;
* minify the scripts in ``_static`` (``rjsmin``).
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path, PurePosixPath

import rcssmin
import rjsmin

from kerjasama.asset_registry import find, is_shared_stylesheet
from kerjasama.site_cache import CSS_URL, local_path

STYLESHEET = re.compile(r'<link (?=[^>]*rel="stylesheet")[^>]*href="([^"]+)"[^>]*/?>\s*')
SCRIPT = re.compile(r'<script(?P<attrs>[^>]*?) src="(?P<src>[^"]+)"(?P<rest>[^>]*)></script>')
CSS_IMPORT = re.compile(r"@import\s+(?:url\()?['\"]([^'\"]+)['\"]\)?\s*;")
OPTIONS_SCRIPT = "documentation_options.js"
BUNDLE = Path("_static/kerjasama-styles.css")


def _site_path(page: Path, href: str, html: Path) -> Path:
    return Path(os.path.normpath(page.parent / href)).relative_to(html)


def rebase_css(css: str, source: PurePosixPath, target_dir: PurePosixPath) -> str:
    """``url()``s of ``source`` (a site path) rewritten for a sheet read from ``target_dir``."""

    def move(match: re.Match[str]) -> str:
        url = match.group("url")
        if local_path(url) is None or url.startswith("#"):
            return match.group(0)
        absolute = os.path.normpath(source.parent / url)
        return f'url("{os.path.relpath(absolute, target_dir)}")'

    return CSS_URL.sub(move, css)


def read_sheet(html: Path, sheet: Path) -> str:
    """A stylesheet with its ``@import``s inlined and its urls relative to the site root."""
    text = (html / sheet).read_text(encoding="utf-8")

    def inline(match: re.Match[str]) -> str:
        return read_sheet(html, Path(os.path.normpath(sheet.parent / match.group(1))))

    text = CSS_IMPORT.sub(inline, text)
    return rebase_css(text, PurePosixPath(sheet.as_posix()), PurePosixPath("."))


def page_sheets(text: str, page: Path, html: Path) -> list[Path]:
    """The site paths of the stylesheets a page's head links, in order."""
    found = [local_path(href) for href in STYLESHEET.findall(text.split("</head>")[0])]
    return [_site_path(page, href, html) for href in found if href]


def is_bundled(text: str) -> bool:
    """True for a page that already links the bundle (not rewritten in this build)."""
    return BUNDLE.name in text


def shared_sheets(pages: list[tuple[str, Path]], html: Path) -> list[Path]:
    """The registry's shared sheets, in the order the pages link them (first seen first)."""
    shared: dict[Path, None] = {}
    for text, page in pages:
        for sheet in page_sheets(text, page, html):
            if is_shared_stylesheet(sheet.as_posix()):
                shared.setdefault(sheet)
    return list(shared)


def unknown_sheets(pages: list[tuple[str, Path]], html: Path) -> list[Path]:
    """Sheets the pages link that the registry does not know (kept inline, and named)."""
    found: dict[Path, None] = {}
    for text, page in pages:
        for sheet in page_sheets(text, page, html):
            if find(sheet.as_posix()) is None:
                found.setdefault(sheet)
    return list(found)


def write_bundle(html: Path, sheets: list[Path]) -> str:
    """The shared sheets as one minified file; returns its digest (for ``?v=``)."""
    css = "\n".join(read_sheet(html, sheet) for sheet in sheets)
    css = rcssmin.cssmin(rebase_css(css, PurePosixPath("x.css"), PurePosixPath("_static")))
    (html / BUNDLE).write_text(css, encoding="utf-8")
    return _digest(css.encode("utf-8"))


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:10]


def bundle_digest(html: Path) -> str | None:
    """The digest of the bundle already written, or None when there is none."""
    bundle = html / BUNDLE
    if not bundle.exists():
        return None
    return _digest(bundle.read_bytes())


def _relative(page: Path, html: Path, site_path: Path | str) -> str:
    return os.path.relpath(html / site_path, page.parent)


def restyle(text: str, page: Path, html: Path, digest: str) -> str:
    """One ``<link>`` to the shared bundle, then the page's other sheets inlined.

    Pages Sphinx did not rewrite in this build already have the link: only its digest
    changes. Pages without stylesheets (the redirect page) are left alone.
    """
    if "</head>" not in text:
        return text
    head, body = text.split("</head>", 1)
    link = f'<link rel="stylesheet" href="{_relative(page, html, BUNDLE)}?v={digest}" />\n'
    if BUNDLE.name in head:
        head = re.sub(rf'<link rel="stylesheet" href="[^"]*{BUNDLE.name}[^"]*" />\n', link, head)
        return head + "</head>" + body
    sheets = page_sheets(text, page, html)
    if not sheets:
        return text
    own = [sheet for sheet in sheets if not is_shared_stylesheet(sheet.as_posix())]
    page_dir = PurePosixPath(page.parent.relative_to(html).as_posix())
    inline = "".join(
        rebase_css(read_sheet(html, sheet), PurePosixPath("x.css"), page_dir) for sheet in own
    )
    style = f"<style>{rcssmin.cssmin(inline)}</style>\n" if inline else ""
    first = STYLESHEET.search(head)
    assert first is not None
    head = head[: first.start()] + link + style + STYLESHEET.sub("", head[first.start() :])
    return head + "</head>" + body


def defer_scripts(text: str, page: Path) -> str:
    """Every script deferred (order kept), documentation options inlined, unused ones dropped."""

    def rewrite(match: re.Match[str]) -> str:
        src = match.group("src")
        path = local_path(src)
        asset = find(path)
        if asset is not None and not asset.loaded:
            return ""
        if (path or "").rsplit("/", 1)[-1] == OPTIONS_SCRIPT:
            options = (page.parent / src.split("?")[0]).read_text(encoding="utf-8")
            return f"<script>{rjsmin.jsmin(options)}</script>"
        attrs = f"{match.group('attrs')}{match.group('rest')}"
        if path is None or re.search(r"\b(defer|async|type=\"module\")", attrs):
            return match.group(0)
        return f'<script defer{match.group("attrs")} src="{src}"{match.group("rest")}></script>'

    text = _translations_after_doctools(SCRIPT.sub(rewrite, text))
    # Preloading the theme's deferred scripts raises them to high priority, where they
    # compete with the stylesheet for the first paint; deferred, they still load early.
    return re.sub(r'<link rel="preload" as="script" href="[^"]*" />\s*', "", text)


def _translations_after_doctools(text: str) -> str:
    """Deferred, ``sphinx_highlight.js`` runs its ``_ready`` callbacks at once (the document
    is no longer loading), so the catalog must be in place before it, right after the
    ``doctools.js`` that defines ``Documentation.addTranslations``."""
    catalog = re.search(r'<script defer src="[^"]*translations\.js[^"]*"></script>\s*', text)
    tools = re.search(r'<script defer src="[^"]*doctools\.js[^"]*"></script>\s*', text)
    if not catalog or not tools or catalog.start() < tools.start():
        return text
    text = text[: catalog.start()] + text[catalog.end() :]
    return text[: tools.end()] + catalog.group(0) + text[tools.end() :]


def minify_scripts(static: Path) -> None:
    for script in static.rglob("*.js"):
        if not script.name.endswith(".min.js"):
            code = script.read_text(encoding="utf-8")
            script.write_text(rjsmin.jsmin(code), encoding="utf-8")
