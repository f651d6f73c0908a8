"""Kemajuan Belajarku in a kernel: answers kept by the chapter widgets, counted in Python.

The pages and questions are those of the fixture book ``tests/roots/mini-book``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kerjasama import mixed_practice, progress_overview
from kerjasama.content.mastery import KEY_KINDS, key_concepts
from kerjasama.selfchecks.answers import load_answers, save_answer
from kerjasama.selfchecks.practice_view import PracticeWidget
from kerjasama.selfchecks.progress import GROUP_TITLES, count
from kerjasama.selfchecks.share import ShareCodeError, decode, encode, fnv
from kerjasama.selfchecks.widget import QuestionWidget

from .selfcheck_cases import answers_for

pytestmark = pytest.mark.usefixtures("on_mini_book")


def test_fnv_matches_the_browser_checksum() -> None:
    # Values computed by progress.js's fnv() (in Node.js), UTF-16 units beyond ASCII included.
    assert fnv("") == "811c9dc5"
    assert fnv("KS1") == "90e4509e"
    assert fnv("Ani – kelas X-2 😀") == "92cb4f3c"


def test_a_checked_answer_is_kept_and_a_reset_forgets_it(_answers_file: Path) -> None:
    progress = progress_overview()
    question = progress.pages[0].questions[0]
    assert (question.id, question.type) == ("proses-asosiatif", "single")
    view = QuestionWidget(question)
    _wrong, right = answers_for(question)
    view.radio.value = right
    view.check()
    stored = json.loads(_answers_file.read_text(encoding="utf-8"))
    assert stored["v"] == 2
    assert stored["answers"][question.id] == {"v": 2, "answer": right, "checked": True}
    view.reset()
    assert question.id not in load_answers()


def test_the_kernel_progress_counts_like_the_page(_answers_file: Path) -> None:
    progress = progress_overview()
    first, last = progress.pages[0], progress.pages[-1]
    assert [p.path.stem for p in (first, last)] == ["01-interaksi-sosial", "03-uji-kompetensi"]
    for n, question in enumerate(first.questions[:3]):
        save_answer(question.id, answers_for(question)[n != 1], checked=True)
    save_answer(last.questions[0].id, answers_for(last.questions[0])[1], checked=False)
    answers = load_answers()
    assert count(first.questions, answers).answered == 3
    assert count(first.questions, answers).right == 2
    assert count(last.questions, answers).answered == 0, "belum diperiksa: tidak dihitung"
    table = progress.table_html()
    assert (
        f'data-progress-chapter="book/{first.path.stem}" data-answered="3" data-correct="2" '
        f'data-total="{len(first.questions)}"'
    ) in table
    shared = decode(progress.question_ids, progress.share_code(" Ani ", "X-2"))
    assert (shared.name, shared.group) == ("Ani", "X-2")
    assert set(shared.answers) == {q.id for q in first.questions[:3]}


def test_an_unreadable_answers_file_is_moved_aside_not_lost(_answers_file: Path) -> None:
    _answers_file.write_text("{rusak", encoding="utf-8")
    assert load_answers() == {}
    assert (_answers_file.parent / "jawaban.json.rusak").read_text(encoding="utf-8") == "{rusak"


def test_the_widget_makes_a_code_and_erases_only_after_confirming(_answers_file: Path) -> None:
    progress = progress_overview()
    question = progress.pages[0].questions[0]
    save_answer(question.id, answers_for(question)[1], checked=True)
    box = progress.widget()
    tables, _refresh, share_box, make_code, code, actions = box.children
    assert 'data-answered="1"' in tables.value
    share_box.children[1].value = "Budi"
    make_code.click()
    assert decode(progress.question_ids, code.value).name == "Budi"
    assert "progress-code" in code._dom_classes
    reset, confirm = actions.children
    assert confirm.layout.display == "none"
    reset.click()
    assert confirm.layout.display is None and load_answers()
    confirm.click()
    assert load_answers() == {}
    assert 'data-answered="1"' not in tables.value


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda c: "XX" + c[2:], "bukan kode kemajuan"),
        (lambda c: c[:6] + ("A" if c[6] != "A" else "B") + c[7:], "kode rusak atau sudah diubah"),
    ],
)
def test_a_broken_code_gets_an_indonesian_message(change, message: str) -> None:
    code = encode(["a", "b"], "Ani", "X-2", {"a": 1})
    assert decode(["a", "b"], code).answers == {"a": 1}
    with pytest.raises(ShareCodeError, match=message):
        decode(["a", "b"], change(code))
    with pytest.raises(ShareCodeError, match="versi buku yang lain"):
        decode(["a", "c"], code)


def _tiles(markup: str) -> dict[str, str]:
    return dict(re.findall(r'data-concept="([^"]+)" data-status="([^"]+)"', markup))


def test_the_page_starts_with_an_empty_bar_per_chapter_and_a_tile_per_key_concept() -> None:
    progress = progress_overview()
    page = progress.html()
    assert _tiles(page) == dict.fromkeys(key_concepts(progress.library), "belum")
    assert set(GROUP_TITLES) == set(KEY_KINDS), "setiap golongan konsep kunci punya baris"
    for chapter in progress.pages:
        total = len(chapter.questions)
        assert (
            f'role="progressbar" aria-label="Benar di {chapter.title}" aria-valuemin="0" '
            f'aria-valuemax="{total}" aria-valuenow="0" aria-valuetext="0 benar dari {total} soal"'
        ) in page
    assert "latihan-campuran.html" in page, "halaman menyebut bahwa latihan ikut dihitung"


def test_the_kernel_draws_practice_answers_into_the_same_grid(_answers_file: Path) -> None:
    """A chapter answer and a Latihan Campuran case answered in the kernel, then counted."""
    progress = progress_overview()
    chapter = next(p for p in progress.pages if p.path.stem == "02-kerja-sama")
    question = next(q for q in chapter.questions if q.id == "bentuk-tukar-menukar")
    save_answer(question.id, answers_for(question)[1], checked=True)
    practice = PracticeWidget(mixed_practice())
    practice.session.current = next(
        c for c in practice.practice.cases if c.id == "tukar-hasil-panen"
    )
    assert practice.session.current.answers["form"][0] == "bargaining"
    assert practice.session.current.answers["kind"][0] == "kerja-sama-kontrak"
    names = dict(practice.practice.concepts)
    practice.radios["form"].value = names["bargaining"]
    practice.radios["kind"].value = names["kerja-sama-spontan"]
    practice.check()
    kept = load_answers()
    assert kept["latihan-tukar-hasil-panen-form"]["checked"] is True
    assert kept["latihan-tukar-hasil-panen-kind"]["checked"] is True
    board = progress.table_html()
    # bargaining: the chapter's question and the case's form, both right (2 of 2);
    # kooptasi: only the chapter's question (1 of 1); kontrak: the case's kind, wrong.
    # A wrong choice (spontan) counts for the concept the case shows, not the one chosen.
    assert _tiles(board) == dict.fromkeys(key_concepts(progress.library), "belum") | {
        "bargaining": "dikuasai",
        "kooptasi": "sedang",
        "kerja-sama-kontrak": "perlu-diulang",
    }
    total = len(chapter.questions)
    assert f'data-answered="1" data-correct="1" data-total="{total}"' in board
    assert f'aria-valuemax="{total}" aria-valuenow="1"' in board
    assert "Dari Latihan Campuran: 2 jawaban, 1 benar." in board
    assert "href=" not in board, "di JupyterLab bab adalah notebook, bukan halaman .html"
    assert "<style>" in board and "--pst-color-success: var(--jp-success-color1)" in board
