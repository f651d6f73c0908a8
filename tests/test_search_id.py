"""The Indonesian search language: one stemmer in Python and in the browser's JS.

The equality tests run ``static/search-id.js`` under Node on every word of the book
(``book/*.md`` and ``book/data``) and on generated words that take every branch of the
Snowball algorithm, and compare with :mod:`kerjasama.sphinxext.search_id`.
"""

from __future__ import annotations

import itertools
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import snowballstemmer

from kerjasama.sphinxext import search_id
from kerjasama.sphinxext.search_id import split, stem
from kerjasama.sphinxext.search_tables import COMPOUNDS, ONSET, PROTECTED, ROOTS, STOPWORDS

from .sphinx_roots import restore_data_env, rootdir  # noqa: F401 (fixtures)

ROOT = Path(__file__).resolve().parents[1]
BOOK = ROOT / "book"

NODE_RUNNER = """
const indonesianSearch = require(process.argv[1]);
const input = JSON.parse(require("fs").readFileSync(0, "utf8"));
const api = indonesianSearch(input.data);
process.stdout.write(JSON.stringify({
  snowball: input.words.map(api.snowball),
  stem: input.words.map(api.stem),
  split: input.texts.map(api.split),
}));
"""


def book_texts() -> list[str]:
    """Every chapter and data file of the book, as text."""
    files = sorted(BOOK.glob("*.md")) + sorted((BOOK / "data").rglob("*.yml"))
    return [path.read_text(encoding="utf-8") for path in files]


def book_words() -> list[str]:
    """Every word of the book as the index sees it (compounds split), and as written."""
    texts = book_texts()
    return sorted(
        {word.lower() for text in texts for word in split(text)}
        | {word.lower() for text in texts for word in re.findall(r"\w+", text)}
    )


def generated_words() -> list[str]:
    """Prefix × root × suffix: every branch of the algorithm (meny-, pel+ajar, be+C+er …)."""
    prefixes = ["", "di", "ke", "me", "mem", "men", "meng", "meny", "pem", "pen", "peng",
                "peny", "ter", "be", "ber", "bel", "pe", "per", "pel", "memper", "diper",
                "keber", "se"]  # fmt: skip
    roots = ["ajar", "kerja", "olong", "yatu", "apa", "ulis", "eri", "rasa", "a", "ka", "tanam",
             "ikan", "upa", "ekerja", "lajar", "ela", "o", "ya"]  # fmt: skip
    suffixes = ["", "i", "an", "kan", "si", "san", "nya", "lah", "kah", "pun", "ku", "mu",
                "kannya", "inya", "kanlah"]  # fmt: skip
    return sorted({p + r + s for p, r, s in itertools.product(prefixes, roots, suffixes)})


def run_js(words: list[str], texts: list[str]) -> dict[str, Any]:
    node = shutil.which("node")
    assert node, "Node.js tidak ditemukan: tes ini membandingkan stemmer Python dan JS."
    result = subprocess.run(
        [node, "-e", NODE_RUNNER, str(search_id.STEMMER_JS)],
        input=json.dumps({"data": search_id.browser_data(), "words": words, "texts": texts}),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    output: dict[str, Any] = json.loads(result.stdout)
    return output


def differences(words: list[str], python: list[object], js: list[object]) -> list[str]:
    pairs = zip(words, python, js, strict=True)
    return [f"{w}: Python {p!r}, JS {j!r}" for w, p, j in pairs if p != j]


def test_python_and_js_stem_and_split_every_word_of_the_book_alike() -> None:
    words = book_words()
    texts = book_texts()
    assert len(words) > 2000
    js = run_js(words, texts)
    assert differences(words, [stem(w) for w in words], js["stem"]) == []
    assert differences(["<teks>"] * len(texts), [split(t) for t in texts], js["split"]) == []


def test_the_js_port_is_snowball_indonesian_on_every_branch() -> None:
    reference = snowballstemmer.stemmer("indonesian")
    words = book_words() + generated_words()
    js = run_js(words, [])
    assert differences(words, [reference.stemWord(w) for w in words], js["snowball"]) == []


@pytest.mark.parametrize(
    ("forms", "root"),
    [
        (["perjanjian", "berjanji", "janji", "dijanjikan"], "janji"),
        (["persaingan", "bersaing", "pesaing"], "saing"),
        (["kesepakatan", "sepakat", "disepakati", "bersepakat"], "sepakat"),
        (["menolong", "tolong", "ditolong", "pertolongan"], "tolong"),
        (["mengerjakan", "bekerja", "kerja", "pekerja"], "kerja"),
        (["kelompok", "berkelompok", "kelompoknya", "mengelompokkan"], "kelompok"),
        (["bertemu", "pertemuan", "mempertemukan"], "bertemu"),
        (["menemukan", "ditemukan", "temuan"], "temu"),
        (["persatuan", "bersatu", "kesatuan", "menyatukan"], "bersatu"),
        (["satu", "satunya"], "satu"),
        (["kerjakan", "dikerjakan", "mengerjakan"], "kerja"),
        (["memiliki", "milik", "kepemilikan"], "milik"),
        (["kerukunan", "rukun"], "rukun"),
    ],
)
def test_word_forms_a_reader_types_share_one_stem(forms: list[str], root: str) -> None:
    assert {form: stem(form) for form in forms} == {form: root for form in forms}


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("masalah", "masa"),  # problem / time: Snowball reads -lah as a particle
        ("perilaku", "menilai"),  # behaviour / to assess: -ku and per- removed
        ("berikan", "ikan"),  # give / fish
        ("empati", "empat"),  # empathy / four
        ("ketua", "tua"),  # chairman / old
        ("berangkat", "angkat"),  # to leave / to lift
        ("pendapat", "dapat"),  # opinion / can (a function word)
        ("urutan", "menurut"),  # order / according to (a function word)
        ("persatuan", "satu"),  # unity / one
        ("pembagian", "bagi"),  # division / for
        ("kebersamaan", "sama"),  # togetherness / same
        ("pertemuan", "menemukan"),  # meeting / finding
    ],
)
def test_unrelated_words_keep_apart(word: str, other: str) -> None:
    assert stem(word) != stem(other)


def test_a_root_that_begins_like_a_prefix_is_not_cut() -> None:
    # Snowball: kembali → mbali, merdeka → rdeka, dissociative → ssociative.
    for word in ("kembali", "merdeka", "kendaraan", "dissociative"):
        assert stem(word) == word
    assert stem("kerjakan") == "kerja"
    cut = {w: s for w in book_words() if (s := stem(w)) != w and not ONSET.match(s)}
    assert cut == {}


def test_function_words_are_not_stems_and_compounds_split() -> None:
    assert stem("yang") == "yang" and stem("Dengan") == "dengan"
    assert stem("pendapatan") == "pendapatan"  # its Snowball stem, dapat, is a function word
    assert split("Kerjasama dan bekerjasama, gotong-royong") == [
        "kerja", "sama", "dan", "bekerja", "sama", "gotong", "royong",
    ]  # fmt: skip
    assert split("gotongroyong 2bargaining") == ["gotong", "royong", "bargaining"]


def test_tables_are_consistent() -> None:
    # A root the tables point to is itself a stem, never a function word.
    for target in [*PROTECTED.values(), *ROOTS.values()]:
        assert target not in STOPWORDS, target
    for first, second in COMPOUNDS:
        assert split(first + second) == [first, second]


@pytest.mark.usefixtures("restore_data_env")
@pytest.mark.sphinx("html", testroot="kerjasama")
def test_the_index_and_the_search_page_use_the_indonesian_language(app: Any) -> None:
    app.build()
    out = Path(app.outdir)
    index = (out / "searchindex.js").read_text(encoding="utf-8")
    terms = json.loads(index[len("Search.setIndex(") : -1])["terms"]
    # The glossary's definitions, stemmed ("Usaha bersama untuk mencapai tujuan",
    # "Usaha meredakan pertentangan"); no function word, in any case.
    assert {"usaha", "bersama", "tuju", "reda"} <= set(terms)
    assert not {"tujuan", "meredakan"} & set(terms)
    assert not {"yang", "dan", "dalam", "Dalam"} & set(terms)
    language_data = (out / "_static" / "language_data.js").read_text(encoding="utf-8")
    assert "indonesianSearch" in language_data and "kerjasamaSearch.split" in language_data
    assert "sectionHeading" in language_data  # the scorer
