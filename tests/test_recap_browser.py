"""Rekap Kelas reads share codes: per question, the heatmap and the ten, a class of thirty."""

from __future__ import annotations

import base64
import html
import io
import json
import math
import random
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from kerjasama import progress_overview
from kerjasama.content.library import current_library
from kerjasama.content.mastery import key_concepts, question_concepts
from kerjasama.selfchecks.grading import Prepared, is_correct
from kerjasama.selfchecks.prepare import chapter_checks
from kerjasama.selfchecks.share import decode, encode, fnv

from .conftest import ROOT
from .selfcheck_cases import answers_for, choose

pytestmark = pytest.mark.slow
BAB_1 = "01-interaksi-sosial"


def _share_code(built_book: Path, browser: Any, name: str, plan: list[bool]) -> str:
    """Answer Bab 1's first questions (True right, False wrong), then make a share code."""
    questions = chapter_checks(current_library(), ROOT)[0].questions
    context = browser.new_context()
    page = context.new_page()
    page.goto((built_book / "book" / f"{BAB_1}.html").as_uri())
    for question, right in zip(questions, plan, strict=False):
        root = page.locator(f'.selfcheck[data-selfcheck-id="{question.id}"]')
        choose(root, question, answers_for(question)[1 if right else 0])
        root.locator(".selfcheck__check").click()
    page.goto((built_book / "book" / "kemajuan-belajar.html").as_uri())
    page.wait_for_selector(".learning-progress[data-ready]")
    page.fill(".learning-progress__name", name)
    page.fill(".learning-progress__group", "X-2")
    page.click(".learning-progress__share")
    code = page.input_value("textarea.progress-code")
    download = page.get_attribute(".learning-progress__download", "href") or ""
    assert unquote(download.split(",", 1)[1]).strip() == code
    context.close()
    return code


def test_rekap_kelas_counts_each_question_and_reports_a_broken_code(
    built_book: Path, browser: Any
) -> None:
    questions = chapter_checks(current_library(), ROOT)[0].questions
    ani = _share_code(built_book, browser, "Ani", [True, True, False])
    budi = _share_code(built_book, browser, "Budi", [False, True])
    assert ani.startswith("KS1-") and len(ani) < 1500
    tampered = ani[:10] + ("A" if ani[10] != "A" else "B") + ani[11:]
    page = browser.new_page()
    page.goto((built_book / "book" / "rekap-kelas.html").as_uri())
    page.wait_for_selector(".class-recap[data-ready]")
    page.fill("textarea.recap-input", "\n".join([ani, tampered, budi, "bukan kode"]))
    page.click(".class-recap__show")
    notes = page.inner_text(".class-recap__messages")
    assert "Baris 2: kode rusak atau sudah diubah" in notes
    assert "Baris 4: bukan kode kemajuan buku ini" in notes
    assert page.get_attribute(".class-recap", "data-students") == "2"
    expected = {questions[0].id: (2, 1), questions[1].id: (2, 2), questions[2].id: (1, 0)}
    for ident, (answered, correct) in expected.items():
        row = page.locator(f'tr[data-question-id="{ident}"]')
        assert row.get_attribute("data-answered") == str(answered), ident
        assert row.get_attribute("data-correct") == str(correct), ident
    untouched = page.locator(f'tr[data-question-id="{questions[5].id}"]')
    assert untouched.get_attribute("data-answered") == "0"
    # Sorted by error rate: the question both got wrong once comes before those all got right.
    order = page.eval_on_selector_all(
        "tr[data-question-id]", "rows => rows.map(r => r.dataset.questionId)"
    )
    assert (
        order.index(questions[2].id) < order.index(questions[0].id) < order.index(questions[1].id)
    )
    csv = unquote((page.get_attribute(".class-recap__csv", "href") or "").split(",", 1)[1])
    lines = csv.lstrip("\ufeff").strip().split("\r\n")
    assert lines[0].startswith('"Nama";"Kelas";')
    assert lines[1].startswith('"Ani";"X-2";"3";"2"')
    assert lines[2].startswith('"Budi";"X-2";"2";"1"')
    page.close()


def test_names_whose_code_holds_a_dash_are_read_and_csv_cells_cannot_run(
    built_book: Path, browser: Any
) -> None:
    """'Si~' and 'Yo>' give codes with '-' in the payload; a formula-like name stays text."""
    codes = [_share_code(built_book, browser, name, [True]) for name in ("Si~", "Yo>", "=1+1")]
    assert all("-" in code[4:-9] for code in codes[:2])
    page = browser.new_page()
    page.goto((built_book / "book" / "rekap-kelas.html").as_uri())
    page.wait_for_selector(".class-recap[data-ready]")
    page.fill("textarea.recap-input", "\n".join(codes))
    page.click(".class-recap__show")
    assert page.inner_text(".class-recap__messages") == ""
    assert page.get_attribute(".class-recap", "data-students") == "3"
    csv = unquote((page.get_attribute(".class-recap__csv", "href") or "").split(",", 1)[1])
    names = [line.split(";")[0] for line in csv.lstrip("\ufeff").strip().split("\r\n")[1:]]
    assert names == ['"Si~"', '"Yo>"', '"\'=1+1"']
    page.close()


def test_no_code_without_a_name(built_book: Path, browser: Any) -> None:
    page = browser.new_page()
    page.goto((built_book / "book" / "kemajuan-belajar.html").as_uri())
    page.wait_for_selector(".learning-progress[data-ready]")
    page.fill(".learning-progress__name", "   ")
    page.click(".learning-progress__share")
    assert page.input_value("textarea.progress-code") == ""
    assert (
        page.inner_text(".learning-progress__share-note")
        == "Tulis namamu dulu, lalu tekan Buat kode."
    )
    assert page.evaluate("document.activeElement.classList.contains('learning-progress__name')")
    assert page.locator(".learning-progress__download").is_hidden()
    page.close()


def test_kernel_and_browser_share_codes_are_one_format(built_book: Path, browser: Any) -> None:
    """A code made in a kernel (Binder) loads on Rekap Kelas; one made in the page decodes."""
    progress = progress_overview()
    questions = progress.pages[0].questions
    answers = {
        questions[0].id: answers_for(questions[0])[1],
        questions[1].id: answers_for(questions[1])[0],
    }
    page = browser.new_page()
    page.goto((built_book / "book" / "rekap-kelas.html").as_uri())
    page.wait_for_selector(".class-recap[data-ready]")
    page.fill("textarea.recap-input", encode(progress.question_ids, "Citra", "X-3", answers))
    page.click(".class-recap__show")
    assert page.get_attribute(".class-recap", "data-students") == "1"
    for question, correct in ((questions[0], "1"), (questions[1], "0")):
        row = page.locator(f'tr[data-question-id="{question.id}"]')
        assert (row.get_attribute("data-answered"), row.get_attribute("data-correct")) == (
            "1",
            correct,
        )
    browser_code = page.evaluate(
        """answers => {
            const data = JSON.parse(document.querySelector('.class-recap__data').textContent);
            const ids = data.chapters.flatMap(c => c.questions);
            return window.kerjasamaShare.encode(data.share, ids, 'Dewi – ü', 'X-1', answers);
        }""",
        answers,
    )
    shared = decode(progress.question_ids, browser_code)
    assert (shared.name, shared.group, shared.answers) == ("Dewi – ü", "X-1", answers)
    page.close()


# -- the heatmap and the ten, from codes made by the Python encoder -----------------------------

#: Who answers question number i (in book order), and whether rightly.
PLANS = {
    "Ani": lambda i: (i % 3 != 2, i % 4 != 0),
    "Budi": lambda i: (i % 2 == 0, i % 3 == 0),
    "Citra": lambda i: (i % 5 != 0, i % 7 in (1, 2, 3)),
}


def _text(fragment: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", "", html.unescape(fragment)).split())


def _same(shown: str, full: str) -> bool:
    """The page cuts long texts at a word with "…"."""
    return shown == full or (shown.endswith("…") and full.startswith(shown[:-1]))


def _plan_answers() -> tuple[list[Prepared], dict[str, dict[str, Any]]]:
    questions = [q for p in chapter_checks(current_library(), ROOT) for q in p.questions]
    answers: dict[str, dict[str, Any]] = {name: {} for name in PLANS}
    for number, question in enumerate(questions):
        for name, plan in PLANS.items():
            answered, right = plan(number)
            if answered:
                answers[name][question.id] = answers_for(question)[1 if right else 0]
    return questions, answers


def _open_recap(browser: Any, built_book: Path, codes: list[str], **context: Any) -> Any:
    page = browser.new_context(**context).new_page()
    page.goto((built_book / "book" / "rekap-kelas.html").as_uri())
    page.wait_for_selector(".class-recap[data-ready]")
    page.fill("textarea.recap-input", "\n".join(codes))
    page.click(".class-recap__show")
    page.wait_for_selector(".recap-heatmap tbody td")
    return page


def _nameless_code(ids: list[str]) -> str:
    """A code as an older or edited page could write it: well formed, but no name."""
    body = json.dumps({"n": " ", "k": "X-2", "h": fnv(",".join(ids)), "a": [[0, 0]]})
    payload = base64.urlsafe_b64encode(body.encode()).decode().rstrip("=")
    return f"KS1-{payload}-{fnv(payload)}"


def test_heatmap_cells_and_the_ten_bars_match_a_count_made_here(
    built_book: Path, browser: Any
) -> None:
    library = current_library()
    questions, answers = _plan_answers()
    ids = progress_overview().question_ids
    codes = [encode(ids, name, "X-2", given) for name, given in answers.items()]
    page = _open_recap(browser, built_book, [codes[0], _nameless_code(ids), *codes[1:]])
    # The nameless code is reported by its line and gives no row.
    assert "Baris 2: kode ini tidak memuat nama peserta didik" in page.inner_text(
        ".class-recap__messages"
    )
    assert page.get_attribute(".class-recap", "data-students") == "3"
    rows = page.eval_on_selector_all(".recap-heatmap tbody th", "e => e.map(x => x.textContent)")
    assert rows == list(PLANS)

    # Mastery per student and key concept, and pooled for the class: right / answered.
    bank = {q.id: q for _set, q in library.questions()}
    concepts = {
        c: [q for q in questions if c in question_concepts(library, bank[q.id])]
        for c in key_concepts(library)
    }
    expected: dict[tuple[str | None, str], tuple[int, int]] = {}
    for concept, asked in concepts.items():
        for name in [*PLANS, None]:
            verdicts = [
                is_correct(q.rule(), answers[who][q.id])
                for who in ([name] if name else PLANS)
                for q in asked
                if q.id in answers[who]
            ]
            expected[(name, concept)] = (len(verdicts), sum(v is True for v in verdicts))
    cells = page.eval_on_selector_all(
        ".recap-heatmap tbody td, .recap-heatmap tfoot td",
        """cells => cells.map(c => [c.dataset.student || null, c.dataset.concept,
            c.dataset.mastery === undefined ? null : Number(c.dataset.mastery), c.textContent])""",
    )
    assert len(cells) == (len(PLANS) + 1) * len(concepts)
    assert {(s, c) for s, c, _m, _t in cells} == set(expected)
    for student, concept, mastery, text in cells:
        answered, right = expected[(student, concept)]
        if not answered:
            assert (mastery, text) == (None, "–"), (student, concept)
            continue
        assert mastery == pytest.approx(right / answered), (student, concept)
        assert text == str(math.floor(100 * right / answered + 0.5)), (student, concept)

    # The ten: most wrong answers, then the larger share wrong, then book order.
    tally = []
    for number, question in enumerate(questions):
        verdicts = [
            is_correct(question.rule(), answers[n][question.id])
            for n in PLANS
            if question.id in answers[n]
        ]
        wrong = verdicts.count(False)
        if wrong:
            tally.append((-wrong, -wrong / len(verdicts), number, question, wrong, len(verdicts)))
    top = sorted(tally, key=lambda t: t[:3])[:10]
    assert len({t[4] for t in top}) > 1, "the plan should give different wrong counts"
    bars = page.eval_on_selector_all(
        ".recap-wrong li",
        """items => items.map(li => [li.dataset.questionId, Number(li.dataset.wrong),
            Number(li.dataset.answered), li.querySelector('a').getAttribute('href'),
            li.querySelector('.recap-wrong__answer').textContent,
            li.querySelector('.recap-wrong__bar span').style.width])""",
    )
    assert [b[0] for b in bars] == [t[3].id for t in top]
    pages = {q.id: p.path.stem for p in chapter_checks(library, ROOT) for q in p.questions}
    for (ident, wrong, answered, href, said, width), row in zip(bars, top, strict=True):
        question = row[3]
        assert (wrong, answered) == (row[4], row[5]), ident
        assert float(width.rstrip("%")) == pytest.approx(100 * wrong / len(PLANS))
        assert href == f"{pages[ident]}.html#soal-{ident}"
        chapter = (built_book / "book" / f"{pages[ident]}.html").read_text(encoding="utf-8")
        assert f'id="soal-{ident}"' in chapter
        # Everyone wrong gave the same wrong answer (answers_for), so it is the commonest.
        prefix = f"Paling sering dipilih ({wrong}×): "
        assert said.startswith(prefix), said
        label, chosen = said.removeprefix(prefix), answers_for(question)[0]
        if question.type == "truefalse":
            assert label == question.choices[chosen]
        elif question.type == "single":
            assert _same(label, _text(question.choices[chosen])), (label, question.choices)
        elif question.type == "multiple":
            parts = label.split("; ")
            full = [_text(question.choices[i]).removesuffix(".") for i in sorted(set(chosen))]
            assert len(parts) == len(full) and all(map(_same, parts, full)), label
        else:
            names = dict(question.categories)
            category, item = re.fullmatch(r"(.+?) untuk “(.+)”", label).groups()
            assert category == names[chosen[0]] and _same(item, _text(question.choices[0]))
    page.context.close()


def _class_of_thirty() -> list[str]:
    questions = [q for p in chapter_checks(current_library(), ROOT) for q in p.questions]
    ids, pick = progress_overview().question_ids, random.Random(5)
    codes = []
    for number in range(30):
        given = {
            q.id: answers_for(q)[1 if pick.random() < 0.65 else 0]
            for q in questions
            if pick.random() < 0.6
        }
        codes.append(encode(ids, f"Peserta Didik Nomor {number + 1:02d}", "X-2", given))
    return codes


def _pages_in(pdf: bytes) -> int:
    try:
        from pypdf import PdfReader
    except ImportError:
        return len(re.findall(rb"/Type\s*/Page(?![a-z])", pdf))
    return len(PdfReader(io.BytesIO(pdf)).pages)


def test_a_class_of_thirty_fits_a_screen_and_a_half_and_one_a4_page(
    built_book: Path, browser: Any
) -> None:
    codes = _class_of_thirty()
    page = _open_recap(browser, built_book, codes, viewport={"width": 1280, "height": 800})
    assert page.get_attribute(".class-recap", "data-students") == "30"
    assert page.locator(".recap-heatmap tbody tr").count() == 30
    # The form folds away and the results open the screen: the heatmap, then the ten.
    assert page.locator("textarea.recap-input").is_hidden()
    heatmap = page.locator(".recap-heatmap").bounding_box()
    ten = page.locator(".recap-wrong").bounding_box()
    assert heatmap is not None and ten is not None
    assert heatmap["y"] >= 0 and ten["y"] + ten["height"] <= 1.5 * 800, (heatmap, ten)
    assert page.locator(".recap-wrong li").count() == 10
    # The heatmap fits the column: neither the page nor its region scrolls sideways.
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    region = ".class-recap__results > .class-recap__scroll"
    assert page.eval_on_selector(region, "r => r.scrollWidth <= r.clientWidth")
    # The folded tables are there, closed.
    assert page.eval_on_selector_all(".class-recap__more", "d => d.map(x => x.open)") == [False] * 3
    pdf = page.pdf(format="A4")
    assert _pages_in(pdf) == 1
    page.context.close()

    narrow = _open_recap(browser, built_book, codes, viewport={"width": 360, "height": 800})
    assert narrow.evaluate("document.documentElement.scrollWidth") <= 360
    assert narrow.get_attribute(region, "aria-label") == "Penguasaan konsep kunci per peserta didik"
    assert narrow.eval_on_selector(region, "r => r.scrollWidth > r.clientWidth")
    narrow.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_recap_of_a_class_has_no_accessibility_violations(
    built_book: Path, browser: Any, scheme: str
) -> None:
    page = _open_recap(
        browser,
        built_book,
        _class_of_thirty(),
        viewport={"width": 1280, "height": 800},
        color_scheme=scheme,
    )
    page.add_script_tag(path=str(ROOT / "node_modules" / "axe-core" / "axe.min.js"))
    violations = page.evaluate(
        """async (tags) => (await axe.run(document, {runOnly: tags})).violations.map(
            v => v.id + ': ' + v.nodes.slice(0, 2).map(n => n.target.join(' ')).join('; '))""",
        ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
    )
    assert violations == []
    page.context.close()
