"""Self-checks in the built book: graded offline in Chromium, kept across a reload, reset."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kerjasama.selfchecks.grading import Prepared, grade
from kerjasama.selfchecks.render import feedback_html

from .selfcheck_cases import (
    answers_for,
    chapter_questions,
    chapters_with_selfchecks,
    choose,
    feedback_texts,
)

pytestmark = pytest.mark.slow
CHAPTERS = chapters_with_selfchecks()


def shown_answer(root: Any, question: Prepared) -> Any:
    if question.type == "classify":
        return root.locator("select").evaluate_all("els => els.map(e => e.value)")
    checked = root.locator("input").evaluate_all(
        "els => els.filter(e => e.checked).map(e => Number(e.value))"
    )
    return checked if question.type == "multiple" else (checked[0] if checked else None)


def lines_on_page(root: Any) -> list[str]:
    return [" ".join(t.split()) for t in root.locator(".selfcheck__line").all_inner_texts()]


@pytest.mark.parametrize("chapter", CHAPTERS, ids=[c.stem for c in CHAPTERS])
def test_selfchecks_grade_offline_and_survive_a_reload(
    built_book: Path, browser: Any, chapter: Path
) -> None:
    questions = chapter_questions(chapter)
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto((built_book / "book" / f"{chapter.stem}.html").as_uri())

    ids = page.locator(".selfcheck").evaluate_all(
        "els => els.map(e => e.getAttribute('data-selfcheck-id'))"
    )
    assert ids == [q.id for q in questions]

    for question in questions:
        root = page.locator(f'.selfcheck[data-selfcheck-id="{question.id}"]')
        wrong, right = answers_for(question)
        for answer, state in ((wrong, "incorrect"), (right, "correct")):
            if root.locator(".selfcheck__reset").is_visible():
                root.locator(".selfcheck__reset").click()
                assert root.get_attribute("data-state") is None
            choose(root, question, answer)
            root.locator("button", has_text="Periksa").click()
            assert root.get_attribute("data-state") == state
            verdict = grade(question, answer)
            expected = "Benar!" if state == "correct" else "Belum tepat."
            assert root.locator(".selfcheck__verdict").inner_text() == expected
            assert lines_on_page(root) == feedback_texts(feedback_html(question, verdict))
            assert root.locator("[aria-live=polite] .selfcheck__verdict").count() == 1

    # Each set (a chapter's bank, a stimulus set) keeps its own score.
    for section in page.locator(".selfcheck-set").all():
        total = section.locator(".selfcheck").count()
        score = section.locator(".selfcheck-set__score")
        assert score.inner_text() == f"Skor: {total} dari {total} benar"

    page.reload()
    for question in questions:
        root = page.locator(f'.selfcheck[data-selfcheck-id="{question.id}"]')
        assert root.get_attribute("data-state") == "correct", question.id
        assert shown_answer(root, question) == answers_for(question)[1]

    first = page.locator(".selfcheck").first
    first.locator("button", has_text="Coba lagi").click()
    assert first.get_attribute("data-state") is None
    assert first.locator(".selfcheck__feedback").inner_text() == ""
    page.reload()
    assert first.get_attribute("data-state") is None
    assert shown_answer(first, questions[0]) in (
        None,
        [],
        ["", "", "", ""][: len(questions[0].choices)],
    )
    assert errors == []
    context.close()


@pytest.mark.parametrize("chapter", CHAPTERS, ids=[c.stem for c in CHAPTERS])
def test_every_selfcheck_works_by_keyboard_alone(
    built_book: Path, browser: Any, chapter: Path
) -> None:
    """Arrow keys, Space, Tab and Enter only: each question answered rightly and checked."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto((built_book / "book" / f"{chapter.stem}.html").as_uri())
    keys = page.keyboard
    for question in chapter_questions(chapter):
        root = page.locator(f'.selfcheck[data-selfcheck-id="{question.id}"]')
        root.locator("input, select").first.focus()  # as if tabbed into
        _wrong, right = answers_for(question)
        if question.type in {"single", "truefalse"}:
            keys.press("Space")
            for _ in range(right):
                keys.press("ArrowDown")
        elif question.type == "multiple":
            for index in range(len(question.choices)):
                if index in right:
                    keys.press("Space")
                keys.press("Tab")
        else:
            order = [c for c, _name in question.categories]
            for value in right:
                for _ in range(order.index(value) + 1):
                    keys.press("ArrowDown")
                keys.press("Tab")
        for _ in range(len(question.choices) + 3):
            if page.evaluate("document.activeElement.classList.contains('selfcheck__check')"):
                break
            keys.press("Tab")
        keys.press("Enter")
        assert root.get_attribute("data-state") == "correct", question.id
    context.close()


def test_only_pages_with_selfchecks_load_their_assets(built_book: Path) -> None:
    for page in sorted((built_book / "book").glob("*.html")):
        text = page.read_text(encoding="utf-8")
        practice = 'class="mixed-practice"' in text
        has_check = 'class="selfcheck"' in text
        # The progress and recap pages grade answers with selfcheck.js, without its styles;
        # Latihan Campuran uses both.
        needs_script = (
            has_check
            or practice
            or any(
                f'class="{page_class}"' in text
                for page_class in ("learning-progress", "class-recap")
            )
        )
        assert ('src="../_static/selfcheck.js' in text) == needs_script, page.name
        # Its styles are inlined in the page (build.bundle).
        assert (".selfcheck__choice{" in text) == (has_check or practice), page.name
