"""Indonesian for the book's search page: stemmer, stop words and word splitter.

Sphinx has no Indonesian search language, so without this module the index is built with
the English stemmer: *berjanji* never finds *perjanjian*, *kerjasama* never finds
*kerja sama*. This module registers one (``app.add_search_language``) that

* stems with the Snowball Indonesian algorithm (``snowballstemmer``, which Sphinx already
  depends on), corrected by three small tables measured on this book's words
  (``tools/search_words.py`` lists the merges and splits): :data:`PROTECTED` words that
  Snowball merges with an unrelated word (*masalah* is not *masa*, *perilaku* is not
  *menilai*), :data:`ROOTS` that restore the first letter a nasal prefix swallows
  (*menolong* → *olong* → *tolong*), and function words (:data:`STOPWORDS`) that are
  neither indexed nor the stem of a content word (*pendapat* stays apart from *dapat*);
* splits text into words of letters only, and a compound written as one word
  (:data:`COMPOUNDS`: *kerjasama*, *gotongroyong*) into its two words, so both spellings
  index and search alike.

The browser runs the same rules: ``static/search-id.js`` holds a port of the Snowball
algorithm and of :func:`stem` and :func:`split`, and :meth:`SearchIndonesian.js_stemmer_code`
gives it the tables below as JSON. ``tests/test_search_id.py`` stems every word of the
book in both languages and expects no difference.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import snowballstemmer
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.search import SearchLanguage

#: The browser half: the Snowball port, ``stem`` and ``split`` (also loadable by Node).
STEMMER_JS = Path(__file__).resolve().parent / "static" / "search-id.js"
#: The ranking and result summaries of the search page (``html_search_scorer``).
SCORER_JS = Path(__file__).resolve().parent / "static" / "search-scorer.js"

#: Function words: never indexed, dropped from a query, and never the stem of a content
#: word (a word whose stem would be one of them is indexed as it is written).
_FUNCTION_WORDS = """
yang dan di ke dari dalam itu ini dengan untuk pada kepada atau adalah ialah yaitu
yakni oleh karena sebagai juga akan sudah telah belum tidak tak bukan ada tanpa
sebuah seorang para sangat hanya saja lagi pun bahwa agar supaya jika kalau bila
apabila ketika saat sehingga serta tetapi tapi namun melainkan sedangkan maupun
antara terhadap tentang hingga sampai sejak selama setelah sebelum seperti misalnya
dapat bisa harus mereka kita kami kamu kalian ia dia anda saya aku apa siapa mana
bagaimana mengapa kapan apakah berapa begitu demikian tersebut setiap semua beberapa
masih sedang pernah lalu kemudian jadi menjadi terjadi pula secara menurut berikut
melalui terlalu lewat sesuai seolah walaupun meskipun
"""
STOPWORDS: frozenset[str] = frozenset(_FUNCTION_WORDS.split())

#: Words Snowball merges with an unrelated word, and the stem each one gets instead (the
#: word itself when it is a root). A form with a clitic (``-nya``, ``-mu``, ``-lah`` …)
#: follows its base word.
PROTECTED: dict[str, str] = {
    # Snowball reads -lah, -ku, -mu as particles and pronouns.
    "masalah": "masalah",  # not masa (time)
    "sekolah": "sekolah",
    "istilah": "istilah",
    "maluku": "maluku",  # not malu (shame)
    "bertemu": "bertemu",  # not berte; and meeting is not finding (menemukan)
    "pertemuan": "bertemu",
    "mempertemukan": "bertemu",
    "dipertemukan": "bertemu",
    "berlaku": "laku",
    "perilaku": "perilaku",  # not ila, the stem of menilai (to assess)
    "diolah": "olah",
    "mengolah": "olah",
    "pengolah": "olah",
    "menikah": "nikah",
    "mengalah": "kalah",
    # ber-, per-, ke- that are part of the root, or -an/-i that is.
    "berikan": "beri",  # not ikan (fish)
    "berangkat": "berangkat",  # not angkat (to lift)
    "perangkat": "perangkat",
    "perasaan": "rasa",  # not asa (hope)
    "terasa": "rasa",
    "ketua": "ketua",  # not tua (old)
    "kelompok": "kelompok",  # berkelompok keeps ke-, so kelompok does too
    "keluarga": "keluarga",
    "keluar": "keluar",  # not luar (outside)
    "desakan": "desakan",  # not desa (village)
    "lebaran": "lebaran",
    "empati": "empati",  # not empat (four)
    "menempati": "tempat",
    "menempatkan": "tempat",
    "menanggapi": "tanggap",  # not anggap (to consider)
    "bertentangan": "pertentangan",  # tentang (about) is a function word
    "pertentangan": "pertentangan",
    "bagian": "bagian",  # a part; membagi, pembagian: to divide (see ROOTS)
    "kesamaan": "sama",  # similar; bersama: together (see ROOTS)
    "persamaan": "sama",
    # ke- that is part of the root (see ONSET).
    "kerjakan": "kerja",
    "perhatian": "perhati",  # not hati (heart)
    "perhatikan": "perhati",
    "memperhatikan": "perhati",
}

#: Stems that lost the first letter of their root to a nasal prefix (meN-, peN-), or kept
#: a prefix Snowball only removes before a suffix, and the root they belong to; and roots
#: whose bare word means something else than the words built on it. Applied only to a
#: word with a prefix or suffix, so *anda* stays *anda* and *satunya* stays *satu*.
ROOTS: dict[str, str] = {
    # The bare word is a numeral, a preposition, an adjective: satu (one), bagi (for),
    # sama (same); bersatu, persatuan (unite, unity), membagi, pembagian (divide),
    # bersama, kebersamaan (together, togetherness) are another meaning.
    "satu": "bersatu",
    "bagi": "membagi",
    "sama": "bersama",
    "olong": "tolong",
    "erja": "kerja",
    "awar": "tawar",
    "ambah": "tambah",
    "ampil": "tampil",
    "anam": "tanam",
    "anda": "tanda",
    "andatangan": "tandatangan",
    "anggung": "tanggung",
    "arik": "tarik",
    "ata": "tata",
    "sata": "nyata",
    "ahan": "tahan",
    "ait": "kait",
    "ambang": "tambang",
    "ampanye": "kampanye",
    "ekan": "tekan",
    "elit": "telit",
    "eluar": "keluar",
    "elompok": "kelompok",
    "eman": "teman",
    "embang": "kembang",
    "emu": "temu",
    "enal": "kenal",
    "engah": "tengah",
    "entu": "tentu",
    "erima": "terima",
    "etahu": "tahu",
    "etap": "tetap",
    "etuk": "ketuk",
    "ila": "nila",
    "inggal": "tinggal",
    "ingkat": "tingkat",
    "irim": "kirim",
    "uasa": "kuasa",
    "uat": "kuat",
    "ugas": "tugas",
    "uju": "tuju",
    "ukar": "tukar",
    "ulis": "tulis",
    "umbuh": "tumbuh",
    "umpul": "kumpul",
    "unjuk": "tunjuk",
    "untut": "tuntut",
    "urang": "kurang",
    "urun": "turun",
    "utup": "tutup",
    # mem- before a vowel: Snowball assumes a root in p-, these roots start with m-.
    "pain": "main",
    "paju": "maju",
    "pasuk": "masuk",
    "penang": "menang",
    "pilik": "milik",
    "pinta": "minta",
    "puat": "muat",
    "puda": "muda",
    "pula": "mula",
    "mimpin": "pimpin",
    # per- stays when no suffix follows (memperkuat); perintah is a root.
    "perkuat": "kuat",
    "intah": "perintah",
    "iksa": "periksa",
}

#: Two-word terms that students also write as one word; the one-word form is split.
COMPOUNDS: tuple[tuple[str, str], ...] = (
    ("kerja", "sama"),
    ("gotong", "royong"),
    ("tolong", "menolong"),
    ("bahu", "membahu"),
    ("tawar", "menawar"),
    ("tukar", "menukar"),
    ("tanggung", "jawab"),
    ("jual", "beli"),
    ("timbal", "balik"),
    ("kerja", "bakti"),
    ("tatap", "muka"),
    ("orang", "tua"),
)

#: How an Indonesian root can begin. A stem that begins otherwise lost part of its root
#: to a prefix (kembali → mbali, merdeka → rdeka, dissociative → ssociative): the word
#: is then indexed as written.
ONSET = re.compile(
    r"[aeiou]|[b-df-hj-np-tv-z][aeiouy]|ng|ny|sy|kh|[pbtdkgf][rl]|s[klmnptw]|[tdk]w|$"
)

#: Endings that attach to a finished word (particles and possessive pronouns).
CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")

# Letters only: digits are never searched (searchtools.js skips them) and split words that
# the raw HTML glued to them ("2bargaining"). Same class as search-id.js's splitter.
_WORD = re.compile(r"[^\W\d_]+")

_snowball = snowballstemmer.stemmer("indonesian")


def _base(word: str) -> str:
    """The word without one clitic, for the table look-ups."""
    for clitic in CLITICS:
        if word.endswith(clitic) and len(word) > len(clitic):
            return word[: -len(clitic)]
    return word


def stem(word: str) -> str:
    """The search stem of one word (lower case)."""
    word = word.lower()
    if word in STOPWORDS:
        return word
    if word in PROTECTED:
        return PROTECTED[word]
    base = _base(word)
    if base in PROTECTED:
        return PROTECTED[base]
    if base in STOPWORDS:
        return word
    stemmed: str = _snowball.stemWord(word)
    if stemmed != base:
        stemmed = ROOTS.get(stemmed, stemmed)
    return word if stemmed in STOPWORDS or not ONSET.match(stemmed) else stemmed


def split_compound(token: str) -> list[str]:
    """``kerjasama`` → ``kerja``, ``sama`` (also inside ``bekerjasama``)."""
    lower = token.lower()
    for first, second in COMPOUNDS:
        at = lower.find(first + second)
        if at >= 0:
            cut = at + len(first)
            return [lower[:cut], lower[cut:]]
    return [token]


def split(text: str) -> list[str]:
    """The words of a text, compounds split."""
    words: list[str] = []
    for token in _WORD.findall(text):
        words.extend(split_compound(token))
    return words


def browser_data() -> dict[str, object]:
    """The tables the browser's stemmer and splitter need, as JSON-ready values."""
    return {
        "stopwords": sorted(STOPWORDS),
        "protected": PROTECTED,
        "roots": ROOTS,
        "compounds": [list(pair) for pair in COMPOUNDS],
        "clitics": list(CLITICS),
        "onset": ONSET.pattern,
    }


class SearchIndonesian(SearchLanguage):
    """``html_search_language = "id"``."""

    lang = "id"
    language_name = "Indonesian"
    stopwords = set(STOPWORDS)  # noqa: RUF012 (Sphinx's attribute, read as it is)
    # searchtools.js runs before language_data.js, so this replaces its default splitter.
    js_splitter_code = "var splitQuery = kerjasamaSearch.split;"

    def init(self, options: dict[str, str]) -> None:
        """The stemmer for language_data.js: the port plus this module's tables."""
        source = STEMMER_JS.read_text(encoding="utf-8")
        data = json.dumps(browser_data(), ensure_ascii=False, sort_keys=True)
        self.js_stemmer_code = (
            f"{source}\n"
            f"var kerjasamaSearch = indonesianSearch({data});\n"
            "var Stemmer = function () { this.stemWord = kerjasamaSearch.stem; };\n"
        )

    def split(self, input: str) -> list[str]:
        return split(input)

    def stem(self, word: str) -> str:
        return stem(word)

    def word_filter(self, word: str) -> bool:
        """Index every word but a function word or a single letter (Sphinx also offers
        the word as written when its stem is filtered: Dalam is a function word too)."""
        return len(word) > 1 and word.lower() not in STOPWORDS


def use_search_scorer(app: Sphinx, config: Config) -> None:
    """``config-inited``: rank and summarise results with :data:`SCORER_JS` unless the
    book names its own ``html_search_scorer`` (Sphinx opens the path as given, so it is
    absolute here)."""
    if not config.html_search_scorer:
        config.html_search_scorer = str(SCORER_JS)
