"""The glossary page, generated from the concept map so it can never drift from it.

``{konsep-glosarium}`` in a MyST page becomes a Sphinx glossary: one term per concept
(its Indonesian name), with the English term and the definition. ``{term}`` roles in the
chapters link to these entries, and the strict build fails on a term that does not exist.
Each entry also carries a stable anchor, ``konsep-<id>``, for links from outside Sphinx
(the concept explorer's HTML).
"""

from __future__ import annotations

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.domains.std import Glossary

from kerjasama.content.concepts import CONCEPT_FILE, ConceptMap, load_concept_map
from kerjasama.sphinxext.settings import data_folder

ANCHOR_PREFIX = "konsep-"


def glossary_lines(cmap: ConceptMap) -> list[str]:
    """reStructuredText glossary body: a term line, then its indented definition."""
    lines: list[str] = []
    for concept in cmap.concepts:
        lines.append(concept.name)
        lines.append(f"   *{concept.term_en}* (Inggris). {concept.definition}")
        lines.append("")
    return lines


class ConceptGlossary(Glossary):
    """A sorted glossary of every concept in ``book/data/konsep.yml``."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        path = data_folder(self.env.app) / CONCEPT_FILE
        self.env.note_dependency(str(path))
        source = str(path)
        cmap = load_concept_map(path)
        lines = glossary_lines(cmap)
        self.content = StringList(lines, items=[(source, i) for i in range(len(lines))])
        self.options["sorted"] = True
        result = super().run()
        ids = {c.name: c.id for c in cmap.concepts}
        for glossary in result:
            for term in glossary.findall(nodes.term):
                term["ids"].append(ANCHOR_PREFIX + ids[term.astext()])
        return result
