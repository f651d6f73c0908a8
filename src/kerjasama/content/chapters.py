"""Check that each teaching chapter has every element of the book's learning design.

CONTENT.md lists them: tujuan pembelajaran, pertanyaan pemantik, contoh and bukan contoh,
a misconception box, a diagram, at least four self-checks with a classification, an
activity, rangkuman, kata kunci linked to the glossary, refleksi, and citations. A teacher
who leaves one out hears which one, and where it goes, from ``make check``.
"""

from __future__ import annotations

import re
from pathlib import Path

from kerjasama.content.library import SELFCHECK_CALL, Library
from kerjasama.errors import ContentProblem

TERM = re.compile(r"\{term\}`([^`]+)`")
CITE = re.compile(r"\{cite(?::[pt])?\}`([^`]+)`")
#: A citation in either form: ``{cite}`kunci``` or ``{sumber}`(Nama, tahun)``` (lab_view).
ANY_CITATION = re.compile(r"\{(?:cite(?::[pt])?|sumber)\}`[^`]+`")
DIAGRAM_CALL = re.compile(
    r"\b(process_diagram|cooperation_diagram|group_diagram|neighbourhood_diagram"
    r"|ConceptExplorer(\.whole_map)?)\("
)
HEADER_KEYS = ("extension:", "format_name: myst", "format_version:", "jupytext_version:")
MIN_SELFCHECKS = 4

#: (what must be there, how it is recognised, how to add it)
REQUIRED: list[tuple[str, re.Pattern[str], str]] = [
    (
        "kotak Tujuan Pembelajaran",
        re.compile(r"\{admonition\} Tujuan Pembelajaran"),
        "tambahkan ```{admonition} Tujuan Pembelajaran``` dengan :class: note di awal bab.",
    ),
    (
        "kotak Pertanyaan Pemantik",
        re.compile(r"\{admonition\} Pertanyaan Pemantik"),
        "tambahkan ```{admonition} Pertanyaan Pemantik``` dengan :class: tip.",
    ),
    (
        "kotak miskonsepsi 'Awas, sering keliru!'",
        re.compile(r"\{admonition\} Awas, sering keliru!\s*\n:class: warning"),
        "tambahkan ```{admonition} Awas, sering keliru!``` dengan :class: warning.",
    ),
    (
        "contoh dan bukan contoh",
        re.compile(r"Contoh\b[\s\S]*[Bb]ukan contoh|[Bb]ukan contoh[\s\S]*\bContoh\b"),
        "tulis paling sedikit satu **Contoh** dan satu **Bukan contoh** beserta alasannya.",
    ),
    (
        "diagram",
        DIAGRAM_CALL,
        'tambahkan sel kode dengan, misalnya, neighbourhood_diagram("kerja-sama").',
    ),
    (
        "bagian '## Aktivitas'",
        re.compile(r"^## Aktivitas", re.M),
        "tambahkan bagian '## Aktivitas' berisi tugas pengamatan, wawancara, atau diskusi.",
    ),
    (
        "bagian '## Rangkuman'",
        re.compile(r"^## Rangkuman\s*$", re.M),
        "tambahkan bagian '## Rangkuman' berisi poin-poin utama bab.",
    ),
    (
        "bagian '## Kata Kunci'",
        re.compile(r"^## Kata Kunci\s*$", re.M),
        "tambahkan bagian '## Kata Kunci' berisi tautan {term}`...` ke glosarium.",
    ),
    (
        "bagian '## Refleksi'",
        re.compile(r"^## Refleksi\s*$", re.M),
        "tambahkan bagian '## Refleksi' berisi 2–3 pertanyaan untuk direnungkan.",
    ),
    (
        "kutipan sumber",
        ANY_CITATION,
        "kutip sumber dengan {sumber}`(Nama, tahun)` persis seperti di daftar pustaka "
        "(book/references.bib).",
    ),
]


def section(text: str, title: str) -> str | None:
    """The body of the ``## title`` section, up to the next level-2 heading."""
    match = re.search(rf"^## {re.escape(title)}\s*$(.*?)(?=^## |\Z)", text, re.M | re.S)
    return match.group(1) if match else None


def _line(text: str, pattern: re.Pattern[str] | str) -> int | None:
    match = re.search(pattern, text)
    return text.count("\n", 0, match.start()) + 1 if match else None


def element_problems(chapter: Path) -> list[ContentProblem]:
    """Missing elements of the learning design, one problem each."""
    text = chapter.read_text(encoding="utf-8")
    problems = []
    header = text.split("---")[1] if text.startswith("---") else ""
    if not all(key in header for key in HEADER_KEYS) or "language: python" not in header:
        problems.append(
            ContentProblem(
                chapter,
                "header",
                "header jupytext belum lengkap; bab tidak akan terbuka sebagai notebook.",
                "salin header (di antara baris ---) dari bab lain, termasuk kernelspec.",
                line=1,
            )
        )
    for name, pattern, fix in REQUIRED:
        if not pattern.search(text):
            problems.append(ContentProblem(chapter, name, f"bab ini belum punya {name}.", fix))
    keywords = section(text, "Kata Kunci")
    if keywords is not None and not TERM.search(keywords):
        problems.append(
            ContentProblem(
                chapter,
                "Kata Kunci",
                "kata kunci belum bertaut ke glosarium.",
                "tulis setiap kata kunci sebagai {term}`Nama Konsep`.",
                line=_line(text, r"^## Kata Kunci"),
            )
        )
    return problems


def term_problems(chapter: Path, names: set[str]) -> list[ContentProblem]:
    """``{term}`` roles whose target is not a concept name in ``konsep.yml``."""
    text = chapter.read_text(encoding="utf-8")
    problems = []
    for match in TERM.finditer(text):
        term = match.group(1)
        target = term.rsplit("<", 1)[1].rstrip(">").strip() if "<" in term else term
        if target.lower() not in names:
            problems.append(
                ContentProblem(
                    chapter,
                    f"{{term}}`{term}`",
                    f"istilah '{target}' tidak ada di glosarium.",
                    "pakai nama konsep persis seperti di book/data/konsep.yml, atau "
                    "tambahkan konsep itu.",
                    line=text.count("\n", 0, match.start()) + 1,
                )
            )
    return problems


def citation_problems(chapter: Path, keys: set[str]) -> list[ContentProblem]:
    text = chapter.read_text(encoding="utf-8")
    problems = []
    for match in CITE.finditer(text):
        for key in (k.strip() for k in match.group(1).split(",")):
            if key not in keys:
                problems.append(
                    ContentProblem(
                        chapter,
                        f"{{cite}}`{key}`",
                        f"rujukan '{key}' tidak ada di book/references.bib.",
                        "tambahkan entrinya ke references.bib atau perbaiki kuncinya.",
                        line=text.count("\n", 0, match.start()) + 1,
                    )
                )
    return problems


def selfcheck_problems(chapter: Path, library: Library) -> list[ContentProblem]:
    """Fewer than four self-checks, no classification task, or one question shown twice."""
    text = chapter.read_text(encoding="utf-8")
    questions = []
    for ident in SELFCHECK_CALL.findall(text):
        try:
            questions += library.find(ident).questions
        except KeyError:
            continue  # reported by the chapter-reference check
    problems = []
    if len(questions) < MIN_SELFCHECKS:
        problems.append(
            ContentProblem(
                chapter,
                "uji pemahaman",
                f"bab ini baru punya {len(questions)} soal latihan; perlu paling sedikit "
                f"{MIN_SELFCHECKS}.",
                'tambahkan sel kode selfcheck("id-soal") untuk soal dari bank soal bab ini.',
            )
        )
    if questions and not any(q.type == "classify" for q in questions):
        problems.append(
            ContentProblem(
                chapter,
                "uji pemahaman",
                "bab ini belum punya soal penggolongan (type: classify).",
                "tambahkan satu soal 'type: classify' ke bank soal dan tampilkan di bab.",
            )
        )
    ids = [q.id for q in questions]
    for ident in sorted({i for i in ids if ids.count(i) > 1}):
        problems.append(
            ContentProblem(
                chapter,
                f"soal '{ident}'",
                "soal ini tampil dua kali di halaman yang sama.",
                "tampilkan setiap soal sekali saja per bab.",
            )
        )
    return problems
