"""What each page loads: only the scripts and styles it uses, each once.

Readers pay for every byte, so a page without a self-check loads no self-check code.
Which file a page needs is read from the asset registry (:mod:`kerjasama.asset_registry`).
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

from kerjasama.asset_registry import component_assets, needed_on_page


def add_component_assets(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """``html-page-context``: a page that holds a component loads its files, in registry
    order (``selfcheck.js`` before the scripts that use it)."""
    body = context.get("body", "")
    for asset in component_assets():
        if not asset.markers or not any(mark in body for mark in asset.markers):
            continue
        if asset.is_stylesheet:
            app.add_css_file(asset.name)
        else:
            app.add_js_file(asset.name, defer="defer")


def add_site_assets(app: Sphinx) -> None:
    """At set-up: the registry's own files that every page loads (offline reading)."""
    for asset in component_assets():
        if asset.markers:
            continue
        if asset.is_stylesheet:
            app.add_css_file(asset.name)
        else:
            app.add_js_file(asset.name, defer="defer")


def trim_page_assets(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Each page loads every script once, and only the scripts it needs.

    Sphinx 7 lists inline scripts added after start-up twice (once as None, once as ""),
    and sphinx-thebe's ``const THEBE_JS_URL`` then throws "already been declared" on every
    page. Copy buttons, toggles and tabs load only on pages that have them.
    """
    scripts = context.get("script_files")
    if not scripts:
        return
    seen: set[tuple[str, tuple[tuple[str, str], ...]]] = set()
    unique = []
    body = context.get("body", "")
    for script in scripts:
        if not needed_on_page(script.filename, body):
            continue
        key = (script.filename or "", tuple(sorted(script.attributes.items())))
        if key not in seen:
            seen.add(key)
            unique.append(script)
    scripts[:] = unique
    styles = context.get("css_files")
    if styles:
        styles[:] = [sheet for sheet in styles if needed_on_page(sheet.filename, body)]
