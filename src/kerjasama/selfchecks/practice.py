"""Latihan Campuran: interleaved practice that returns to what the student got wrong.

Cases come from ``skenario.yml`` and from the form and kind items of the question banks.
Each case asks for the form and the kind, as two single-choice questions graded by
:func:`kerjasama.selfchecks.grading.grade` (in the browser by ``selfcheck.js``'s grade).

The rule, the same in :class:`PracticeSession` and ``static/practice.js``'s ``Session``
(both pinned by ``tests/conformance/practice.json``):

* cases come in a shuffled deck, reshuffled when it runs out, never one case twice in a row;
* a concept answered wrongly (the right answer the student missed) is due again in the
  case after next (:data:`RETURN_AFTER`), so it comes back well within five cases;
* otherwise the next case is the first in the deck with a concept not yet mastered;
* a concept is mastered after :data:`STREAK` right answers in a row; the session ends when
  every form and every kind is mastered.
"""

from __future__ import annotations

import html
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from kerjasama.content.library import Library
from kerjasama.content.questions import Classify
from kerjasama.content.scenarios import SCENARIO_DIMENSIONS
from kerjasama.markup import inline_html
from kerjasama.selfchecks.grading import Prepared

#: The two questions of every case: (dimension, concept kind in konsep.yml, prompt).
DIMENSIONS = (
    ("form", "bentuk-kerja-sama", "Termasuk bentuk kerja sama apa?"),
    ("kind", "jenis-kerja-sama", "Termasuk jenis kerja sama apa?"),
)
STREAK = 2
RETURN_AFTER = 2
#: Feedback for a wrong option; the right option's feedback is the reason alone.
WRONG_TEMPLATE = "Jawaban yang tepat: {answer}. {why}"
#: Above each case, and in the streak column of the mastery table.
COUNT_TEMPLATE = "Kasus ke-{n}"
STREAK_TEMPLATE = "{n} dari {streak}"
#: A practice answer's id in the answers store (browser and kernel): it counts on
#: Kemajuan Belajarku like a chapter's answer, for the concept the case belongs to.
QUESTION_ID = "latihan-{case}-{dimension}"


@dataclass(frozen=True)
class PracticeCase:
    """One case: its text and, per dimension, the right concept and the reason."""

    id: str
    text: str
    answers: dict[str, tuple[str, str]]

    def concepts(self) -> list[str]:
        return [concept for concept, _why in self.answers.values()]


def practice_choices(library: Library) -> dict[str, list[tuple[str, str]]]:
    """Per dimension, the options in the map's order: (concept id, name)."""
    names = {c.id: c.name for c in library.concept_map().concepts}
    return {dim: [(c, names[c]) for c in library.concept_ids(kind)] for dim, kind, _ in DIMENSIONS}


def _bank_cases(library: Library) -> list[PracticeCase]:
    """Own-text items of classify questions on forms or kinds (scenario items are below)."""
    dimension = {kind: dim for dim, kind, _ in DIMENSIONS}
    found: dict[str, PracticeCase] = {}
    for _bank, question in library.questions():
        if not isinstance(question, Classify) or question.categories not in dimension:
            continue
        for number, item in enumerate(question.items, start=1):
            if item.scenario is None and item.text and item.category and item.feedback:
                ident = f"{question.id}-{number}"
                why = inline_html(item.feedback)
                answer = {dimension[question.categories]: (item.category, why)}
                found.setdefault(item.text, PracticeCase(ident, inline_html(item.text), answer))
    return list(found.values())


def practice_cases(library: Library) -> list[PracticeCase]:
    """Every scenario (form and kind), then the banks' own form or kind items."""
    fields = {dim: SCENARIO_DIMENSIONS[kind] for dim, kind, _ in DIMENSIONS}
    cases = [
        PracticeCase(
            s.id,
            inline_html(s.text),
            {
                dim: (getattr(s, answer), inline_html(getattr(s, why)))
                for dim, (answer, why) in fields.items()
            },
        )
        for s in library.scenarios.values()
    ]
    return cases + _bank_cases(library)


def case_question(
    case: PracticeCase, dimension: str, choices: list[tuple[str, str]], prompt: str
) -> Prepared:
    """One dimension of a case as a single-choice question the self-checks grade."""
    concept, why = case.answers[dimension]
    right = [c for c, _ in choices].index(concept)
    # Like every Prepared text, the choices are HTML.
    names = [html.escape(name) for _, name in choices]
    return Prepared(
        id=QUESTION_ID.format(case=case.id, dimension=dimension),
        type="single",
        prompt=prompt,
        choices=names,
        correct=[right],
        feedback=[
            why if i == right else WRONG_TEMPLATE.format(answer=names[right], why=why)
            for i in range(len(choices))
        ],
    )


@dataclass
class PracticeSession:
    """The schedule and the streaks of one student's practice (no widgets, no HTML)."""

    cases: list[PracticeCase]
    concepts: list[str]
    shuffle: Callable[[list[PracticeCase]], None] = field(default=random.shuffle)
    streaks: dict[str, int] = field(init=False)
    due: list[tuple[str, int]] = field(init=False, default_factory=list)
    deck: list[PracticeCase] = field(init=False, default_factory=list)
    step: int = field(init=False, default=0)
    current: PracticeCase | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.streaks = dict.fromkeys(self.concepts, 0)

    @property
    def done(self) -> bool:
        return all(streak >= STREAK for streak in self.streaks.values())

    def _first(self, wanted: Callable[[PracticeCase], bool]) -> PracticeCase | None:
        for pool in (self.deck, self.cases):
            for case in pool:
                if case is not self.current and wanted(case):
                    return case
        return None

    def next_case(self) -> PracticeCase | None:
        """The case to show now, or None once every concept is mastered."""
        if self.done:
            self.current = None
            return None
        if not self.deck:
            self.deck = list(self.cases)
            self.shuffle(self.deck)
        waiting = [concept for concept, at in self.due if at <= self.step]
        if waiting:
            chosen = self._first(lambda c: waiting[0] in c.concepts())
        else:
            chosen = self._first(
                lambda c: any(self.streaks.get(k, STREAK) < STREAK for k in c.concepts())
            )
        chosen = chosen or self._first(lambda c: True)
        assert chosen is not None, "latihan memerlukan paling sedikit dua kasus"
        if chosen in self.deck:
            self.deck.remove(chosen)
        self.due = [(k, at) for k, at in self.due if k not in chosen.concepts()]
        self.current = chosen
        return chosen

    def record(self, results: dict[str, bool]) -> None:
        """The verdict per dimension of the current case: streaks and returns follow."""
        assert self.current is not None, "belum ada kasus yang ditampilkan"
        for dimension, (concept, _why) in self.current.answers.items():
            if dimension not in results or concept not in self.streaks:
                continue
            correct = results[dimension]
            self.streaks[concept] = self.streaks[concept] + 1 if correct else 0
            if not correct and all(k != concept for k, _ in self.due):
                self.due.append((concept, self.step + RETURN_AFTER))
        self.step += 1


def practice_questions(library: Library) -> list[tuple[Prepared, str]]:
    """Every question Latihan Campuran can ask, with the concept a right answer shows."""
    choices = practice_choices(library)
    prompts = {dim: prompt for dim, _kind, prompt in DIMENSIONS}
    return [
        (case_question(case, dim, choices[dim], prompts[dim]), concept)
        for case in practice_cases(library)
        for dim, (concept, _why) in case.answers.items()
    ]
