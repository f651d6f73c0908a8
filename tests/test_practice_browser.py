"""Latihan Campuran in the built book, played with scripted wrong answers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow
#: At these steps the student answers every question of the case wrongly.
WRONG_AT = {0, 1, 2, 7, 12}


def _play(page: Any, data: dict[str, Any], wrong: bool) -> dict[str, Any]:
    """Answer the case on screen (right or wrong) and press Periksa; returns the case."""
    root = page.locator(".mixed-practice")
    case = next(c for c in data["cases"] if c["id"] == root.get_attribute("data-case"))
    for dim in ("form", "kind"):
        if dim in case:
            right = case[dim][0]
            pick = (right + 1) % len(data["choices"][dim]) if wrong else right
            page.check(f'[data-dimension="{dim}"] input[value="{pick}"]')
    page.click(".mixed-practice__check")
    return case


def test_a_missed_concept_returns_soon_and_mastery_ends_the_session(
    built_book: Path, browser: Any
) -> None:
    page = browser.new_page(viewport={"width": 360, "height": 800})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((built_book / "book" / "latihan-campuran.html").as_uri())
    page.wait_for_selector(".mixed-practice[data-ready]")
    data = page.evaluate("JSON.parse(document.querySelector('.mixed-practice__data').textContent)")
    streak = dict.fromkeys((c["id"] for c in data["concepts"]), 0)
    missed: dict[str, int] = {}
    root = page.locator(".mixed-practice")

    page.click(".mixed-practice__check")
    assert "Jawab setiap pertanyaan dulu" in page.inner_text(".mixed-practice__feedback")
    for step in range(300):
        assert root.get_attribute("data-done") is None, "selesai sebelum semua konsep dikuasai"
        assert root.get_attribute("data-step") == str(step)
        concepts = [data["ids"][d][c[0]] for d, c in _case_dims(page, data)]
        for concept in concepts:
            missed.pop(concept, None)
        assert all(step - at <= 5 for at in missed.values()), (step, missed)
        wrong = step in WRONG_AT
        case = _play(page, data, wrong)
        assert root.get_attribute("data-state") == ("incorrect" if wrong else "correct")
        feedback = page.inner_text(".mixed-practice__feedback")
        assert ("Belum tepat." if wrong else "Benar!") in feedback
        if wrong:
            assert "Jawaban yang tepat:" in feedback
        for dim in ("form", "kind"):
            if dim in case:
                concept = data["ids"][dim][case[dim][0]]
                streak[concept] = 0 if wrong else streak[concept] + 1
                if wrong:
                    missed.setdefault(concept, step)
                row = page.locator(f'.mixed-practice__mastery tr[data-concept="{concept}"]')
                assert row.get_attribute("data-streak") == str(min(streak[concept], 2))
        page.click(".mixed-practice__next")
        if all(s >= 2 for s in streak.values()):
            break
    else:
        pytest.fail("latihan tidak pernah selesai")
    assert root.get_attribute("data-done") == "true"
    assert page.locator(".mixed-practice__done").is_visible()
    assert not page.locator(".mixed-practice__check").is_visible()
    assert errors == []
    page.close()


def _case_dims(page: Any, data: dict[str, Any]) -> list[tuple[str, list[Any]]]:
    ident = page.get_attribute(".mixed-practice", "data-case")
    case = next(c for c in data["cases"] if c["id"] == ident)
    return [(d, case[d]) for d in ("form", "kind") if d in case]
