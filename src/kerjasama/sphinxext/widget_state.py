"""Keep the ipywidgets state JSON (often 100 KB) out of the pages."""

from __future__ import annotations

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment


def drop_widget_state(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """``env-updated``: the unused widget state leaves every page's script list.

    The book shows every widget through its ``text/html`` rendering, and no widget
    manager is loaded (``nb_ipywidgets_js: {}``), so nothing would ever read that state.
    MyST-NB has no option to leave it out, so it is removed from the per-page script
    list that MyST-NB's metadata collector exposes.
    """
    from myst_nb.sphinx_ import NbMetadataCollector

    for docname in env.found_docs:
        NbMetadataCollector.get_js_files(env, docname).pop("ipywidgets_state", None)
    return []
