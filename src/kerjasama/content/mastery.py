"""Which concepts each question checks, so that progress can be counted per concept.

A question's ``concepts`` tags say what a right answer shows; a classify question also
checks the concepts its items belong to. The key concepts, the ones a student's progress
page reports, are the concepts of ``KEY_KINDS``: the five forms, the four kinds,
primary/secondary groups, associative/dissociative processes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kerjasama.content.concepts import CONCEPT_FILE
from kerjasama.content.questions import Classify, Question
from kerjasama.content.scenarios import SCENARIO_DIMENSIONS
from kerjasama.content.yamlsource import line_of
from kerjasama.errors import ContentProblem

if TYPE_CHECKING:
    from kerjasama.content.loaded import Contents

KEY_KINDS = ("golongan-proses", "jenis-kerja-sama", "bentuk-kerja-sama", "kelompok")
#: A key concept needs this many questions before a mastery figure means something.
MIN_QUESTIONS = 2


def key_concepts(library: Contents) -> list[str]:
    return [c for kind in KEY_KINDS for c in library.concept_ids(kind)]


def question_concepts(library: Contents, question: Question) -> list[str]:
    """The concepts a question checks: its tags, then its classify answers, each once."""
    found = list(question.concepts)
    if isinstance(question, Classify):
        field = SCENARIO_DIMENSIONS.get(question.categories, ("", ""))[0]
        for item in question.items:
            scenario = library.scenarios.get(item.scenario or "")
            answer = getattr(scenario, field, None) if scenario else item.category
            if answer:
                found.append(answer)
    return list(dict.fromkeys(found))


def tag_problems(library: Contents) -> list[ContentProblem]:
    """Tags that name no concept, and key concepts that too few questions check."""
    known = {c.id for c in library.concept_map().concepts}
    problems: list[ContentProblem] = []
    counts = dict.fromkeys(key_concepts(library), 0)
    for loaded in library.banks.values():
        for index, question in enumerate(loaded.bank.questions):
            for number, tag in enumerate(question.concepts):
                if tag not in known:
                    problems.append(
                        ContentProblem(
                            loaded.path,
                            f"questions › id '{question.id}' › concepts",
                            f"konsep '{tag}' tidak ada di {CONCEPT_FILE}.",
                            f"tulis id konsep dari {CONCEPT_FILE}, misalnya kooptasi atau "
                            "kelompok-primer.",
                            line=line_of(loaded.raw, ("questions", index, "concepts", number)),
                        )
                    )
            for concept in question_concepts(library, question):
                if concept in counts:
                    counts[concept] += 1
    for concept, count in counts.items():
        if count < MIN_QUESTIONS:
            problems.append(
                ContentProblem(
                    library.data / CONCEPT_FILE,
                    f"concepts › id '{concept}'",
                    f"konsep kunci '{concept}' baru diuji oleh {count} soal; halaman "
                    "Kemajuan Belajarku memerlukan paling sedikit "
                    f"{MIN_QUESTIONS}.",
                    f"tambahkan 'concepts: [{concept}]' pada soal yang menguji konsep itu.",
                )
            )
    return problems
