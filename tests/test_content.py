"""Content files load, and every mistake a teacher can make gets a clear Indonesian message."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kerjasama.content.checks import check_content
from kerjasama.content.concepts import load_concept_map
from kerjasama.content.library import Library
from kerjasama.errors import ContentError

from .conftest import DATA, messages, replace_in


def test_real_content_has_no_problems() -> None:
    assert check_content(DATA) == []


def test_concept_map_loads_every_interaction_process() -> None:
    cmap = load_concept_map(DATA / "konsep.yml")
    ids = {c.id for c in cmap.concepts}
    assert {"kerja-sama", "akomodasi", "asimilasi", "akulturasi"} <= ids
    assert {"persaingan", "kontravensi", "pertentangan"} <= ids


def test_yaml_syntax_error_names_file_and_line(data_copy: Path) -> None:
    replace_in(data_copy / "konsep.yml", "  - id: akomodasi", "  - id: [akomodasi")
    text = messages(data_copy)
    assert "book/data/konsep.yml, baris" in text
    assert "kesalahan penulisan YAML" in text
    assert "Perbaikan:" in text


def test_unknown_key_is_reported_with_concept_id(data_copy: Path) -> None:
    replace_in(
        data_copy / "konsep.yml",
        "    term_en: accommodation",
        "    term_en: accommodation\n    definisi: salah kunci",
    )
    text = messages(data_copy)
    assert "id 'akomodasi'" in text
    assert "kunci 'definisi' tidak dikenal" in text


def test_missing_definition_is_reported(data_copy: Path) -> None:
    path = data_copy / "konsep.yml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  - id: kontravensi")
    block_start = text.index("    definition:", start)
    block_end = text.index("    source:", block_start)
    path.write_text(text[:block_start] + text[block_end:], encoding="utf-8")
    problems = check_content(data_copy)
    assert len(problems) == 1
    assert problems[0].place == "concepts › id 'kontravensi' › definition"
    assert "kunci 'definition' wajib ada" in problems[0].message
    assert problems[0].line is not None


def test_relation_to_unknown_concept_and_duplicate_id(data_copy: Path) -> None:
    path = data_copy / "konsep.yml"
    replace_in(path, "target: interaksi-sosial}", "target: interaksi-sosiall}")
    replace_in(path, "  - id: asimilasi", "  - id: akulturasi")
    text = messages(data_copy)
    assert "konsep 'interaksi-sosiall' yang tidak ada" in text
    assert "id konsep 'akulturasi' dipakai lebih dari sekali" in text


def test_source_missing_from_bibliography(data_copy: Path) -> None:
    replace_in(data_copy / "konsep.yml", "source: gillin1954", "source: gillin1955")
    assert "sumber 'gillin1955' tidak ada di book/references.bib" in messages(data_copy)


def test_load_raises_content_error_with_all_problems(data_copy: Path) -> None:
    path = data_copy / "konsep.yml"
    replace_in(path, "kind: proses", "kind: prosess")
    replace_in(path, "    term_en: competition\n", "")
    with pytest.raises(ContentError) as caught:
        load_concept_map(path)
    assert len(caught.value.problems) == 2
    assert caught.value.format().startswith("Ditemukan 2 masalah pada isi buku:")


def test_check_command_exit_codes(data_copy: Path) -> None:
    command = [sys.executable, "-m", "kerjasama", "check", "--data", str(data_copy)]
    ok = subprocess.run(command, capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stderr
    assert "tidak ada masalah" in ok.stdout
    replace_in(data_copy / "konsep.yml", "type: lawan-dari", "type: musuh-dari")
    bad = subprocess.run(command, capture_output=True, text=True, check=False)
    assert bad.returncode == 1
    assert "nilai 'type' tidak dikenal" in bad.stderr
    assert "'jenis-dari'" in bad.stderr


def test_unknown_concept_tag_names_its_line(data_copy: Path) -> None:
    bank = data_copy / "soal" / "bentuk-kerja-sama.yml"
    line = (
        bank.read_text(encoding="utf-8").splitlines().index("    concepts: [bargaining, kompromi]")
    )
    replace_in(bank, "concepts: [bargaining, kompromi]", "concepts: [bargaining, kompromii]")
    problems = [p for p in check_content(data_copy) if "kompromii" in p.message]
    (problem,) = problems
    assert problem.message == "konsep 'kompromii' tidak ada di konsep.yml."
    assert problem.file == bank and problem.line == line + 1
    assert "kooptasi atau kelompok-primer" in problem.fix


def test_key_concept_checked_by_too_few_questions(
    data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Progress per concept needs questions: below the threshold, the check says so."""
    from kerjasama.content import mastery

    library = Library.load(data_copy)
    questions = [q for _bank, q in library.questions()]
    koalisi = sum("koalisi" in mastery.question_concepts(library, q) for q in questions)
    monkeypatch.setattr(mastery, "MIN_QUESTIONS", koalisi + 1)
    text = messages(data_copy)
    assert f"konsep kunci 'koalisi' baru diuji oleh {koalisi} soal" in text
    assert "tambahkan 'concepts: [koalisi]' pada soal yang menguji konsep itu." in text
