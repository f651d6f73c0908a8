"""Issue 11: the method students apply to new cases, and the checks teachers get where they work.

The scenario bank must make students reason from structure (few giveaway words), fill every
form × kind cell that can exist, and say why the others cannot; stimulus sets render with
their text and chart; a bare foreign term and a broken file are reported on the right line,
also as a GitHub annotation.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

from kerjasama.content.checks import check_content
from kerjasama.content.library import Library
from kerjasama.content.style import unitalicised_terms
from kerjasama.diagrams.scenario_views import scenario_matrix
from kerjasama.markup import inline_html
from kerjasama.selfchecks.view import selfcheck

from .conftest import DATA, ROOT, edit

#: Words that give the kind away without any reasoning. Counted as case-insensitive
#: substrings of a scenario's text (not of its reasons, which should name the rule).
CUE_WORDS = (
    "tanpa diminta", "tanpa disuruh", "tanpa ada yang menyuruh", "tanpa perintah", "spontan",
    "serta-merta", "seketika", "memerintahkan", "perintah", "menginstruksikan", "instruksi",
    "mewajibkan", "menyuruh", "menandatangani", "perjanjian", "kontrak", "kesepakatan",
    "sepakat", "nota kesepahaman", "turun-temurun", "leluhur", "tradisi", "sejak dulu",
    "diwariskan", "adat",
)  # fmt: skip


def scenarios() -> list:
    return list(Library.load(DATA).scenarios.values())


def test_scenario_bank_has_at_least_45_cases() -> None:
    assert len(scenarios()) >= 45


def test_at_most_half_of_the_cases_contain_a_cue_word() -> None:
    cued = [s.id for s in scenarios() if any(w in s.text.lower() for w in CUE_WORDS)]
    assert len(cued) <= len(scenarios()) / 2, f"{len(cued)} kasus memakai kata petunjuk"


def test_every_possible_cell_of_the_matrix_has_a_case() -> None:
    from kerjasama.diagrams.graphs import empty_cells

    filled = {(s.form, s.kind) for s in scenarios()}
    impossible = {(c.form, c.kind) for c in empty_cells()}
    library = Library.load(DATA)
    assert library.concepts is not None
    forms = [c.id for c in library.concepts.concepts if c.kind == "bentuk-kerja-sama"]
    kinds = [c.id for c in library.concepts.concepts if c.kind == "jenis-kerja-sama"]
    cells = {(f, k) for f in forms for k in kinds}
    assert impossible <= cells
    assert not filled & impossible, "sel yang dinyatakan tidak mungkin ternyata punya kasus"
    assert cells - filled - impossible == set()


def test_matrix_marks_impossible_cells_with_their_reason() -> None:
    from kerjasama.diagrams.graphs import empty_cells

    markup = scenario_matrix().markup
    for cell in empty_cells():
        assert "× (tidak mungkin)" in markup
        assert inline_html(cell.why) in markup


def test_kinds_are_not_tied_to_group_types_in_the_chapters() -> None:
    """Issue 11, rule 1: no chapter says a kind or form belongs to a type of group."""
    tie = re.compile(
        r"(spontan|tradisional|langsung|kontrak|kerukunan)[^.]{0,60}"
        r"(termasuk|milik|hanya (ada|terjadi) (di|dalam)) kelompok (primer|sekunder)",
        re.I,
    )
    for chapter in sorted((ROOT / "book").glob("0*.md")):
        found = tie.search(chapter.read_text(encoding="utf-8"))
        assert found is None, f"{chapter.name}: {found.group(0) if found else ''}"


# -- stimulus sets ----------------------------------------------------------------------
STIMULUS_BANK = """\
title: Latihan stimulus
questions:
  - id: uji-stimulus-satu
    type: truefalse
    prompt: Menurut tabel, desa A lebih banyak bergotong royong.
    answer: true
    if_true: Tepat. Angka desa A lebih besar.
    if_false: Belum tepat. Bandingkan angkanya.
  - id: uji-stimulus-dua
    type: truefalse
    prompt: Grafik menunjukkan penurunan.
    answer: false
    if_true: Belum tepat. Batangnya naik.
    if_false: Tepat. Pernyataan itu memang keliru karena batangnya naik.
stimuli:
  - id: stimulus-uji
    title: "Stimulus: Kerja bakti di dua desa"
    text: |-
      Warga dua desa mencatat kerja bakti selama setahun.

      | Desa | Kerja bakti |
      |---|---|
      | A | 12 |
      | B | 5 |
    chart:
      title: Kerja bakti per tahun
      unit: kali
      bars:
        - {label: Desa A, value: 12}
        - {label: Desa B, value: 5.5}
    credit: Data rekaan untuk latihan.
    questions: [uji-stimulus-satu, uji-stimulus-dua]
"""


def test_stimulus_set_shows_its_text_table_and_chart_before_the_questions(
    mini_data: Path,
) -> None:
    (mini_data / "soal" / "latihan-stimulus.yml").write_text(STIMULUS_BANK, encoding="utf-8")
    view = selfcheck("stimulus-uji", data=mini_data)
    markup = view.html()
    assert markup.index('class="stimulus"') < markup.index('data-selfcheck-id="uji-stimulus-satu"')
    assert "<table>" in markup and "<td>12</td>" in markup
    assert 'class="stimulus__chart"' in markup and "Desa B 5,5" in markup
    assert "Data rekaan untuk latihan." in markup
    assert markup.count('class="selfcheck"') == 2
    assert 'data-selfcheck-set="stimulus-uji"' in markup


def test_stimulus_naming_a_question_of_another_file_is_reported_on_its_line(
    mini_data: Path,
) -> None:
    broken = STIMULUS_BANK.replace(
        "[uji-stimulus-satu, uji-stimulus-dua]", "\n      - uji-stimulus-satu\n      - tidak-ada"
    )
    (mini_data / "soal" / "latihan-stimulus.yml").write_text(broken, encoding="utf-8")
    problems = [p for p in check_content(mini_data) if p.file.name == "latihan-stimulus.yml"]
    assert len(problems) == 1
    assert problems[0].message == "soal 'tidak-ada' tidak ada di berkas ini."
    assert problems[0].line == broken.splitlines().index("      - tidak-ada") + 1


# -- language and annotations -----------------------------------------------------------
def test_only_bare_foreign_terms_are_reported() -> None:
    assert unitalicised_terms("Ini *bargaining* dan _joint venture_.") == []
    assert unitalicised_terms("Ini **_bargaining_** saja.") == []
    assert unitalicised_terms("Ini bargaining dan **joint venture**.") == [
        "bargaining",
        "joint venture",
    ]
    assert unitalicised_terms("Seorang influencer dibayar.") == ["influencer"]


def test_bare_foreign_term_in_a_bank_is_reported_with_file_and_line(mini_data: Path) -> None:
    bank = mini_data / "soal" / "latihan-stimulus.yml"
    bank.write_text(
        STIMULUS_BANK.replace("Tepat. Angka desa A", "Tepat. Seperti bargaining, angka desa A"),
        encoding="utf-8",
    )
    problems = [p for p in check_content(mini_data) if p.file == bank]
    assert [p.message for p in problems] == ["istilah asing 'bargaining' belum dicetak miring."]
    assert problems[0].line == 7
    assert "*bargaining*" in problems[0].fix


def test_github_annotation_names_the_file_and_line_of_a_broken_yaml(mini_data: Path) -> None:
    bank = mini_data / "soal" / "latihan-stimulus.yml"
    bank.write_text(STIMULUS_BANK.replace("    answer: false", "    answer: [false"), "utf-8")
    command = [sys.executable, "-m", "kerjasama", "check", "--data", str(mini_data)]
    result = subprocess.run(
        [*command, "--format", "github"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::error ")]
    assert len(annotations) == 1
    assert annotations[0].startswith("::error file=book/data/soal/latihan-stimulus.yml,line=1")
    assert "title=Isi buku perlu diperbaiki::" in annotations[0]
    assert "kesalahan penulisan YAML" in annotations[0]
    assert "Ditemukan 1 masalah" in result.stderr


def test_github_annotation_points_at_the_edited_key(mini_data: Path) -> None:
    edit(mini_data / "konsep.yml", "    kind: proses\n", "    kind: prosess\n")
    command = [sys.executable, "-m", "kerjasama", "check", "--data", str(mini_data)]
    result = subprocess.run(
        [*command, "--format", "github"], capture_output=True, text=True, check=False
    )
    # Line 6 of the fixture's konsep.yml is the first concept's kind, the edited line.
    assert "::error file=book/data/konsep.yml,line=6," in result.stdout


def test_pull_request_workflow_runs_check_build_and_fast_tests() -> None:
    workflow = yaml.safe_load((ROOT / ".github/workflows/pr.yml").read_text(encoding="utf-8"))
    assert "pull_request" in workflow[True]  # PyYAML reads the key `on` as True
    steps = [step.get("run", "") for job in workflow["jobs"].values() for step in job["steps"]]
    script = "\n".join(steps)
    assert "make check CHECK_FORMAT=github" in script
    assert "make build" in script
    assert "make test-fast" in script


def test_cooperation_tree_holds_only_the_two_classifications() -> None:
    from kerjasama.diagrams.graphs import cooperation_tree

    tree = cooperation_tree()
    kinds = {tree.nodes[n]["kind"] for n in tree.successors("kerja-sama")}
    assert kinds == {"jenis-kerja-sama", "bentuk-kerja-sama"}
    assert "kerja-sama-destruktif" not in tree
