"""The glossary page, generated from the concept map so it can never drift from it.

``{konsep-glosarium}`` in a MyST page becomes a Sphinx glossary: one term per concept
(its Indonesian name), with the English term and the definition. ``{term}`` roles in the
chapters link to these entries, and the strict build fails on a term that does not exist.
"""

from __future__ import annotations

from pathlib import Path

from docutils.statemachine import StringList
from sphinx.domains.std import Glossary

from .concepts import CONCEPT_FILE, ConceptMap, load_concept_map


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

    def run(self):  # type: ignore[no-untyped-def]
        path = Path(self.env.srcdir) / "book" / "data" / CONCEPT_FILE
        self.env.note_dependency(str(path))
        source = str(path)
        lines = glossary_lines(load_concept_map(path))
        self.content = StringList(lines, items=[(source, i) for i in range(len(lines))])
        self.options["sorted"] = True
        return super().run()
