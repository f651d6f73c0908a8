"""The content room imports in one direction only, type-checking imports included.

import-linter ignores imports under ``TYPE_CHECKING`` (``make lint``), so a circle made of
annotations would pass it; a reader following the imports still walks in a circle.
"""

from __future__ import annotations

import grimp
import networkx as nx


def import_graph(package: str) -> nx.DiGraph:
    graph = grimp.build_graph("kerjasama", exclude_type_checking_imports=False)
    edges = nx.DiGraph()
    for module in graph.modules:
        if not module.startswith(package):
            continue
        edges.add_node(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported.startswith(package + "."):
                edges.add_edge(module, imported)
    return edges


def test_content_has_no_import_cycle() -> None:
    cycles = list(nx.simple_cycles(import_graph("kerjasama.content")))
    assert cycles == [], f"impor melingkar di kerjasama.content: {cycles}"


def test_the_cycle_finder_sees_annotation_only_imports(tmp_path, monkeypatch) -> None:
    """A package whose two modules import each other only for annotations is a cycle."""
    package = tmp_path / "lingkar"
    package.mkdir()
    (package / "__init__.py").write_text("")
    for name, other in (("a", "b"), ("b", "a")):
        (package / f"{name}.py").write_text(
            "from typing import TYPE_CHECKING\n"
            f"if TYPE_CHECKING:\n    from lingkar.{other} import X\n"
        )
    monkeypatch.syspath_prepend(str(tmp_path))
    graph = grimp.build_graph("lingkar", exclude_type_checking_imports=False, cache_dir=None)
    edges = nx.DiGraph(
        (m, i) for m in graph.modules for i in graph.find_modules_directly_imported_by(m)
    )
    assert list(nx.simple_cycles(edges))
