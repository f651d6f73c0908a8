"""Kemajuan Belajarku: answers given in three chapters, counted on the progress page."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kerjasama.content.library import current_library
from kerjasama.content.mastery import question_concepts
from kerjasama.selfchecks.prepare import chapter_checks

from .conftest import ROOT
from .selfcheck_cases import answers_for, choose

pytestmark = pytest.mark.slow
STORE = "kerjasama-selfcheck:"
#: (chapter, how many of its first questions to answer right, then how many wrong).
PLAN = [("01-interaksi-sosial", 2, 1), ("05-bentuk-kerja-sama", 1, 2), ("08-uji-kompetensi", 3, 0)]


def _answer(page: Any, question: Any, answer: Any) -> None:
    root = page.locator(f'.selfcheck[data-selfcheck-id="{question.id}"]')
    choose(root, question, answer)
    root.locator(".selfcheck__check").click()


def test_progress_page_counts_every_answer(built_book: Path, browser: Any) -> None:
    library = current_library()
    pages = {p.path.stem: p for p in chapter_checks(library, ROOT)}
    context = browser.new_context()
    page = context.new_page()
    expected: dict[str, tuple[int, int]] = {}
    outcome: dict[str, bool] = {}
    for stem, right, wrong in PLAN:
        page.goto((built_book / "book" / f"{stem}.html").as_uri())
        questions = pages[stem].questions
        for question in questions[:right]:
            _answer(page, question, answers_for(question)[1])
            outcome[question.id] = True
        for question in questions[right : right + wrong]:
            _answer(page, question, answers_for(question)[0])
            outcome[question.id] = False
        expected[stem] = (right + wrong, right)
    page.goto((built_book / "book" / "kemajuan-belajar.html").as_uri())
    page.wait_for_selector(".learning-progress[data-ready]")
    for stem, chapter in pages.items():
        row = page.locator(f'[data-progress-chapter="book/{stem}"]')
        answered, correct = expected.get(stem, (0, 0))
        assert row.get_attribute("data-answered") == str(answered), stem
        assert row.get_attribute("data-correct") == str(correct), stem
        assert row.get_attribute("data-total") == str(len(chapter.questions)), stem
    # The wrong answer in Bab 1 is the next thing to redo there.
    first_wrong = pages["01-interaksi-sosial"].questions[2].id
    link = page.locator(
        '[data-progress-chapter="book/01-interaksi-sosial"] a.learning-progress__next'
    )
    assert link.get_attribute("href") == f"01-interaksi-sosial.html#soal-{first_wrong}"
    assert link.inner_text() == "Ulangi soal yang belum tepat"
    # Concept mastery follows the tags and classify answers of the answered questions.
    questions = {q.id: q for _bank, q in library.questions()}
    for concept in ("kooptasi", "asosiatif", "kelompok-primer"):
        answered = [i for i in outcome if concept in question_concepts(library, questions[i])]
        row = page.locator(f'tr[data-concept="{concept}"]')
        cells = row.locator("td").all_inner_texts()
        assert cells[0].startswith(f"{len(answered)} dari "), concept
        assert cells[1] == str(sum(outcome[i] for i in answered)), concept
    # DESIGN.md's statuses; the rule itself is pinned by tests/conformance/mastery.json.
    statuses = page.eval_on_selector_all(
        "tr[data-concept]", "rows => rows.map(r => r.dataset.status)"
    )
    assert set(statuses) <= {"belum", "sedang", "perlu-diulang", "dikuasai"}
    assert "belum" in statuses and len(set(statuses)) > 1
    total = sum(a for a, _c in expected.values())
    assert f"Kamu sudah menjawab {total} dari" in page.inner_text(".learning-progress__summary")
    # Reset asks first; dismissing keeps everything.
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.click(".learning-progress__reset")
    assert (
        page.locator('[data-progress-chapter="book/01-interaksi-sosial"]').get_attribute(
            "data-answered"
        )
        == "3"
    )
    page.once("dialog", lambda dialog: dialog.accept())
    page.click(".learning-progress__reset")
    assert page.evaluate(f"Object.keys(localStorage).filter(k => k.startsWith('{STORE}'))") == []
    context.close()


def test_answers_kept_before_the_version_number_are_migrated(
    built_book: Path, browser: Any
) -> None:
    """Version 1 records ({answer, checked}, no "v") count, and are rewritten as v2."""
    library = current_library()
    first = chapter_checks(library, ROOT)[0]
    question = first.questions[0]
    context = browser.new_context()
    page = context.new_page()
    page.goto((built_book / "book" / "kemajuan-belajar.html").as_uri())
    old = json.dumps({"answer": answers_for(question)[1], "checked": True})
    page.evaluate(f"localStorage.setItem('{STORE}{question.id}', {json.dumps(old)})")
    page.reload()
    page.wait_for_selector(".learning-progress[data-ready]")
    row = page.locator(
        f'[data-progress-chapter="book/{chapter_checks(library, ROOT)[0].path.stem}"]'
    )
    assert row.get_attribute("data-correct") == "1"
    stored = json.loads(page.evaluate(f"localStorage.getItem('{STORE}{question.id}')"))
    assert stored == {"v": 2, "answer": answers_for(question)[1], "checked": True}
    context.close()
