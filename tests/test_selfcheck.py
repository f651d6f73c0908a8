"""Self-checks: grading, the HTML contract, the live widget, and every bank mistake's message.

Every test runs on the questions of the fixture book ``tests/roots/mini-book`` (one question
of each type in ``soal/interaksi-sosial.yml``), so the book's own wording can change freely.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kerjasama.content.library import Library
from kerjasama.errors import ContentError
from kerjasama.selfchecks import STATIC_DIR
from kerjasama.selfchecks.grading import grade
from kerjasama.selfchecks.prepare import resolve
from kerjasama.selfchecks.render import question_html
from kerjasama.selfchecks.view import selfcheck
from kerjasama.selfchecks.widget import LIVE_VIEWS, plain_text

from .conftest import MINI_DATA, edit, messages
from .selfcheck_cases import answers_for

BANK = "soal/interaksi-sosial.yml"
#: Every question of the fixture book: each type, and classify items from scenarios.
FIXTURE_QUESTIONS = sorted(q.id for _bank, q in Library.load(MINI_DATA).questions())


def prepared(ident: str, data: Path = MINI_DATA):
    return resolve(Library.load(data), ident)[1][0]


# -- grading ----------------------------------------------------------------------------


def test_single_choice_grading_gives_the_chosen_options_feedback() -> None:
    question = prepared("proses-asosiatif")
    wrong = grade(question, 0)
    assert wrong is not None and not wrong.correct
    assert wrong.lines[0].html.startswith("Persaingan termasuk proses disosiatif.")
    right = grade(question, 1)
    assert right is not None and right.correct and right.state == "correct"
    assert grade(question, None) is None


def test_true_false_grading() -> None:
    question = prepared("akomodasi-berawal-dari-konflik")
    assert question.choices == ["Benar", "Salah"]
    assert grade(question, 1).correct  # the statement is false
    verdict = grade(question, 0)
    assert not verdict.correct
    assert verdict.lines[0].html.startswith("Pernyataan ini salah. Akomodasi justru berawal dari")


def test_multiple_choice_needs_exactly_the_correct_set_and_names_what_was_missed() -> None:
    question = prepared("ciri-proses-disosiatif")
    assert grade(question, []) is None
    partial = grade(question, [0])
    assert not partial.correct
    assert [line.ok for line in partial.lines] == [True, False]
    assert partial.lines[1].html.startswith("Belum kamu pilih: Kontravensi ditandai")
    assert ".." not in partial.lines[1].html
    assert not grade(question, [0, 1, 2]).correct
    assert grade(question, [1, 0]).correct


def test_classification_grades_each_item() -> None:
    question = prepared("golongan-proses-interaksi")
    assert [c for c, _ in question.categories] == ["asosiatif", "disosiatif"]
    assert grade(question, [None, "disosiatif", "disosiatif", "asosiatif"]) is None
    verdict = grade(question, ["asosiatif", "disosiatif", "asosiatif", "asosiatif"])
    assert not verdict.correct
    assert [line.ok for line in verdict.lines] == [True, True, False, True]
    assert verdict.lines[2].html.startswith("Contoh 3: Ini kontravensi, rasa tidak suka")
    assert grade(question, question.correct).correct


def test_raw_html_in_question_text_is_shown_not_executed(mini_data: Path) -> None:
    edit(
        mini_data / BANK,
        "prompt: Manakah di antara proses berikut yang termasuk proses **asosiatif**?",
        "prompt: Manakah <script>alert(1)</script> proses **asosiatif** dan *penting*?",
    )
    question = prepared("proses-asosiatif", mini_data)
    assert "<script>" not in question.prompt
    assert "&lt;script&gt;" in question.prompt
    assert "<strong>asosiatif</strong>" in question.prompt and "<em>penting</em>" in question.prompt


# -- the HTML contract ------------------------------------------------------------------


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(markup: str) -> list[tuple[str, dict[str, str | None]]]:
    collector = _Collector()
    collector.feed(markup)
    return collector.tags


@pytest.mark.parametrize("ident", FIXTURE_QUESTIONS)
def test_html_follows_the_selfcheck_contract(ident: str) -> None:
    question = prepared(ident)
    tags = _tags(question_html(question))
    root = tags[0]
    assert root[1]["class"] == "selfcheck" and root[1]["data-selfcheck-id"] == ident
    controls = [a for t, a in tags if t in {"input", "select"}]
    assert len(controls) == len(question.choices)
    labelled = {a["for"] for t, a in tags if t == "label"}
    assert all(c["id"] in labelled for c in controls), "setiap kontrol punya label"
    buttons = [a for t, a in tags if t == "button"]
    assert [b["type"] for b in buttons] == ["button", "button"]
    assert any(a.get("aria-live") == "polite" for _t, a in tags)


@pytest.fixture()
def fresh_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    """Control ids carry a page-wide serial number; start it at 1 as a fresh page does."""
    from kerjasama.selfchecks import render

    monkeypatch.setattr(render, "_instances", itertools.count(1))


@pytest.mark.usefixtures("fresh_ids")
@pytest.mark.parametrize("ident", FIXTURE_QUESTIONS)
def test_question_markup_matches_its_golden_file(
    ident: str, golden: Callable[[str, str], None]
) -> None:
    """Any change to the markup shows up as a diff of tests/golden/selfcheck/."""
    golden(f"selfcheck/{ident}.html", question_html(prepared(ident)) + "\n")


@pytest.mark.usefixtures("fresh_ids")
def test_set_markup_matches_its_golden_file(golden: Callable[[str, str], None]) -> None:
    golden(
        "selfcheck/set-interaksi-sosial.html",
        selfcheck("interaksi-sosial", MINI_DATA).html() + "\n",
    )


def test_answer_key_cannot_close_its_script_tag(mini_data: Path) -> None:
    edit(
        mini_data / BANK,
        "        feedback: >-\n          Persaingan termasuk proses disosiatif.",
        "        feedback: >-\n          </script><b>x</b> Persaingan termasuk proses disosiatif.",
    )
    markup = question_html(prepared("proses-asosiatif", mini_data))
    script = re.search(r'<script type="application/json"[^>]*>(.*?)</script>', markup, re.S)
    assert script is not None
    key = json.loads(script.group(1))
    assert key["feedback"][0].startswith("&lt;/script&gt;")
    assert markup.count("</script>") == 1


def test_a_set_shows_every_question_and_a_score() -> None:
    check = selfcheck("interaksi-sosial", MINI_DATA)
    markup = check.html()
    assert markup.count('class="selfcheck"') == 4
    assert "Skor: 0 dari 4 benar" in markup


def test_unknown_selfcheck_id_names_the_available_ones() -> None:
    with pytest.raises(KeyError, match="Soal atau bank soal 'tidak-ada' tidak ada"):
        selfcheck("tidak-ada", MINI_DATA)


# -- the live widget ----------------------------------------------------------------------


def test_widget_grades_like_the_book_and_keeps_a_score() -> None:
    check = selfcheck("interaksi-sosial", MINI_DATA)
    box = check.widget()
    score = box.children[-1]
    assert "Skor: 0 dari 4 benar" in score.value
    for ident in ("proses-asosiatif", "ciri-proses-disosiatif", "golongan-proses-interaksi"):
        view = LIVE_VIEWS[ident]
        wrong, right = answers_for(view.question)
        view_set(view, wrong)
        view.check_button.click()
        assert view.state == "incorrect"
        assert "Belum tepat." in view.feedback.value
        view.reset_button.click()
        assert view.state is None and view.feedback.value == ""
        view_set(view, right)
        view.check_button.click()
        assert view.state == "correct"
    assert "Skor: 3 dari 4 benar" in score.value


def test_widget_says_what_is_missing_before_grading() -> None:
    view = LIVE_VIEWS.get("golongan-proses-interaksi") or None
    if view is None:
        selfcheck("golongan-proses-interaksi", MINI_DATA).widget()
        view = LIVE_VIEWS["golongan-proses-interaksi"]
    view.reset_button.click()
    view.check_button.click()
    assert view.state is None
    assert "Tentukan kategori untuk setiap contoh" in view.feedback.value


def test_widget_hint_toggles_with_indonesian_labels() -> None:
    selfcheck("proses-asosiatif", MINI_DATA).widget()
    view = LIVE_VIEWS["proses-asosiatif"]
    assert view.hint_button.description == "Tampilkan petunjuk"
    view.hint_button.click()
    assert view.hint.layout.display is None
    assert view.hint_button.description == "Sembunyikan petunjuk"
    assert plain_text(view.question.choices[0]) == "Persaingan"


def view_set(view, answer) -> None:
    """Set the widgets' values the way a reader's clicks would."""
    kind = view.question.type
    if kind in {"single", "truefalse"}:
        view.radio.value = answer
    elif kind == "multiple":
        for index, box in enumerate(view.boxes):
            box.value = index in answer
    else:
        for select, value in zip(view.selects, answer, strict=True):
            select.value = value


# -- validation: one clear Indonesian message per problem ------------------------------------
#: (case, edits of the fixture bank as (old, new), or a new bank as (file name, text);
#:  every text the report must contain). Lines and places name the fixture's own file.
NEW_BANK = "soal/bab-lain.yml"
MULTIPLE_WITHOUT_CORRECT = """\
title: Bab lain
questions:
  - id: pilih-semua
    type: multiple
    prompt: Pilih semua proses asosiatif.
    options:
      - text: Persaingan
        feedback: Persaingan termasuk proses disosiatif.
      - text: Kontravensi
        feedback: Kontravensi termasuk proses disosiatif.
"""
DUPLICATE_ID = """\
title: Bab lain
questions:
  - id: proses-asosiatif
    type: truefalse
    prompt: Kerja sama termasuk proses asosiatif.
    answer: true
    if_true: Tepat.
    if_false: Kerja sama termasuk proses asosiatif.
"""
BANK_MISTAKES: list[tuple[str, str, list[tuple[str, str]], list[str]]] = [
    (
        "yaml-syntax-error",
        BANK,
        [("  - id: proses-asosiatif", "  - id: [proses-asosiatif")],
        ["book/data/soal/interaksi-sosial.yml, baris 6", "kesalahan penulisan YAML"],
    ),
    (
        "unknown-key",
        BANK,
        [("    hint: Proses asosiatif", "    petunjuk: x\n    hint: Proses")],
        [
            "book/data/soal/interaksi-sosial.yml, baris 9 "
            "(questions › id 'proses-asosiatif' › petunjuk)",
            "kunci 'petunjuk'",
            "tidak dikenal",
        ],
    ),
    (
        "option-without-feedback",
        BANK,
        [
            (
                "      - text: Kontravensi\n        feedback: >-\n"
                "          Kontravensi termasuk proses disosiatif. Isinya rasa tidak suka atau "
                "curiga yang\n          biasanya disembunyikan.\n",
                "      - text: Kontravensi\n",
            )
        ],
        [
            "id 'proses-asosiatif' › options › butir ke-3",
            "kunci 'feedback' wajib ada tetapi tidak ditemukan",
        ],
    ),
    (
        "single-without-correct",
        BANK,
        [("      - text: Akulturasi\n        correct: true\n", "      - text: Akulturasi\n")],
        [
            "id 'proses-asosiatif'",
            "tidak punya jawaban benar",
            "Perbaikan: tandai tepat satu pilihan dengan 'correct: true'.",
        ],
    ),
    (
        "single-with-two-correct",
        BANK,
        [("      - text: Kontravensi\n", "      - text: Kontravensi\n        correct: true\n")],
        ["id 'proses-asosiatif'", "punya 2 jawaban benar; seharusnya satu"],
    ),
    (
        "multiple-without-correct",
        NEW_BANK,
        [("", MULTIPLE_WITHOUT_CORRECT)],
        [
            "book/data/soal/bab-lain.yml, baris 3 (questions › id 'pilih-semua')",
            "pilihan ganda kompleks ini tidak punya jawaban benar",
        ],
    ),
    (
        "duplicate-id-across-banks",
        NEW_BANK,
        [("", DUPLICATE_ID)],
        [
            "book/data/soal/interaksi-sosial.yml, baris 5 (questions › id 'proses-asosiatif')",
            "sudah dipakai di bab-lain.yml",
        ],
    ),
    (
        "unknown-category",
        BANK,
        [("        category: disosiatif\n", "        category: oposisi\n")],
        [
            "id 'golongan-proses-interaksi' › items › butir ke-2",
            "kategori 'oposisi' tidak termasuk golongan 'golongan-proses'",
            "Perbaikan: pakai salah satu: asosiatif, disosiatif.",
        ],
    ),
    (
        "unknown-category-group",
        BANK,
        [("categories: golongan-proses", "categories: golongan-lain")],
        ["golongan kategori 'golongan-lain' tidak ada di peta konsep"],
    ),
    (
        "every-problem-at-once",
        BANK,
        [
            ("    hint: Proses asosiatif", "    petunjuk: x\n    hint: Proses"),
            ("    answer: false\n", ""),
        ],
        [
            "id 'proses-asosiatif'",
            "'petunjuk'",
            "id 'akomodasi-berawal-dari-konflik'",
            "'answer'",
        ],
    ),
]


@pytest.mark.parametrize(
    ("file", "edits", "expected"),
    [case[1:] for case in BANK_MISTAKES],
    ids=[case[0] for case in BANK_MISTAKES],
)
def test_bank_mistake_is_reported_with_file_line_and_fix(
    mini_data: Path, file: str, edits: list[tuple[str, str]], expected: list[str]
) -> None:
    path = mini_data / file
    for old, new in edits:
        if old:
            edit(path, old, new)
        else:
            path.write_text(new, encoding="utf-8")
    text = messages(mini_data)
    for snippet in expected:
        assert snippet in text


def test_chapter_referencing_a_missing_question(mini_book: Path) -> None:
    chapter = mini_book / "book" / "09-bab-baru.md"
    chapter.write_text('# Bab baru\n\n```{code-cell} ipython3\nselfcheck("soal-hilang")\n```\n')
    text = messages(mini_book / "book" / "data")
    assert "book/09-bab-baru.md, baris 4" in text
    assert "memanggil soal 'soal-hilang' yang tidak ada" in text


def test_selfcheck_refuses_broken_content(mini_data: Path) -> None:
    edit(
        mini_data / BANK,
        "      - text: Akulturasi\n        correct: true\n",
        "      - text: Akulturasi\n",
    )
    with pytest.raises(ContentError, match="tidak punya jawaban benar"):
        selfcheck("interaksi-sosial", mini_data)


def test_make_check_reports_bank_problems_fast(mini_data: Path) -> None:
    import subprocess
    import sys
    import time

    edit(mini_data / BANK, "        category: disosiatif\n", "        category: oposisi\n")
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "kerjasama", "check", "--data", str(mini_data)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert time.monotonic() - started < 20
    assert result.returncode == 1
    assert "kategori 'oposisi'" in result.stderr


def test_selfcheck_assets_stay_small() -> None:
    static = STATIC_DIR
    size = sum((static / name).stat().st_size for name in ("selfcheck.js", "selfcheck.css"))
    assert size < 15 * 1024, f"JS+CSS self-check {size} bita; batasnya 15 KB"
