"""The post-build pipeline: what happens to the written site, step by step, in order.

Sphinx writes the pages; at ``build-finished`` (:func:`finish_pages`) the site is
finished in three stages, each visible below:

1. **Site-wide, before the pages** (:func:`post_build`): the browser catalog gets the
   book's translations, the extensions' scripts get Indonesian strings, the theme's
   assets are slimmed (from every page's class names), and the shared stylesheet bundle
   is written (from every page's links).
2. **Page steps** (:data:`PAGE_STEPS`): each page is read once, every step runs over its
   text, and it is written once if it changed.
3. **Site-wide, after the pages**: scripts are minified, then, once every file is final,
   the manifest, icons, offline file list and service worker (:mod:`kerjasama.site_cache`).

What each page loads is decided earlier, while Sphinx writes it (:mod:`.assets`), from the
same asset registry (:mod:`kerjasama.asset_registry`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.util import logging

from kerjasama.site_cache import write_site_cache
from kerjasama.site_cache.head import with_inline_icon
from kerjasama.sphinxext.a11y import repair_markup
from kerjasama.sphinxext.bundle import (
    bundle_digest,
    defer_scripts,
    is_bundled,
    minify_scripts,
    restyle,
    shared_sheets,
    unknown_sheets,
    write_bundle,
)
from kerjasama.sphinxext.locales import complete_browser_catalog
from kerjasama.sphinxext.slim import SlimReport, slim_assets
from kerjasama.sphinxext.theme_strings import translate_page, translate_static_files

LOGGER = logging.getLogger(__name__)


@dataclass
class Page:
    """One built page, read once."""

    path: Path
    text: str
    #: Written by Sphinx in this build (an older page already went through the steps).
    fresh: bool


@dataclass(frozen=True)
class Site:
    """What the page steps need to know about the whole site."""

    html: Path
    #: Digest of the shared stylesheet bundle, None when the site has none.
    digest: str | None


PageStep = Callable[[Page, Site], str]


def _translate(page: Page, site: Site) -> str:
    return translate_page(page.text)


def _repair(page: Page, site: Site) -> str:
    return repair_markup(page.text)


def _restyle(page: Page, site: Site) -> str:
    if site.digest is None:
        return page.text
    return restyle(page.text, page.path, site.html, site.digest)


def _defer(page: Page, site: Site) -> str:
    return defer_scripts(page.text, page.path) if page.fresh else page.text


def _icon(page: Page, site: Site) -> str:
    return with_inline_icon(page.text)


#: The page steps, in order. Each takes the page's current text and returns the new one;
#: every step can run twice on a page without harm (pages Sphinx did not rewrite in an
#: incremental build come through again).
PAGE_STEPS: tuple[tuple[str, PageStep], ...] = (
    ("Indonesian for the theme's strings no catalog reaches (theme_strings)", _translate),
    ("accessibility repairs to the theme's markup (a11y)", _repair),
    ("one shared stylesheet, the page's own sheets inlined (bundle)", _restyle),
    ("scripts deferred, unused ones and preloads dropped (bundle)", _defer),
    ("the inline tab icon (site_cache.head)", _icon),
)


@dataclass
class PostBuildReport:
    """What the pipeline did, for the build log and the tests."""

    digest: str | None = None
    version: str = ""
    slim: SlimReport | None = None
    #: Stylesheets in no row of the asset registry: kept inline in their pages.
    unknown_sheets: list[Path] = field(default_factory=list)
    pages_written: int = 0


def read_pages(html: Path) -> list[Page]:
    """Every page of the site (not the templates the theme ships in ``_static``)."""
    pages = []
    for path in sorted(html.rglob("*.html")):
        if "_static" in path.relative_to(html).parts:
            continue
        text = path.read_text(encoding="utf-8")
        pages.append(Page(path, text, fresh=not is_bundled(text)))
    return pages


def post_build(html: Path, title: str, start: str, slim: bool = True) -> PostBuildReport:
    """Run the whole pipeline over a written site in place (needs no Sphinx)."""
    report = PostBuildReport()
    pages = read_pages(html)
    # 1. Site-wide, before the pages.
    translate_static_files(html)
    if slim:
        report.slim = slim_assets(html, [page.text for page in pages])
    fresh = [(page.text, page.path) for page in pages if page.fresh]
    shared = shared_sheets(fresh, html)
    report.digest = write_bundle(html, shared) if shared else bundle_digest(html)
    report.unknown_sheets = unknown_sheets(fresh, html)
    # 2. Page steps: read once (above), every step, written once.
    site = Site(html, report.digest)
    for page in pages:
        original = page.text
        for _name, step in PAGE_STEPS:
            page.text = step(page, site)
        if page.text != original:
            page.path.write_text(page.text, encoding="utf-8")
            report.pages_written += 1
    # 3. Site-wide, after the pages; the offline list last, once every file is final.
    minify_scripts(html / "_static")
    report.version = write_site_cache(html, title, start)
    return report


def finish_pages(app: Sphinx, exception: Exception | None) -> None:
    """``build-finished``: the browser catalog, then :func:`post_build`."""
    if exception is not None or app.builder.format != "html":
        return
    complete_browser_catalog(app)
    report = post_build(
        Path(app.outdir),
        app.config.html_title or app.config.project,
        app.builder.get_target_uri(app.config.root_doc),
        slim=app.config.kerjasama_slim,
    )
    if report.slim is not None:
        LOGGER.info(
            f"[kerjasama] aset tema dirampingkan: {report.slim.before // 1024} KB → "
            f"{report.slim.after // 1024} KB"
        )
    for sheet in report.unknown_sheets:
        LOGGER.info(
            f"[kerjasama] {sheet.as_posix()} tidak ada di daftar aset "
            "(kerjasama/asset_registry.py): disisipkan di halaman yang memuatnya."
        )
    LOGGER.info(f"[kerjasama] versi luring {report.version}")
