"""Pustaka kecil untuk buku interaktif "Kerja Sama sebagai Interaksi Sosial Asosiatif".

Chapters import only from here, e.g. ``from kerjasama import selfcheck, ConceptExplorer``.
The names load lazily, so a chapter pays only for what it shows, and a kernel never
imports Sphinx. The rooms behind them, and which may import which (checked by
import-linter, ``make lint``):

* ``content``: the YAML data, loaded with line numbers, validated and cross-checked;
* ``selfchecks``: questions prepared, graded and shown (widget and static HTML);
* ``diagrams``: the concept graph, its layout and drawings, the explorer;
* ``sphinxext``: the Sphinx extension (``kerjasama.sphinxext`` in ``_config.yml``);
* ``teacher``: new chapters, worksheets, preview server, offline zip.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.2.0"

#: Public name → module that defines it.
_PUBLIC = {
    "selfcheck": "kerjasama.selfchecks.view",
    "SelfCheck": "kerjasama.selfchecks.view",
    "ConceptExplorer": "kerjasama.diagrams.explorer",
    "process_diagram": "kerjasama.diagrams.diagram",
    "cooperation_diagram": "kerjasama.diagrams.diagram",
    "group_diagram": "kerjasama.diagrams.diagram",
    "neighbourhood_diagram": "kerjasama.diagrams.diagram",
    "scenario_list": "kerjasama.diagrams.scenario_views",
    "scenario_matrix": "kerjasama.diagrams.scenario_views",
    "lkpd_table": "kerjasama.teacher.lkpd",
    "progress_overview": "kerjasama.selfchecks.progress_widget",
    "mixed_practice": "kerjasama.selfchecks.practice_view",
    "class_recap": "kerjasama.selfchecks.recap",
}

__all__ = [
    "ConceptExplorer",
    "SelfCheck",
    "__version__",
    "class_recap",
    "cooperation_diagram",
    "group_diagram",
    "lkpd_table",
    "mixed_practice",
    "neighbourhood_diagram",
    "process_diagram",
    "progress_overview",
    "scenario_list",
    "scenario_matrix",
    "selfcheck",
]

if TYPE_CHECKING:
    from kerjasama.diagrams.diagram import (
        cooperation_diagram,
        group_diagram,
        neighbourhood_diagram,
        process_diagram,
    )
    from kerjasama.diagrams.explorer import ConceptExplorer
    from kerjasama.diagrams.scenario_views import scenario_list, scenario_matrix
    from kerjasama.selfchecks.practice_view import mixed_practice
    from kerjasama.selfchecks.progress_widget import progress_overview
    from kerjasama.selfchecks.recap import class_recap
    from kerjasama.selfchecks.view import SelfCheck, selfcheck
    from kerjasama.teacher.lkpd import lkpd_table


def __getattr__(name: str) -> Any:
    if name not in _PUBLIC:
        raise AttributeError(f"module 'kerjasama' has no attribute {name!r}")
    value = getattr(import_module(_PUBLIC[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
