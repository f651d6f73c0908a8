"""Latihan Campuran in Python: the schedule's rule, its verdicts, and the live widget."""

from __future__ import annotations

import random

import pytest

from kerjasama import mixed_practice
from kerjasama.content.library import current_library
from kerjasama.selfchecks.grading import grade
from kerjasama.selfchecks.practice import (
    STREAK,
    WRONG_TEMPLATE,
    PracticeCase,
    PracticeSession,
    case_question,
    practice_cases,
    practice_choices,
)
from kerjasama.selfchecks.practice_view import DONE_TEXT, LIVE_PRACTICE, PracticeWidget

FORMS = ["kerukunan", "bargaining", "kooptasi", "koalisi", "joint-venture"]


def _session(seed: int) -> PracticeSession:
    practice = mixed_practice()
    return PracticeSession(
        practice.cases, [c for c, _ in practice.concepts], shuffle=random.Random(seed).shuffle
    )


def test_cases_come_from_the_scenarios_and_the_banks() -> None:
    library = current_library()
    cases = practice_cases(library)
    ids = {c.id for c in cases}
    assert set(library.scenarios) <= ids
    assert len(cases) > len(library.scenarios), "butir bentuk/jenis dari bank soal ikut"
    assert all(c.answers for c in cases)
    assert len({c.text for c in cases}) == len(cases), "kasus yang sama muncul dua kali"
    choices = practice_choices(library)
    assert [c for c, _ in choices["form"]] == FORMS


@pytest.mark.usefixtures("on_mini_book")
def test_each_dimension_is_graded_by_the_selfcheck_grade_with_the_reason() -> None:
    """On the fixture book's scenario ``tukar-hasil-panen`` (form: bargaining)."""
    library = current_library()
    case = next(c for c in practice_cases(library) if c.id == "tukar-hasil-panen")
    question = case_question(case, "form", practice_choices(library)["form"], "Bentuk?")
    assert question.choices == ["Bargaining", "Kooptasi"]
    right = question.correct[0]
    assert question.choices[right] == "Bargaining"
    reason = "Dua pihak menukar barang dengan syarat yang mereka tawar bersama."
    verdict = grade(question, right)
    assert verdict is not None and verdict.correct
    assert reason in verdict.lines[0].html
    wrong = grade(question, (right + 1) % len(question.choices))
    assert wrong is not None and not wrong.correct
    assert wrong.lines[0].html.startswith(WRONG_TEMPLATE.split("{")[0] + "Bargaining.")
    assert reason in wrong.lines[0].html


@pytest.mark.parametrize("seed", range(30))
def test_a_missed_concept_returns_within_five_cases_and_mastery_ends_it(seed: int) -> None:
    session = _session(seed)
    rng = random.Random(seed)
    streaks = dict.fromkeys(session.concepts, 0)
    waiting: dict[str, int] = {}
    previous = None
    for step in range(400):
        case = session.next_case()
        if case is None:
            break
        assert case is not previous, "kasus yang sama dua kali berturut-turut"
        previous = case
        for concept in case.concepts():
            waiting.pop(concept, None)
        assert all(step - at <= 5 for at in waiting.values()), (step, waiting)
        results = {d: rng.random() < 0.6 for d in case.answers}
        session.record(results)
        for dim, ok in results.items():
            concept = case.answers[dim][0]
            streaks[concept] = streaks[concept] + 1 if ok else 0
            if not ok:
                waiting.setdefault(concept, step)
        assert session.streaks == streaks
        assert session.done == all(s >= STREAK for s in streaks.values())
    else:
        pytest.fail("latihan tidak pernah selesai")
    assert all(s >= STREAK for s in streaks.values())


def test_practice_runs_on_past_the_bank_until_every_concept_is_mastered() -> None:
    session = _session(1)
    shown = 0
    # Koalisi is always answered wrong until the bank has gone round twice.
    while (case := session.next_case()) is not None and shown < 3 * len(session.cases):
        shown += 1
        session.record({d: case.answers[d][0] != "koalisi" for d in case.answers})
    assert case is not None and not session.done
    assert session.streaks["koalisi"] == 0
    while (case := session.next_case()) is not None:
        session.record(dict.fromkeys(case.answers, True))
    assert session.done


def test_two_cases_suffice_and_a_concept_outside_the_list_counts_as_mastered() -> None:
    cases = [
        PracticeCase("a", "A", {"form": ("koalisi", "karena A")}),
        PracticeCase("b", "B", {"form": ("koalisi", "karena B"), "kind": ("x", "karena")}),
    ]
    session = PracticeSession(cases, ["koalisi"], shuffle=lambda deck: None)
    order = []
    while (case := session.next_case()) is not None:
        order.append(case.id)
        session.record({d: d == "form" and len(order) != 1 for d in case.answers})
    # Wrong, then right twice: a and b alternate, and the untracked kind never holds it up.
    assert order == ["a", "b", "a"]


def _answer(widget: PracticeWidget, right: bool) -> None:
    case = widget.session.current
    assert case is not None
    for dim, (concept, _why) in case.answers.items():
        names = dict(widget.practice.choices[dim])
        options = list(widget.radios[dim].options)
        index = options.index(names[concept])
        widget.radios[dim].value = options[index if right else (index + 1) % len(options)]
    widget.check_button.click()


def test_the_live_widget_follows_the_same_rule_to_the_end() -> None:
    mixed_practice().widget()
    widget = LIVE_PRACTICE[-1]
    assert "<p>Kasus ke-1</p>" in widget.text.value, "the same words as practice.js"
    widget.check_button.click()
    assert "Jawab setiap pertanyaan dulu" in widget.feedback.value
    _answer(widget, right=False)
    assert "Belum tepat." in widget.feedback.value
    assert "Jawaban yang tepat:" in widget.feedback.value
    assert widget.next_button.layout.display is None
    for _ in range(200):
        widget.next_button.click()
        if widget.session.done:
            break
        _answer(widget, right=True)
        assert "Benar!" in widget.feedback.value
    assert widget.session.done
    assert DONE_TEXT in widget.text.value
    assert widget.check_button.layout.display == "none"
    assert f"{STREAK} dari {STREAK}" in widget.mastery.value


def test_the_book_rendering_carries_every_case_and_both_questions() -> None:
    practice = mixed_practice()
    page = practice.html()
    assert page.count('class="mixed-practice__question"') == 2
    assert page.count("<tr data-concept=") == 9
    data = practice.data()
    assert len(data["cases"]) == len(practice.cases)
    first = data["cases"][0]
    assert data["ids"]["form"][first["form"][0]] == practice.cases[0].answers["form"][0]
