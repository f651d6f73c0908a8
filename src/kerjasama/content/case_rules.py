"""Rules for the case texts in ``skenario.yml``: short, and no word that gives the answer.

A case states what happened and what was agreed or ordered, in plain facts; the student
finds the form and the kind. A long text hides the facts, and a word that names the
category (or is the key word of its definition) lets a student answer without reasoning.
The limits and the word list live here, in one place; ``make check`` applies them.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from kerjasama.content.measure import sentences, words
from kerjasama.content.schema import describe_place
from kerjasama.content.yamlsource import line_of, line_of_words, load_yaml
from kerjasama.errors import ContentProblem

#: A case text has at most this many sentences and words (issue 24: about 20 words).
CASE_MAX_SENTENCES = 2
CASE_MAX_WORDS = 25

#: Per category, the words that name it or are the key word of its definition. "*" at
#: either end stands for any letters there ("*sepakat*" also finds "kesepakatan").
GIVEAWAY_WORDS: dict[str, tuple[str, ...]] = {
    "kerukunan": ("kerukunan", "gotong royong", "bergotong royong", "tolong-menolong"),
    "bargaining": ("bargaining", "tawar-menawar"),
    "kooptasi": ("kooptasi", "co-optation"),
    "koalisi": ("koalisi", "aliansi", "*gabung*"),
    "joint venture": ("joint venture", "patungan"),
    "kerja sama spontan": (
        "spontan*", "serta-merta", "seketika", "tanpa diminta", "tanpa disuruh",
        "tanpa ada yang menyuruh", "dengan sendirinya",
    ),
    "kerja sama langsung": ("langsung", "*perintah*", "memerintah*", "*instruksi*", "directed"),
    "kerja sama kontrak": (
        "kontrak*", "*perjanjian*", "*sepakat*", "menyepakati", "*kesepahaman*",
    ),
    "kerja sama tradisional": (
        "tradisi*", "adat", "adat-istiadat", "turun-temurun", "diwariskan", "warisan",
        "leluhur", "nenek moyang", "sejak dulu", "sejak dahulu",
    ),
}  # fmt: skip


def _pattern(entry: str) -> str:
    body = re.escape(entry.strip("*")).replace(r"\ ", r"\s+")
    head = r"[\w-]*" if entry.startswith("*") else ""
    tail = r"[\w-]*" if entry.endswith("*") else ""
    return rf"(?<![\w-]){head}{body}{tail}(?![\w-])"


_GIVEAWAY = [
    (category, re.compile(_pattern(entry), re.IGNORECASE))
    for category, entries in GIVEAWAY_WORDS.items()
    for entry in entries
]


def giveaway_words(text: str) -> list[tuple[str, str]]:
    """(word as written, category it gives away) for each giveaway word in ``text``."""
    found: dict[str, tuple[str, str]] = {}
    for category, pattern in _GIVEAWAY:
        for match in pattern.finditer(text):
            word = " ".join(match.group(0).split())
            found.setdefault(word.lower(), (word, category))
    return list(found.values())


def case_problems(path: Path) -> list[ContentProblem]:
    """Every case text in ``skenario.yml`` that is too long or names its category."""
    data = load_yaml(path)
    problems: list[ContentProblem] = []
    scenarios = data.get("scenarios") if isinstance(data, dict) else None
    for index, case in enumerate(scenarios if isinstance(scenarios, list) else []):
        text = case.get("text") if isinstance(case, dict) else None
        if isinstance(text, str):
            problems += _case_text_problems(path, data, ("scenarios", index, "text"), text)
    return problems


def _case_text_problems(
    path: Path, data: Any, location: tuple[str | int, ...], text: str
) -> list[ContentProblem]:
    place = describe_place(data, location)
    line = line_of(data, location)
    problems = []
    count_s, count_w = len(sentences(text)), len(words(text))
    if count_s > CASE_MAX_SENTENCES or count_w > CASE_MAX_WORDS:
        problems.append(
            ContentProblem(
                path,
                place,
                f"teks kasus ini {count_s} kalimat dan {count_w} kata; batasnya "
                f"{CASE_MAX_SENTENCES} kalimat dan {CASE_MAX_WORDS} kata.",
                "ringkas: sebut siapa melakukan apa, lalu apa yang disepakati atau "
                "diperintahkan dan oleh siapa; buang keterangan yang tidak dipakai untuk "
                "menggolongkan.",
                line=line,
            )
        )
    for word, category in giveaway_words(text):
        problems.append(
            ContentProblem(
                path,
                place,
                f"teks kasus memakai kata '{word}', yang menyebut atau membocorkan "
                f"golongan {category}; peserta didik tidak perlu bernalar lagi.",
                "ganti kata itu dengan fakta yang terjadi (siapa memutuskan apa, apa yang "
                "ditulis dan disetujui kedua pihak, sejak kapan kebiasaan itu berjalan); "
                "nama golongannya cukup ditulis di why_form atau why_kind.",
                line=line_of_words(path, line, word),
            )
        )
    return problems
