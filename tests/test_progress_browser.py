"""Kemajuan Belajarku: answers given in three chapters and in Latihan Campuran, counted."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kerjasama.content.library import current_library
from kerjasama.content.mastery import key_concepts, question_concepts
from kerjasama.selfchecks.prepare import chapter_checks
from kerjasama.selfchecks.progress import STATUS_LABELS

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
    assert root.get_attribute("data-state") in ("correct", "incorrect"), question.id


#: Latihan Campuran: per case on screen, whether the form and the kind are answered right.
PRACTICE_PLAN = [(True, False), (True, True), (False, False), (False, True)]


def _status(answered: int, right: int) -> str:
    """DESIGN.md's statuses, written out again here: 80% right of two answers or more."""
    if answered == 0:
        return "belum"
    if right < 0.8 * answered:
        return "perlu-diulang"
    return "dikuasai" if answered >= 2 else "sedang"


def _practise(page: Any, book: Path) -> dict[str, tuple[str, bool]]:
    """Play PRACTICE_PLAN; practice question id → (concept it shows, answered right)."""
    page.goto((book / "book" / "latihan-campuran.html").as_uri())
    page.wait_for_selector(".mixed-practice[data-ready]")
    data = page.evaluate("JSON.parse(document.querySelector('.mixed-practice__data').textContent)")
    root = page.locator(".mixed-practice")
    played: dict[str, tuple[str, bool]] = {}
    for plan in PRACTICE_PLAN:
        case = next(c for c in data["cases"] if c["id"] == root.get_attribute("data-case"))
        for dim, right_answer in zip(("form", "kind"), plan, strict=True):
            if dim not in case:
                continue
            right = case[dim][0]
            pick = right if right_answer else (right + 1) % len(data["choices"][dim])
            page.check(f'[data-dimension="{dim}"] input[value="{pick}"]')
            played[f"latihan-{case['id']}-{dim}"] = (data["ids"][dim][right], right_answer)
        page.click(".mixed-practice__check")
        page.wait_for_selector(".mixed-practice[data-state]")
        page.click(".mixed-practice__next")
    return played


def test_progress_page_counts_every_answer(built_book: Path, browser: Any) -> None:
    library = current_library()
    pages = {p.path.stem: p for p in chapter_checks(library, ROOT)}
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
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
    played = _practise(page, built_book)
    assert len(played) >= len(PRACTICE_PLAN)
    page.goto((built_book / "book" / "kemajuan-belajar.html").as_uri())
    page.wait_for_selector(".learning-progress[data-ready]")
    for stem, chapter in pages.items():
        row = page.locator(f'[data-progress-chapter="book/{stem}"]')
        answered, correct = expected.get(stem, (0, 0))
        total = len(chapter.questions)
        assert row.get_attribute("data-answered") == str(answered), stem
        assert row.get_attribute("data-correct") == str(correct), stem
        assert row.get_attribute("data-total") == str(total), stem
        bar = row.locator('[role="progressbar"]')
        assert bar.get_attribute("aria-valuenow") == str(correct), stem
        assert bar.get_attribute("aria-valuemax") == str(total), stem
        assert bar.get_attribute("aria-valuetext") == f"{correct} benar dari {total} soal"
        widths = bar.evaluate(
            "b => [...b.children].map(s => s.getBoundingClientRect().width / b.clientWidth)"
        )
        assert widths == pytest.approx([answered / total, correct / total], abs=0.02), stem
        assert row.locator(".learning-progress__count").inner_text() == (
            f"{answered} dari {total} soal dijawab, {correct} benar"
        )
    # The wrong answer in Bab 1 is the next thing to redo there.
    first_wrong = pages["01-interaksi-sosial"].questions[2].id
    link = page.locator(
        '[data-progress-chapter="book/01-interaksi-sosial"] a.learning-progress__next'
    )
    assert link.get_attribute("href") == f"01-interaksi-sosial.html#soal-{first_wrong}"
    assert link.inner_text() == "Ulangi soal yang belum tepat"
    # Every key concept: the chapters' answers that check it (tags and classify answers)
    # and the practice answers whose right answer it is.
    questions = {q.id: q for _bank, q in library.questions()}
    tiles = page.locator(".mastery-tile[data-concept]")
    concepts = tiles.evaluate_all("ts => ts.map(t => t.dataset.concept)")
    assert sorted(concepts) == sorted(key_concepts(library))
    for concept in concepts:
        results = [
            right
            for i, right in outcome.items()
            if concept in question_concepts(library, questions[i])
        ] + [right for shown, right in played.values() if shown == concept]
        tile = page.locator(f'.mastery-tile[data-concept="{concept}"]')
        status = _status(len(results), sum(results))
        assert tile.get_attribute("data-status") == status, (concept, results)
        assert tile.locator(".mastery-tile__status").inner_text() == STATUS_LABELS[status]
        assert tile.locator(".mastery-tile__count").inner_text() == (
            f"{sum(results)} benar dari {len(results)} jawaban"
        )
    practice_right = sum(right for _c, right in played.values())
    assert page.inner_text(".learning-progress__practice") == (
        f"Dari Latihan Campuran: {len(played)} jawaban, {practice_right} benar."
    )
    statuses = tiles.evaluate_all("ts => ts.map(t => t.dataset.status)")
    assert {"belum", "perlu-diulang", "dikuasai"} <= set(statuses)
    # The next step: one action with a link, to a question of a concept to review.
    names = {c.id: c.name for c in library.concept_map().concepts}
    action = page.locator(".learning-progress__step a.learning-progress__action")
    weak = [c for c, s in zip(concepts, statuses, strict=True) if s == "perlu-diulang"]
    named = [
        c for c in weak if action.inner_text() == f"Pelajari lagi {names[c]}, lalu ulangi soalnya."
    ]
    assert len(named) == 1, action.inner_text()
    href = action.get_attribute("href")
    if href != "latihan-campuran.html":
        page_name, ident = href.split("#soal-")
        assert named[0] in question_concepts(library, questions[ident])
        assert page_name.removesuffix(".html") in pages
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
    assert page.locator('.mastery-tile[data-status="belum"]').count() == len(concepts)
    assert errors == []
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
