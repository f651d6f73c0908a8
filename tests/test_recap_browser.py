"""Share codes from two students, read back on Rekap Kelas, with a tampered code between."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from kerjasama import progress_overview
from kerjasama.content.library import current_library
from kerjasama.selfchecks.prepare import chapter_checks
from kerjasama.selfchecks.share import decode, encode

from .conftest import ROOT
from .selfcheck_cases import answers_for, choose

pytestmark = pytest.mark.slow
BAB_1 = "01-interaksi-sosial"


def _share_code(built_book: Path, browser: Any, name: str, plan: list[bool]) -> str:
    """Answer Bab 1's first questions (True right, False wrong), then make a share code."""
    questions = chapter_checks(current_library(), ROOT)[0].questions
    context = browser.new_context()
    page = context.new_page()
    page.goto((built_book / "book" / f"{BAB_1}.html").as_uri())
    for question, right in zip(questions, plan, strict=False):
        root = page.locator(f'.selfcheck[data-selfcheck-id="{question.id}"]')
        choose(root, question, answers_for(question)[1 if right else 0])
        root.locator(".selfcheck__check").click()
    page.goto((built_book / "book" / "kemajuan-belajar.html").as_uri())
    page.wait_for_selector(".learning-progress[data-ready]")
    page.fill(".learning-progress__name", name)
    page.fill(".learning-progress__group", "X-2")
    page.click(".learning-progress__share")
    code = page.input_value("textarea.progress-code")
    download = page.get_attribute(".learning-progress__download", "href") or ""
    assert unquote(download.split(",", 1)[1]).strip() == code
    context.close()
    return code


def test_rekap_kelas_counts_each_question_and_reports_a_broken_code(
    built_book: Path, browser: Any
) -> None:
    questions = chapter_checks(current_library(), ROOT)[0].questions
    ani = _share_code(built_book, browser, "Ani", [True, True, False])
    budi = _share_code(built_book, browser, "Budi", [False, True])
    assert ani.startswith("KS1-") and len(ani) < 1500
    tampered = ani[:10] + ("A" if ani[10] != "A" else "B") + ani[11:]
    page = browser.new_page()
    page.goto((built_book / "book" / "rekap-kelas.html").as_uri())
    page.wait_for_selector(".class-recap[data-ready]")
    page.fill("textarea.recap-input", "\n".join([ani, tampered, budi, "bukan kode"]))
    page.click(".class-recap__show")
    notes = page.inner_text(".class-recap__messages")
    assert "Baris 2: kode rusak atau sudah diubah" in notes
    assert "Baris 4: bukan kode kemajuan buku ini" in notes
    assert page.get_attribute(".class-recap", "data-students") == "2"
    expected = {questions[0].id: (2, 1), questions[1].id: (2, 2), questions[2].id: (1, 0)}
    for ident, (answered, correct) in expected.items():
        row = page.locator(f'tr[data-question-id="{ident}"]')
        assert row.get_attribute("data-answered") == str(answered), ident
        assert row.get_attribute("data-correct") == str(correct), ident
    untouched = page.locator(f'tr[data-question-id="{questions[5].id}"]')
    assert untouched.get_attribute("data-answered") == "0"
    # Sorted by error rate: the question both got wrong once comes before those all got right.
    order = page.eval_on_selector_all(
        "tr[data-question-id]", "rows => rows.map(r => r.dataset.questionId)"
    )
    assert (
        order.index(questions[2].id) < order.index(questions[0].id) < order.index(questions[1].id)
    )
    csv = unquote((page.get_attribute(".class-recap__csv", "href") or "").split(",", 1)[1])
    lines = csv.lstrip("\ufeff").strip().split("\r\n")
    assert lines[0].startswith('"Nama";"Kelas";')
    assert lines[1].startswith('"Ani";"X-2";"3";"2"')
    assert lines[2].startswith('"Budi";"X-2";"2";"1"')
    page.close()


def test_names_whose_code_holds_a_dash_are_read_and_csv_cells_cannot_run(
    built_book: Path, browser: Any
) -> None:
    """'Si~' and 'Yo>' give codes with '-' in the payload; a formula-like name stays text."""
    codes = [_share_code(built_book, browser, name, [True]) for name in ("Si~", "Yo>", "=1+1")]
    assert all("-" in code[4:-9] for code in codes[:2])
    page = browser.new_page()
    page.goto((built_book / "book" / "rekap-kelas.html").as_uri())
    page.wait_for_selector(".class-recap[data-ready]")
    page.fill("textarea.recap-input", "\n".join(codes))
    page.click(".class-recap__show")
    assert page.inner_text(".class-recap__messages") == ""
    assert page.get_attribute(".class-recap", "data-students") == "3"
    csv = unquote((page.get_attribute(".class-recap__csv", "href") or "").split(",", 1)[1])
    names = [line.split(";")[0] for line in csv.lstrip("\ufeff").strip().split("\r\n")[1:]]
    assert names == ['"Si~"', '"Yo>"', '"\'=1+1"']
    page.close()


def test_no_code_without_a_name(built_book: Path, browser: Any) -> None:
    page = browser.new_page()
    page.goto((built_book / "book" / "kemajuan-belajar.html").as_uri())
    page.wait_for_selector(".learning-progress[data-ready]")
    page.fill(".learning-progress__name", "   ")
    page.click(".learning-progress__share")
    assert page.input_value("textarea.progress-code") == ""
    assert (
        page.inner_text(".learning-progress__share-note")
        == "Tulis namamu dulu, lalu tekan Buat kode."
    )
    assert page.evaluate("document.activeElement.classList.contains('learning-progress__name')")
    assert page.locator(".learning-progress__download").is_hidden()
    page.close()


def test_kernel_and_browser_share_codes_are_one_format(built_book: Path, browser: Any) -> None:
    """A code made in a kernel (Binder) loads on Rekap Kelas; one made in the page decodes."""
    progress = progress_overview()
    questions = progress.pages[0].questions
    answers = {
        questions[0].id: answers_for(questions[0])[1],
        questions[1].id: answers_for(questions[1])[0],
    }
    page = browser.new_page()
    page.goto((built_book / "book" / "rekap-kelas.html").as_uri())
    page.wait_for_selector(".class-recap[data-ready]")
    page.fill("textarea.recap-input", encode(progress.question_ids, "Citra", "X-3", answers))
    page.click(".class-recap__show")
    assert page.get_attribute(".class-recap", "data-students") == "1"
    for question, correct in ((questions[0], "1"), (questions[1], "0")):
        row = page.locator(f'tr[data-question-id="{question.id}"]')
        assert (row.get_attribute("data-answered"), row.get_attribute("data-correct")) == (
            "1",
            correct,
        )
    browser_code = page.evaluate(
        """answers => {
            const data = JSON.parse(document.querySelector('.class-recap__data').textContent);
            const ids = data.chapters.flatMap(c => c.questions);
            return window.kerjasamaShare.encode(data.share, ids, 'Dewi – ü', 'X-1', answers);
        }""",
        answers,
    )
    shared = decode(progress.question_ids, browser_code)
    assert (shared.name, shared.group, shared.answers) == ("Dewi – ü", "X-1", answers)
    page.close()
