"""Fast first paint: one stylesheet per page, deferred scripts, minified assets.

A stock page asks for about ten stylesheets and six blocking scripts before it can
paint; on slow 4G each costs a round trip. After the HTML build (and after ``slim``),
this module

* joins the stylesheets every page shares into one minified file (``rcssmin``), and
  inlines the few page-specific ones (self-check, explorer, the book's own CSS), in their
  original order, so that the cascade is unchanged;
* marks every script ``defer`` (their order is kept; inline settings that read
  ``DOCUMENTATION_OPTIONS`` get that small file inlined before them), drops the empty
  Font Awesome stub and the theme's script preloads;
* minifies the scripts in ``_static`` (``rjsmin``).
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path, PurePosixPath

import rcssmin
import rjsmin

from kerjasama.site_cache import CSS_URL, local_path

STYLESHEET = re.compile(r'<link (?=[^>]*rel="stylesheet")[^>]*href="([^"]+)"[^>]*/?>\s*')
SCRIPT = re.compile(r'<script(?P<attrs>[^>]*?) src="(?P<src>[^"]+)"(?P<rest>[^>]*)></script>')
CSS_IMPORT = re.compile(r"@import\s+(?:url\()?['\"]([^'\"]+)['\"]\)?\s*;")
OPTIONS_SCRIPT = "documentation_options.js"
DROPPED_SCRIPTS = ("fontawesome.js",)
BUNDLE = Path("_static/kerjasama-styles.css")
#: Stylesheets only some pages load: inlined in those pages, after the shared bundle.
PAGE_SPECIFIC = frozenset(
    {
        "selfcheck.css",
        "explorer.css",
        "progress.css",
        "copybutton.css",
        "togglebutton.css",
        "kerjasama.css",
    }
)


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


def page_sheets(page: Path, html: Path) -> list[Path]:
    text = page.read_text(encoding="utf-8")
    found = [local_path(href) for href in STYLESHEET.findall(text.split("</head>")[0])]
    return [_site_path(page, href, html) for href in found if href]


def is_page_specific(sheet: Path) -> bool:
    return sheet.name in PAGE_SPECIFIC


def write_bundle(html: Path, sheets: list[Path]) -> str:
    """The shared sheets as one minified file; returns its digest (for ``?v=``)."""
    css = "\n".join(read_sheet(html, sheet) for sheet in sheets)
    css = rcssmin.cssmin(rebase_css(css, PurePosixPath("x.css"), PurePosixPath("_static")))
    (html / BUNDLE).write_text(css, encoding="utf-8")
    return hashlib.sha256(css.encode("utf-8")).hexdigest()[:10]


def _relative(page: Path, html: Path, site_path: Path | str) -> str:
    return os.path.relpath(html / site_path, page.parent)


def restyle_page(page: Path, html: Path, digest: str) -> None:
    """One ``<link>`` to the shared bundle, then the page's own sheets inlined.

    Pages Sphinx did not rewrite in this build already have the link: only its digest
    changes.
    """
    text = page.read_text(encoding="utf-8")
    head, body = text.split("</head>", 1)
    link = f'<link rel="stylesheet" href="{_relative(page, html, BUNDLE)}?v={digest}" />\n'
    if BUNDLE.name in head:
        head = re.sub(rf'<link rel="stylesheet" href="[^"]*{BUNDLE.name}[^"]*" />\n', link, head)
    else:
        own = [sheet for sheet in page_sheets(page, html) if is_page_specific(sheet)]
        page_dir = PurePosixPath(page.parent.relative_to(html).as_posix())
        inline = "".join(
            rebase_css(read_sheet(html, sheet), PurePosixPath("x.css"), page_dir) for sheet in own
        )
        style = f"<style>{rcssmin.cssmin(inline)}</style>\n" if inline else ""
        first = STYLESHEET.search(head)
        assert first is not None
        head = head[: first.start()] + link + style + STYLESHEET.sub("", head[first.start() :])
    page.write_text(head + "</head>" + body, encoding="utf-8")


def defer_scripts(page: Path, html: Path) -> None:
    """Every script deferred (order kept), documentation options inlined, stubs dropped."""
    text = page.read_text(encoding="utf-8")

    def rewrite(match: re.Match[str]) -> str:
        src = match.group("src")
        name = (local_path(src) or "").rsplit("/", 1)[-1]
        if name in DROPPED_SCRIPTS:
            return ""
        if name == OPTIONS_SCRIPT:
            options = (page.parent / src.split("?")[0]).read_text(encoding="utf-8")
            return f"<script>{rjsmin.jsmin(options)}</script>"
        attrs = f"{match.group('attrs')}{match.group('rest')}"
        if local_path(src) is None or re.search(r"\b(defer|async|type=\"module\")", attrs):
            return match.group(0)
        return f'<script defer{match.group("attrs")} src="{src}"{match.group("rest")}></script>'

    text = _translations_after_doctools(SCRIPT.sub(rewrite, text))
    # Preloading the theme's deferred scripts raises them to high priority, where they
    # compete with the stylesheet for the first paint; deferred, they still load early.
    text = re.sub(r'<link rel="preload" as="script" href="[^"]*" />\s*', "", text)
    page.write_text(text, encoding="utf-8")


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


def bundle_assets(html: Path) -> str | None:
    """Apply all of the above to a built book in place; returns the bundle's digest."""
    # Templates the theme ships in _static are not pages.
    pages = sorted(p for p in html.rglob("*.html") if "_static" not in p.relative_to(html).parts)
    fresh = [p for p in pages if BUNDLE.name not in p.read_text(encoding="utf-8")]
    styled = [sheets for p in fresh if (sheets := page_sheets(p, html))]
    bundle = html / BUNDLE
    if styled:
        shared = [sheet for sheet in styled[0] if not is_page_specific(sheet)]
        digest = write_bundle(html, shared)
    elif bundle.exists():
        digest = hashlib.sha256(bundle.read_bytes()).hexdigest()[:10]
    else:
        return None
    for page in pages:
        if BUNDLE.name in page.read_text(encoding="utf-8") or page_sheets(page, html):
            restyle_page(page, html, digest)
    for page in fresh:
        defer_scripts(page, html)
    minify_scripts(html / "_static")
    return digest
