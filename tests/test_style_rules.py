"""Issue 24: the mechanical language rules of ``make check``, each on a seeded mistake.

A tiny book in ``tests/roots/style-rules`` passes every rule. Each test copies it, plants
one mistake a teacher could make, and checks that ``check_content`` reports exactly that
mistake with the file, the line and an Indonesian fix.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kerjasama.content.case_rules import (
    CASE_MAX_SENTENCES,
    CASE_MAX_WORDS,
    GIVEAWAY_WORDS,
    giveaway_words,
)
from kerjasama.content.checks import check_content
from kerjasama.content.folding import yaml_hyphen_problems
from kerjasama.content.measure import sentences, words
from kerjasama.content.pagetext import prose_lines
from kerjasama.errors import ContentProblem

FIXTURE = Path(__file__).parent / "roots" / "style-rules"


@pytest.fixture
def book(tmp_path: Path) -> Path:
    """A fresh copy of the fixture book; returns its ``book`` folder."""
    shutil.copytree(FIXTURE, tmp_path / "root")
    return tmp_path / "root" / "book"


def seed(path: Path, old: str, new: str) -> int:
    """Replace ``old`` (which must occur once) and return the 1-based line where ``new`` starts."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} tidak tepat satu kali di {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def only_problem(book: Path) -> ContentProblem:
    problems = check_content(book / "data")
    assert len(problems) == 1, [p.format() for p in problems]
    return problems[0]


def assert_points_at(problem: ContentProblem, path: Path, line: int, root: Path) -> None:
    assert problem.file == path
    assert problem.line == line
    shown = path.relative_to(root).as_posix()
    assert problem.format(root).startswith(f"{shown}, baris {line}")


def test_the_fixture_book_passes_every_rule(book: Path) -> None:
    assert check_content(book / "data") == []


# -- a. hyphenated word broken by a line end ----------------------------------------------
def test_hyphenated_word_broken_in_a_folded_yaml_text_is_reported(book: Path) -> None:
    path = book / "data" / "skenario.yml"
    line = seed(
        path,
        "sebuah wujud tolong-menolong\n      dalam kerukunan.",
        "sebuah wujud tolong-\n      menolong dalam kerukunan.",
    )
    problem = only_problem(book)
    assert_points_at(problem, path, line, book.parent)
    assert problem.message == (
        "kata 'tolong-' terpotong di akhir baris, sehingga tampil sebagai "
        "'tolong- menolong' (baris disambung dengan spasi)."
    )
    assert "'tolong-menolong' utuh di satu baris" in problem.fix
    assert problem.place == "teks 'why_form'"


def test_hyphenated_word_broken_in_a_page_paragraph_is_reported(book: Path) -> None:
    path = book / "01-bab.md"
    line = seed(path, "Tetangga saling\ntolong-menolong", "Tetangga saling tolong-\nmenolong")
    problem = only_problem(book)
    assert_points_at(problem, path, line, book.parent)
    assert "'tolong- menolong'" in problem.message


def test_hyphen_rule_reads_list_items_and_leaves_other_line_ends_alone(tmp_path: Path) -> None:
    path = tmp_path / "daftar.yml"
    path.write_text(
        "items:\n"
        "  - >-\n"
        "    Warga bahu-\n"
        "    membahu membersihkan selokan.\n"
        "  - text: >-\n"
        "      Harga naik 10-\n"
        "      20 persen; daftar:\n"
        "      - satu\n"
        "note: kata-\n",
        encoding="utf-8",
    )
    problems = yaml_hyphen_problems(path)
    assert [(p.line, p.message.split("'")[1]) for p in problems] == [(3, "bahu-")]


# -- b. foreign terms in italics, in every YAML text and every page -----------------------
def test_bare_foreign_term_in_a_scenario_reason_is_reported(book: Path) -> None:
    path = book / "data" / "skenario.yml"
    line = seed(path, "Tidak ada yang menyuruh", "Bukan bargaining; tidak ada yang menyuruh")
    problem = only_problem(book)
    assert_points_at(problem, path, line, book.parent)
    assert problem.message == "istilah asing 'bargaining' belum dicetak miring."
    assert "*bargaining*" in problem.fix


@pytest.mark.parametrize(
    ("old", "new", "term"),
    [
        ("atau *bargaining*.", "atau bargaining.", "bargaining"),
        ("Istilah *joint venture* dicetak", "Istilah joint venture dicetak", "joint venture"),
        ("# Bab Uji", "# Bab Uji: Bargaining", "Bargaining"),
        ("| *Bargaining* | sewa kantin |", "| Bargaining | sewa kantin |", "Bargaining"),
    ],
    ids=["paragraph", "admonition", "heading", "table"],
)
def test_bare_foreign_term_in_a_page_is_reported_on_its_line(
    book: Path, old: str, new: str, term: str
) -> None:
    path = book / "01-bab.md"
    line = seed(path, old, new)
    problem = only_problem(book)
    assert_points_at(problem, path, line, book.parent)
    assert problem.message == f"istilah asing '{term}' belum dicetak miring."


def test_code_cells_front_matter_and_options_are_not_prose() -> None:
    page = (FIXTURE / "book" / "01-bab.md").read_text(encoding="utf-8")
    shown = "\n".join(line.text for line in prose_lines(page))
    assert "print(" not in shown and "format_name" not in shown and ":class:" not in shown
    assert "Istilah *joint venture* dicetak miring." in shown
    assert "Catatan" in shown  # a directive's title is read


# -- c. case texts: at most two sentences and a word limit --------------------------------
LONG = (
    "Api membakar dapur rumah di gang sempit pada suatu malam yang dingin. Tetangga dari "
    "tiga gang berlari membawa ember, karung basah, dan selang air, lalu memadamkan api "
    "sebelum pemadam kebakaran tiba."
)
THREE = "Api membakar dapur. Tetangga berlari. Api padam sebelum pemadam kebakaran tiba."


@pytest.mark.parametrize(
    ("text", "count_s", "count_w"), [(LONG, 2, 31), (THREE, 3, 11)], ids=["words", "sentences"]
)
def test_case_text_over_the_limit_is_reported(
    book: Path, text: str, count_s: int, count_w: int
) -> None:
    path = book / "data" / "skenario.yml"
    old = (
        "Api membakar dapur rumah di gang sempit. Tetangga berlari membawa ember dan\n"
        "      memadamkan api sebelum pemadam kebakaran tiba."
    )
    line = seed(path, old, text) - 1  # the problem points at the 'text:' key above
    problem = only_problem(book)
    assert_points_at(problem, path, line, book.parent)
    assert (len(sentences(text)), len(words(text))) == (count_s, count_w)
    assert problem.message == (
        f"teks kasus ini {count_s} kalimat dan {count_w} kata; batasnya "
        f"{CASE_MAX_SENTENCES} kalimat dan {CASE_MAX_WORDS} kata."
    )
    assert problem.place == "scenarios › id 'ember-kebakaran' › text"


def test_sentences_and_words_are_counted_the_indonesian_way() -> None:
    text = "Honda Motor Co. dari Jepang membayar Rp300.000 tiap bulan. *Tolong-menolong* itu baik!"
    assert len(sentences(text)) == 2
    assert len(words(text)) == 12


# -- d. no category name or giveaway word in a case text ----------------------------------
@pytest.mark.parametrize(
    ("old", "new", "word", "category"),
    [
        ("Tetangga berlari", "Tanpa diminta, tetangga berlari", "Tanpa diminta", "spontan"),
        ("memadamkan api sebelum", "memadamkan api secara spontan sebelum", "spontan", "spontan"),
        ("Tetangga berlari", "Sesuai kesepakatan, tetangga berlari", "kesepakatan", "kontrak"),
        ("Tetangga berlari", "Diperintahkan ketua RT, tetangga berlari", "Diperintahkan",
         "langsung"),
        ("Tetangga berlari", "Sesuai adat, tetangga berlari", "adat", "tradisional"),
        ("Tetangga berlari", "Dengan bergotong royong, tetangga berlari", "bergotong royong",
         "kerukunan"),
    ],
)  # fmt: skip
def test_giveaway_word_in_a_case_text_is_reported(
    book: Path, old: str, new: str, word: str, category: str
) -> None:
    path = book / "data" / "skenario.yml"
    line = seed(path, old, new)
    problem = only_problem(book)
    assert_points_at(problem, path, line, book.parent)
    assert problem.message.startswith(f"teks kasus memakai kata '{word}', ")
    assert category in problem.message
    assert "why_form atau why_kind" in problem.fix


def test_giveaway_words_match_affixed_forms_but_not_other_words() -> None:
    assert [w for w, _ in giveaway_words("Syarat yang disepakati dan kesepakatan itu")] == [
        "disepakati",
        "kesepakatan",
    ]
    assert giveaway_words("Jalan itu padat, dan Bima mendapat tugas.") == []
    assert giveaway_words("Tanpa  diminta mereka datang.") == [
        ("Tanpa diminta", "kerja sama spontan")
    ]
    assert set(GIVEAWAY_WORDS) == {
        "kerukunan", "bargaining", "kooptasi", "koalisi", "joint venture", "kerja sama spontan",
        "kerja sama langsung", "kerja sama kontrak", "kerja sama tradisional",
    }  # fmt: skip


def test_the_real_case_bank_keeps_to_the_rules() -> None:
    """The book's own cases: the limits hold and no case text names its category."""
    from kerjasama.content.case_rules import case_problems

    real = Path(__file__).parents[1] / "book" / "data" / "skenario.yml"
    assert [p.format() for p in case_problems(real)] == []


# -- the readability tool of issue 24 -----------------------------------------------------
def test_readability_tool_counts_only_the_sentences_a_reader_reads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(
        "readability", Path(__file__).parents[1] / "tools" / "readability.py"
    )
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "readability", tool)  # dataclasses look the module up
    spec.loader.exec_module(tool)

    measured = tool.groups(FIXTURE)
    # heading, admonition title, table, code cell and front matter are not sentences
    assert [(s.line, s.length) for s in measured["Bab"]] == [(9, 7), (9, 6), (14, 5)]
    assert [s.length for s in measured["Teks kasus"]] == [7, 11]
    assert measured["Panduan Guru"] == []
    text, met = tool.report(measured, long=11)
    assert met is True
    assert "Teks kasus" in text and "11  skenario.yml › ember-kebakaran" in text
