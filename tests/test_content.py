"""Content files load, and every mistake a teacher can make gets a clear Indonesian message.

The mistakes are made in a copy of the fixture book ``tests/roots/mini-book``; only the first
two tests are about the book itself.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kerjasama.content.checks import check_content
from kerjasama.content.concepts import load_concept_map
from kerjasama.content.library import Library
from kerjasama.errors import ContentError

from .conftest import DATA, MINI_DATA, edit, messages


def test_real_content_has_no_problems() -> None:
    assert check_content(DATA) == []


def test_fixture_book_has_no_problems() -> None:
    """The tests below break one thing at a time, so the fixture must start clean."""
    assert check_content(MINI_DATA) == []


def test_concept_map_loads_every_interaction_process() -> None:
    cmap = load_concept_map(DATA / "konsep.yml")
    ids = {c.id for c in cmap.concepts}
    assert {"kerja-sama", "akomodasi", "asimilasi", "akulturasi"} <= ids
    assert {"persaingan", "kontravensi", "pertentangan"} <= ids


def test_yaml_syntax_error_names_file_and_line(mini_data: Path) -> None:
    edit(mini_data / "konsep.yml", "  - id: akomodasi", "  - id: [akomodasi")
    text = messages(mini_data)
    assert "book/data/konsep.yml, baris 32" in text
    assert "kesalahan penulisan YAML" in text
    assert "Perbaikan:" in text


def test_unknown_key_is_reported_with_concept_id(mini_data: Path) -> None:
    edit(
        mini_data / "konsep.yml",
        "    term_en: accommodation",
        "    term_en: accommodation\n    definisi: salah kunci",
    )
    text = messages(mini_data)
    assert "book/data/konsep.yml, baris 34 (concepts › id 'akomodasi' › definisi)" in text
    assert "kunci 'definisi' tidak dikenal" in text


def test_missing_definition_is_reported(mini_data: Path) -> None:
    path = mini_data / "konsep.yml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  - id: kontravensi")
    block_start = text.index("    definition:", start)
    block_end = text.index("    source:", block_start)
    path.write_text(text[:block_start] + text[block_end:], encoding="utf-8")
    problems = check_content(mini_data)
    assert len(problems) == 1
    assert problems[0].place == "concepts › id 'kontravensi' › definition"
    assert "kunci 'definition' wajib ada" in problems[0].message
    assert problems[0].file == path and problems[0].line == 45  # the concept that lacks it


def test_relation_to_unknown_concept_and_duplicate_id(mini_data: Path) -> None:
    path = mini_data / "konsep.yml"
    edit(path, "target: interaksi-sosial}", "target: interaksi-sosiall}")
    edit(path, "  - id: kontravensi", "  - id: persaingan")
    text = messages(mini_data)
    assert "konsep 'interaksi-sosiall' yang tidak ada" in text
    assert "id konsep 'persaingan' dipakai lebih dari sekali" in text


def test_source_missing_from_bibliography(mini_data: Path) -> None:
    edit(mini_data / "konsep.yml", "source: gillin1954", "source: gillin1955")
    assert "sumber 'gillin1955' tidak ada di book/references.bib" in messages(mini_data)


def test_load_raises_content_error_with_all_problems(mini_data: Path) -> None:
    path = mini_data / "konsep.yml"
    edit(path, "kind: proses", "kind: prosess")
    edit(path, "    term_en: competition\n", "")
    with pytest.raises(ContentError) as caught:
        load_concept_map(path)
    assert len(caught.value.problems) == 2
    assert caught.value.format().startswith("Ditemukan 2 masalah pada isi buku:")


def test_check_command_exit_codes(mini_data: Path) -> None:
    command = [sys.executable, "-m", "kerjasama", "check", "--data", str(mini_data)]
    ok = subprocess.run(command, capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stderr
    assert "tidak ada masalah" in ok.stdout
    edit(mini_data / "konsep.yml", "type: lawan-dari", "type: musuh-dari")
    bad = subprocess.run(command, capture_output=True, text=True, check=False)
    assert bad.returncode == 1
    assert "nilai 'type' tidak dikenal" in bad.stderr
    assert "'jenis-dari'" in bad.stderr


def test_unknown_concept_tag_names_its_line(mini_data: Path) -> None:
    bank = mini_data / "soal" / "bentuk-kerja-sama.yml"
    edit(bank, "concepts: [bargaining, kooptasi]", "concepts: [bargaining, kompromii]")
    problems = [p for p in check_content(mini_data) if "kompromii" in p.message]
    (problem,) = problems
    assert problem.message == "konsep 'kompromii' tidak ada di konsep.yml."
    assert problem.file == bank and problem.line == 6
    assert "kooptasi atau kelompok-primer" in problem.fix


def test_key_concept_checked_by_too_few_questions(
    mini_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Progress per concept needs questions: below the threshold, the check says so."""
    from kerjasama.content import mastery

    library = Library.load(mini_data)
    questions = [q for _bank, q in library.questions()]
    kooptasi = sum("kooptasi" in mastery.question_concepts(library, q) for q in questions)
    assert kooptasi == 2  # a tag on one question, a scenario item in another
    monkeypatch.setattr(mastery, "MIN_QUESTIONS", kooptasi + 1)
    text = messages(mini_data)
    assert f"konsep kunci 'kooptasi' baru diuji oleh {kooptasi} soal" in text
    assert "tambahkan 'concepts: [kooptasi]' pada soal yang menguji konsep itu." in text
