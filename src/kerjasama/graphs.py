"""The concept map as a networkx graph, and the views the chapters draw."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import networkx as nx

from .concepts import CONCEPT_FILE, RELATION_LABELS, ConceptMap, load_concept_map
from .paths import data_dir

#: Relations that read "child is under parent" in a hierarchy.
HIERARCHY_RELATIONS = ("jenis-dari", "bentuk-dari", "bagian-dari")


@lru_cache(maxsize=1)
def _cached_map(path_text: str, mtime: float) -> ConceptMap:
    from pathlib import Path

    return load_concept_map(Path(path_text))


def concept_map() -> ConceptMap:
    """The validated concept map, reloaded when the file changes."""
    path = data_dir() / CONCEPT_FILE
    return _cached_map(str(path), path.stat().st_mtime)


def concept_graph(source: ConceptMap | None = None) -> nx.DiGraph:
    """Every concept as a node (with its attributes) and every relation as an edge."""
    cmap = source or concept_map()
    graph = nx.DiGraph()
    for concept in cmap.concepts:
        graph.add_node(concept.id, **concept.model_dump())
    for rel in cmap.relations:
        graph.add_edge(rel.source, rel.target, type=rel.type, label=RELATION_LABELS[rel.type])
    return graph


def hierarchy(
    graph: nx.DiGraph,
    root: str,
    relations: Iterable[str] = HIERARCHY_RELATIONS,
    max_depth: int | None = None,
) -> nx.DiGraph:
    """The tree under ``root``: edges point parent → child, following only ``relations``."""
    wanted = set(relations)
    tree = nx.DiGraph()
    tree.add_node(root, **graph.nodes[root])
    depth = {root: 0}
    frontier = [root]
    while frontier:
        parent = frontier.pop(0)
        if max_depth is not None and depth[parent] >= max_depth:
            continue
        children = sorted(
            (
                child
                for child, _p, data in graph.in_edges(parent, data=True)
                if data["type"] in wanted and child not in tree
            ),
            key=lambda node: list(graph.nodes).index(node),
        )
        for child in children:
            tree.add_node(child, **graph.nodes[child])
            edge = graph.edges[child, parent]
            tree.add_edge(parent, child, type=edge["type"], label=edge["label"])
            depth[child] = depth[parent] + 1
            frontier.append(child)
    return tree


def process_tree(graph: nx.DiGraph | None = None) -> nx.DiGraph:
    """Interaksi sosial → asosiatif/disosiatif → their processes (two levels)."""
    source = graph if graph is not None else concept_graph()
    return hierarchy(source, "interaksi-sosial", max_depth=2)
