"""The concept map as a networkx graph, and the views the chapters draw."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import networkx as nx

from kerjasama.content.concepts import RELATION_LABELS, ConceptMap
from kerjasama.content.library import current_library
from kerjasama.content.scenarios import SCENARIO_FILE, EmptyCell, Scenario, ScenarioBank

#: Relations that read "child is under parent" in a hierarchy.
HIERARCHY_RELATIONS = ("jenis-dari", "bentuk-dari", "bagian-dari")


def concept_map() -> ConceptMap:
    """The validated concept map, through the same loader and cache as the self-checks."""
    return current_library().concept_map()


def concept_graph(
    source: ConceptMap | None = None, scenarios: Iterable[Scenario] | None = None
) -> nx.DiGraph:
    """Every concept as a node (with its attributes) and every relation as an edge.

    Example scenarios join as nodes of kind ``skenario``, each an example (``contoh-dari``)
    of its form and of its kind of cooperation.
    """
    cmap = source or concept_map()
    graph = nx.DiGraph()
    for concept in cmap.concepts:
        graph.add_node(concept.id, **concept.model_dump())
    for rel in cmap.relations:
        graph.add_edge(rel.source, rel.target, type=rel.type, label=RELATION_LABELS[rel.type])
    if scenarios is None:
        scenarios = example_scenarios() if source is None else []
    for scenario in scenarios:
        graph.add_node(
            scenario.id,
            id=scenario.id,
            name=scenario.text,
            kind="skenario",
            term_en="",
            definition=scenario.text,
            source=None,
        )
        for target in (scenario.form, scenario.kind):
            graph.add_edge(
                scenario.id, target, type="contoh-dari", label=RELATION_LABELS["contoh-dari"]
            )
    return graph


def example_scenarios() -> list[Scenario]:
    """The scenario bank (``skenario.yml``), or none while a book has not written one."""
    bank = _scenario_bank()
    return bank.scenarios if bank else []


def empty_cells() -> list[EmptyCell]:
    """Form × kind pairs the scenario bank declares impossible, with the reason."""
    bank = _scenario_bank()
    return bank.empty_cells if bank else []


def _scenario_bank() -> ScenarioBank | None:
    library = current_library()
    if library.scenario_bank is None and (library.data / SCENARIO_FILE).exists():
        library.raise_problems()
    return library.scenario_bank


def concepts_only(graph: nx.DiGraph) -> nx.DiGraph:
    """The map without its example scenarios."""
    return graph.subgraph(n for n, k in graph.nodes(data="kind") if k != "skenario").copy()


def hierarchy(
    graph: nx.DiGraph,
    root: str,
    relations: Iterable[str] = HIERARCHY_RELATIONS,
    max_depth: int | None = None,
) -> nx.DiGraph:
    """The tree under ``root``: edges point parent → child, following only ``relations``."""
    wanted = set(relations)
    order = {node: index for index, node in enumerate(graph.nodes)}
    tree = nx.DiGraph(tree=True)
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
            key=order.__getitem__,
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


#: The kinds of concept that make up the two classifications under kerja sama.
TREE_KINDS = ("jenis-kerja-sama", "bentuk-kerja-sama")


def cooperation_tree(graph: nx.DiGraph | None = None) -> nx.DiGraph:
    """Kerja sama → its four kinds and five forms (kerukunan → gotong royong, tolong-menolong)."""
    source = graph if graph is not None else concept_graph()
    tree = hierarchy(concepts_only(source), "kerja-sama")
    # Only the two classifications: constructive/destructive is another question (Bab 6).
    others = [n for n in tree.successors("kerja-sama") if tree.nodes[n]["kind"] not in TREE_KINDS]
    tree.remove_nodes_from({d for n in others for d in nx.descendants(tree, n)} | set(others))
    return tree


def neighbourhood(graph: nx.DiGraph, concept: str, with_scenarios: bool = False) -> nx.DiGraph:
    """A concept, the concepts it points to and those pointing to it, in relation direction."""
    if concept not in graph:
        raise KeyError(f"Konsep '{concept}' tidak ada di peta konsep.")
    keep = {concept, *graph.successors(concept), *graph.predecessors(concept)}
    if not with_scenarios:
        keep = {n for n in keep if graph.nodes[n]["kind"] != "skenario"}
    view = nx.DiGraph(centre=concept)
    for node in sorted(keep, key=_reading_order(graph)):
        view.add_node(node, **graph.nodes[node])
    for source, target, data in graph.edges(data=True):
        if source in keep and target in keep and concept in (source, target):
            view.add_edge(source, target, **data)
    return view


def group_view(graph: nx.DiGraph | None = None) -> nx.DiGraph:
    """Bipartite: kelompok primer/sekunder ↔ the kinds and forms often seen in each (a tendency)."""
    source = concepts_only(graph if graph is not None else concept_graph())
    groups = [n for n, k in source.nodes(data="kind") if k == "kelompok"]
    view = nx.DiGraph(groups=groups)
    for group in groups:
        view.add_node(group, **source.nodes[group])
    for node, target, data in source.edges(data=True):
        if data["type"] == "sering-dalam" and target in groups and node != "kerja-sama":
            view.add_node(node, **source.nodes[node])
            view.add_edge(node, target, **data)
    return view


def _reading_order(graph: nx.DiGraph) -> Callable[[str], tuple[int, int]]:
    """Sort by kind (in the map's order of kinds), then by position in the data file."""
    order = {node: index for index, node in enumerate(graph.nodes)}
    kinds = ["golongan-proses", "proses", "jenis-kerja-sama", "bentuk-kerja-sama", "kelompok"]

    def key(node: str) -> tuple[int, int]:
        kind = graph.nodes[node]["kind"]
        return (kinds.index(kind) if kind in kinds else len(kinds), order[node])

    return key
