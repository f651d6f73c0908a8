"""Rekap Kelas's page data and markup: what recap.js gets to draw the heatmap and the ten."""

from __future__ import annotations

import json
import re

from kerjasama.asset_registry import RECAP_MARK, find
from kerjasama.content.library import current_library
from kerjasama.content.mastery import key_concepts
from kerjasama.selfchecks.grading import Prepared
from kerjasama.selfchecks.prepare import chapter_checks
from kerjasama.selfchecks.recap import (
    TEXT_LIMIT,
    answer_texts,
    class_recap,
    heatmap_head,
    plain,
    recap_data,
    short_names,
)

from .conftest import ROOT


def _question(kind: str, choices: list[str], correct: list[object]) -> Prepared:
    return Prepared("q", kind, "Soal?", choices, correct, [""] * len(choices))  # type: ignore[arg-type]


def test_column_labels_drop_the_words_a_group_shares_and_what_is_in_brackets() -> None:
    assert short_names(["Kerja sama spontan", "Kerja sama kontrak"]) == ["Spontan", "Kontrak"]
    assert short_names(["Proses asosiatif", "Proses disosiatif"]) == ["Asosiatif", "Disosiatif"]
    assert short_names(
        ["Bargaining (pertukaran)", "Kooptasi", "Joint venture (usaha patungan)"]
    ) == [
        "Bargaining",
        "Kooptasi",
        "Joint venture",
    ]
    # A name that would be left empty keeps the group whole; a group of one keeps its name.
    assert short_names(["Kelompok", "Kelompok primer"]) == ["Kelompok", "Kelompok primer"]
    assert short_names(["Kelompok primer"]) == ["Kelompok primer"]


def test_texts_are_plain_one_line_and_cut_at_a_word() -> None:
    assert plain("<em>Gotong</em>  royong\nwarga &amp; RT") == "Gotong royong warga & RT"
    long = " ".join(["kerja sama"] * 30)
    cut = plain(long)
    assert len(cut) <= TEXT_LIMIT and cut.endswith("…") and long.startswith(cut[:-1])
    assert not cut[:-1].endswith(" ")


def test_a_wrong_answer_is_named_by_the_options_own_words_and_only_those_are_carried() -> None:
    single = _question("single", ["Kooptasi.", "<b>Koalisi</b>", "Bargaining"], [1])
    assert answer_texts(single) == ["Kooptasi.", None, "Bargaining"]
    multiple = _question("multiple", ["Satu.", "Dua", "Tiga."], [0, 2])
    assert answer_texts(multiple) == ["Satu", "Dua", "Tiga"]
    assert answer_texts(_question("truefalse", ["Benar", "Salah"], [0])) is None
    classify = _question("classify", ["Warga membangun pos ronda.", "Dua partai bergabung."], ["a"])
    assert answer_texts(classify) == ["Warga membangun pos ronda.", "Dua partai bergabung."]


def test_page_data_carries_what_the_heatmap_and_the_ten_need() -> None:
    library = current_library()
    pages = chapter_checks(library, ROOT)
    data = recap_data(library, pages)
    shown = [q for page in pages for q in page.questions]
    ids = [c["id"] for c in data["concepts"]]
    assert sorted(ids) == sorted(key_concepts(library)) and len(ids) == len(set(ids))
    assert set(data["prompts"]) == {q.id for q in shown}
    assert data["top"] == 10
    for question in shown:
        texts = data["answers"].get(question.id)
        if question.type == "truefalse":
            assert texts is None, question.id
            continue
        assert texts is not None and len(texts) == len(question.choices), question.id
        if question.type == "single":
            assert [n for n, t in enumerate(texts) if t is None] == question.correct, question.id
        for category, name in question.categories:
            assert data["categories"][category] == name
    # Only what a wrong answer can name: no feedback, no answer key beyond the rule.
    assert "feedback" not in json.dumps(data["keys"])


def test_heatmap_header_has_a_column_per_key_concept_in_the_data_order() -> None:
    library = current_library()
    data = recap_data(library, chapter_checks(library, ROOT))
    head = heatmap_head(data["concepts"])
    columns = re.findall(r'<th scope="col" data-concept="([^"]+)">', head)
    assert columns == [c["id"] for c in data["concepts"]]
    spans = [int(n) for n in re.findall(r'scope="colgroup" colspan="(\d+)"', head)]
    assert sum(spans) == len(columns) and len(spans) == 4
    # Every column's full name is there for a screen reader, the short label for the eye.
    for concept in data["concepts"]:
        assert f'<span class="recap-sr">{concept["name"]}</span>' in head


def test_recap_markup_puts_the_heatmap_and_the_ten_first_and_folds_the_tables() -> None:
    markup = class_recap(ROOT).markup
    assert RECAP_MARK in markup
    order = [
        markup.index(part)
        for part in (
            'class="class-recap__form"',
            'class="recap-heatmap"',
            'class="recap-wrong"',
            'class="class-recap__csv"',
            'class="class-recap__questions"',
            'class="class-recap__students"',
            'class="class-recap__concepts"',
        )
    ]
    assert order == sorted(order)
    assert markup.count('<details class="class-recap__more">') == 3
    assert "<tfoot></tfoot>" in markup and 'role="region"' in markup
    recap_css = find("_static/recap.css")
    assert recap_css is not None and recap_css.markers == (RECAP_MARK,)
