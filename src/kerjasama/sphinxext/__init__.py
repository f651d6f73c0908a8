"""Sphinx extension ``kerjasama.sphinxext``: the book's content rules, built into the build.

Registered in ``_config.yml`` so that a plain ``jupyter-book build`` behaves like
``make book``:

* content files with problems stop the build with the same Indonesian messages as
  ``make check``, before any notebook runs (``gate``);
* ``{konsep-glosarium}`` writes the glossary from the concept map (``glossary``), and
  ``{offline-save}`` the box that saves the book for offline reading (``offline_box``);
* a page that holds a self-check, an explorer or a diagram gets its script and
  stylesheet, and every page loads only the assets it uses (``assets``, reading the one
  table of assets, :mod:`kerjasama.asset_registry`);
* executed outputs are refreshed when the data or this package changes (``freshness``);
* after the build, one visible pipeline (``postbuild``) finishes every page: Indonesian
  strings, accessibility repairs, slimming, one shared stylesheet and deferred scripts,
  and last the offline web app (manifest and service worker: :mod:`kerjasama.site_cache`);
* the theme speaks Indonesian through the catalogs in ``locale_dirs`` (``locales``), and
  citations follow Indonesian usage (``citations``; ``bibtex_reference_style`` and
  ``bibtex_default_style`` set to ``kerjasama``);
* search stems Indonesian words and ranks chapter sections first (``search_id``);
* ``{sumber}`` cites like ``{cite}`` and reads well in JupyterLab (``source_role``), and
  the Binder button opens a chapter alone, in JupyterLab's simple view (``binder_link``).

Config values: ``kerjasama_data_dir`` (default ``book/data``) and ``kerjasama_slim``
(default true).

The modules are imported inside :func:`setup` (as MyST-NB does), so that the asset
registry can be read without loading Sphinx (``kerjasama.site_cache`` does, for
``make lkpd``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kerjasama import __version__

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def setup(app: Sphinx) -> dict[str, Any]:
    from kerjasama.sphinxext.assets import add_component_assets, add_site_assets, trim_page_assets
    from kerjasama.sphinxext.binder_link import add_binder_support
    from kerjasama.sphinxext.citations import register_citation_styles
    from kerjasama.sphinxext.freshness import refresh_outputs
    from kerjasama.sphinxext.gate import check_content_first
    from kerjasama.sphinxext.glossary import ConceptGlossary
    from kerjasama.sphinxext.locales import add_theme_catalogs
    from kerjasama.sphinxext.offline_box import OfflineSave
    from kerjasama.sphinxext.postbuild import finish_pages
    from kerjasama.sphinxext.search_id import SearchIndonesian, use_search_scorer
    from kerjasama.sphinxext.settings import CONFIG_VALUES, apply_settings
    from kerjasama.sphinxext.widget_state import drop_widget_state

    # MyST-NB runs and renders the chapters; this extension reads its config: set it up first.
    app.setup_extension("myst_nb")
    for name, (default, rebuild, kind) in CONFIG_VALUES.items():
        app.add_config_value(name, default, rebuild, types=[kind])
    app.add_directive("konsep-glosarium", ConceptGlossary)
    app.add_directive("offline-save", OfflineSave)
    add_binder_support(app)  # {sumber} citations; Binder opens JupyterLab's simple view
    # Indonesian citations: sphinxcontrib-bibtex finds these by name at builder-inited.
    register_citation_styles()
    # Every page: service worker and new-version notice (offline.js/.css, no page marker).
    add_site_assets(app)
    # The search index and page in Indonesian (html_search_language, from language: id).
    app.add_search_language(SearchIndonesian)

    # Events, in the order Sphinx emits them:
    # config-inited: the package's static folders join html_static_path, and the
    # data folder is exported to the kernels that run the chapters.
    app.connect("config-inited", apply_settings)
    # config-inited: the theme catalogs in locale_dirs join the theme's own.
    app.connect("config-inited", add_theme_catalogs)
    # config-inited: before the HTML builder starts, which reads html_search_scorer.
    app.connect("config-inited", use_search_scorer)
    # builder-inited: the content is checked before any notebook runs.
    app.connect("builder-inited", check_content_first)
    # env-get-outdated: pages whose hidden inputs (data, package, CSS/JS) changed.
    app.connect("env-get-outdated", refresh_outputs)
    # env-updated: after reading, the unused widget state is dropped.
    app.connect("env-updated", drop_widget_state)
    # html-page-context: per-page assets; trimming runs late, after every extension
    # (sphinx-thebe, copybutton, togglebutton, design) has added its own.
    app.connect("html-page-context", add_component_assets)
    app.connect("html-page-context", trim_page_assets, priority=900)
    # build-finished: after MyST-NB's own handler, which copies its stylesheet; the
    # post-build pipeline (postbuild.PAGE_STEPS and the site-wide steps around them).
    app.connect("build-finished", finish_pages, priority=900)
    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True}
