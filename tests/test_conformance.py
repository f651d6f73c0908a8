"""One source per rule: Python (kernel) and JavaScript (the built book's pages) pass the
same tables of cases under ``tests/conformance/`` (DESIGN.md, "One source per rule").

The JavaScript runs in Node.js (``tests/js/run_conformance.js``), once for the whole
module, on requests built here from the tables and from the data Python hands to the page
(``Prepared.key()``, the progress page's settings, the share format), as in the book.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import string
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from kerjasama.selfchecks import STATIC_DIR
from kerjasama.selfchecks.grading import Prepared, grade, is_correct
from kerjasama.selfchecks.practice import RETURN_AFTER, STREAK, PracticeCase, PracticeSession
from kerjasama.selfchecks.progress import Count, concept_status, count, page_settings
from kerjasama.selfchecks.share import BLANK, ShareCodeError, decode, encode, fnv, share_format

TABLES = Path(__file__).parent / "conformance"
RUNNER = Path(__file__).parent / "js" / "run_conformance.js"


def table(name: str) -> dict[str, Any]:
    return json.loads((TABLES / f"{name}.json").read_text(encoding="utf-8"))


GRADING, MASTERY, PRACTICE, SHARE, CSV = (
    table(n) for n in ("grading", "mastery", "practice", "share", "csv")
)
MASTERY_RULE = page_settings()["mastery"]
FORMAT = share_format()
RULES = {"streak": STREAK, "returnAfter": RETURN_AFTER}
IDS = SHARE["ids"]


def question(spec: dict[str, Any], ident: str = "q") -> Prepared:
    return Prepared(ident, spec["type"], "", spec["choices"], spec["correct"], spec["feedback"])


def from_rule(ident: str, rule: dict[str, Any]) -> Prepared:
    """A question with just the rule the progress page carries (no texts)."""
    blank = [""] * rule["size"]
    return Prepared(ident, rule["type"], "", blank, rule["correct"], blank)


# Random cases, the same for both languages --------------------------------------------
SCRIPTS = [(0x0000, 0x007F), (0x00A0, 0x024F), (0x0300, 0x036F), (0x0370, 0x03FF),
           (0x0400, 0x04FF), (0x0590, 0x05FF), (0x0600, 0x06FF), (0x0900, 0x097F),
           (0x0E00, 0x0E7F), (0x1B00, 0x1B7F), (0x3040, 0x30FF), (0x4E00, 0x9FFF),
           (0xA980, 0xA9DF), (0xAC00, 0xD7A3), (0x1D400, 0x1D7FF), (0x1F300, 0x1FAFF),
           (0x20000, 0x2A6DF)]  # fmt: skip
SPECIAL = "-~> _'\"\\"


def random_names(count: int, seed: int = 23) -> list[str]:
    """Names from many scripts (astral emoji and CJK included), with - ~ > and spaces."""
    rng = random.Random(seed)
    names = []
    for _ in range(count):
        chars = []
        for _ in range(rng.randint(1, 24)):
            if rng.random() < 0.25:
                chars.append(rng.choice(SPECIAL))
            else:
                low, high = rng.choice(SCRIPTS)
                chars.append(chr(rng.randint(max(low, 0x20), high)))
        name = "".join(chars)
        names.append(name if name.strip(BLANK) else name + "A")
    return names


def random_sessions(count: int, seed: int = 5) -> list[dict[str, Any]]:
    """Sessions over random cases, decks and wrong answers."""
    rng = random.Random(seed)
    sessions = []
    for _ in range(count):
        forms, kinds = [f"f{i}" for i in range(4)], [f"k{i}" for i in range(3)]
        cases = []
        for n in range(rng.randint(2, 9)):
            answers = {}
            if rng.random() < 0.8:
                answers["form"] = rng.choice(forms)
            if not answers or rng.random() < 0.7:
                answers["kind"] = rng.choice(kinds)
            cases.append({"id": f"c{n}", "answers": answers})
        shown = sorted({c for case in cases for c in case["answers"].values()})
        decks = []
        for _ in range(12):
            order = [c["id"] for c in cases]
            rng.shuffle(order)
            decks.append(order)
        script = [
            {d: rng.random() < 0.7 for d in ("form", "kind") if rng.random() < 0.9}
            for _ in range(rng.randint(0, 40))
        ]
        sessions.append(
            {"concepts": shown, "cases": cases, "decks": decks, "script": script, "limit": 300}
        )
    return sessions


NAMES = random_names(1000)
SESSIONS = random_sessions(200)


# The JavaScript side ------------------------------------------------------------------
def practice_request(session: dict[str, Any]) -> dict[str, Any]:
    return {"rules": RULES, "limit": 100, "run_to_end": True} | session


def request() -> dict[str, Any]:
    counts = MASTERY["count"]
    keys = {i: from_rule(i, rule).rule() for i, rule in MASTERY["questions"].items()}
    python_codes = [encode(IDS, name, "X-2", {"q1": 1}) for name in NAMES]
    return {
        "grading": [
            {"key": question(GRADING["questions"][c["question"]]).key(), "answer": c["answer"]}
            for c in GRADING["cases"]
        ],
        "status": [{"mastery": MASTERY_RULE} | c for c in MASTERY["status"]],
        "count": [
            {"keys": keys, "records": c["records"], "ids": c["ids"], "mastery": MASTERY_RULE}
            for c in counts
        ],
        "practice": [practice_request(s) for s in PRACTICE["sessions"] + SESSIONS],
        "encode": [
            {"format": FORMAT, "ids": IDS, "name": c["name"], "group": c["group"], "answers": a}
            for c in SHARE["codes"]
            for a in [c["answers"]]
        ]
        + [
            {"format": FORMAT, "ids": IDS, "name": c["name"], "group": "", "answers": {}}
            for c in SHARE["no_name"]
        ]
        + [
            {"format": FORMAT, "ids": IDS, "name": name, "group": "X-2", "answers": {"q1": 1}}
            for name in NAMES
        ],
        "decode": [
            {"format": FORMAT, "ids": IDS, "code": code}
            for code in [c["code"] for c in SHARE["codes"] + SHARE["refused"] + SHARE["read"]]
            + python_codes
        ],
        "fnv": [text for text, _ in SHARE["fnv"]],
        "csvCell": [cell for cell, _ in CSV["cells"]],
        "csv": [{"rows": t["rows"], "separator": t["separator"]} for t in CSV["tables"]],
        "fill": [{"template": t, "values": v} for t, v in fill_cases()] + [MISSING_SLOT],
    }


@cache
def node() -> dict[str, Any]:
    """What the page scripts answer, run once in Node.js."""
    program = shutil.which("node")
    if program is None:
        pytest.fail(
            "Node.js (`node`) tidak ditemukan: tes kesesuaian Python–JavaScript memerlukannya. "
            "Pasang Node.js 20 (misalnya `apt-get install nodejs`), lalu jalankan tes lagi."
        )
    result = subprocess.run(
        [program, str(RUNNER)],
        input=json.dumps(request(), ensure_ascii=False),
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, f"run_conformance.js gagal:\n{result.stderr[-3000:]}"
    return dict(json.loads(result.stdout))


def js(part: str, index: int) -> Any:
    return node()[part][index]


def python_verdict(spec: dict[str, Any], answer: Any) -> dict[str, Any] | None:
    verdict = grade(question(spec), answer)
    if verdict is None:
        return None
    return {"correct": verdict.correct, "lines": [[line.ok, line.html] for line in verdict.lines]}


# Grading ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("index", "case"), list(enumerate(GRADING["cases"])), ids=[c["name"] for c in GRADING["cases"]]
)
def test_grading(index: int, case: dict[str, Any]) -> None:
    spec, expected = GRADING["questions"][case["question"]], case["expected"]
    assert python_verdict(spec, case["answer"]) == expected, "Python (grading.py)"
    assert js("grading", index) == expected, "JavaScript (selfcheck.js grade)"
    correct = None if expected is None else expected["correct"]
    assert is_correct(question(spec).rule(), case["answer"]) == correct, "Python (is_correct)"
    assert js("isCorrect", index) == correct, "JavaScript (selfcheck.js isCorrect)"


# Mastery ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("index", "case"),
    list(enumerate(MASTERY["status"])),
    ids=[f"{c['right']} of {c['answered']} right" for c in MASTERY["status"]],
)
def test_mastery_status(index: int, case: dict[str, Any]) -> None:
    counted = Count(case["answered"], case["right"], case["answered"])
    assert concept_status(counted) == case["expected"], "Python (progress.concept_status)"
    assert js("status", index) == case["expected"], "JavaScript (progress.js status)"


@pytest.mark.parametrize(
    ("index", "case"), list(enumerate(MASTERY["count"])), ids=[c["name"] for c in MASTERY["count"]]
)
def test_mastery_count(index: int, case: dict[str, Any]) -> None:
    expected = case["expected"]
    questions = [from_rule(i, MASTERY["questions"][i]) for i in case["ids"]]
    counted = count(questions, case["records"])
    python = {"answered": counted.answered, "right": counted.right, "total": counted.total}
    assert python | {"status": concept_status(counted)} == expected, "Python (progress.count)"
    assert js("count", index) == expected, "JavaScript (progress.js tally and status)"


# Practice schedule --------------------------------------------------------------------
def python_session(spec: dict[str, Any]) -> dict[str, Any]:
    """The same driver as run_conformance.js's session()."""
    decks = iter(spec["decks"])

    def reorder(deck: list[PracticeCase]) -> None:
        order = next(decks, None)
        if order is not None:
            deck.sort(key=lambda case: order.index(case.id))

    cases = [
        PracticeCase(c["id"], "", {d: (k, "") for d, k in c["answers"].items()})
        for c in spec["cases"]
    ]
    session = PracticeSession(cases, spec["concepts"], shuffle=reorder)
    shown = []
    script, run_to_end = spec["script"], spec.get("run_to_end", True)
    for step in range(spec.get("limit", 100)):
        if step >= len(script) and not run_to_end:
            break
        case = session.next_case()
        if case is None:
            break
        shown.append(case.id)
        given = script[step] if step < len(script) else {}
        session.record({d: given.get(d, True) for d in case.answers})
    return {"shown": shown, "done": session.done, "streaks": session.streaks}


@pytest.mark.parametrize(
    ("index", "case"),
    list(enumerate(PRACTICE["sessions"])),
    ids=[c["name"] for c in PRACTICE["sessions"]],
)
def test_practice_schedule(index: int, case: dict[str, Any]) -> None:
    assert python_session(case) == case["expected"], "Python (practice.PracticeSession)"
    assert js("practice", index) == case["expected"], "JavaScript (practice.js Session)"


def test_practice_schedules_agree_on_200_random_sessions() -> None:
    first = len(PRACTICE["sessions"])
    for n, spec in enumerate(SESSIONS):
        python = python_session(spec | {"limit": 100})
        assert js("practice", first + n) == python, f"sesi acak ke-{n}: {spec}"
        assert python["done"], f"sesi acak ke-{n} tidak selesai"


# Share codes --------------------------------------------------------------------------
def python_decode(code: str) -> dict[str, Any]:
    try:
        shared = decode(IDS, code)
    except ShareCodeError as error:
        return {"error": error.reason, "message": str(error)}
    return {"name": shared.name, "group": shared.group, "answers": shared.answers}


@pytest.mark.parametrize(("index", "case"), list(enumerate(SHARE["codes"])))
def test_share_codes_are_the_same_bytes_and_read_back(index: int, case: dict[str, Any]) -> None:
    name, group, answers = case["name"], case["group"], case["answers"]
    assert encode(IDS, name, group, answers) == case["code"], "Python encode"
    assert js("encode", index) == {"code": case["code"]}, "JavaScript encode"
    back = {"name": name, "group": group, "answers": answers}
    assert python_decode(case["code"]) == back, "Python decode"
    assert js("decode", index) == back, "JavaScript decode"


@pytest.mark.parametrize(
    ("index", "case"), list(enumerate(SHARE["refused"])), ids=[c["name"] for c in SHARE["refused"]]
)
def test_share_codes_refused_with_a_reason(index: int, case: dict[str, Any]) -> None:
    expected = {"error": case["reason"], "message": FORMAT["errors"][case["reason"]]}
    assert python_decode(case["code"]) == expected, "Python decode"
    assert js("decode", len(SHARE["codes"]) + index) == expected, "JavaScript decode"


@pytest.mark.parametrize(
    ("index", "case"), list(enumerate(SHARE["read"])), ids=[c["name"] for c in SHARE["read"]]
)
def test_share_codes_read(index: int, case: dict[str, Any]) -> None:
    assert python_decode(case["code"]) == case["expected"], "Python decode"
    position = len(SHARE["codes"]) + len(SHARE["refused"]) + index
    assert js("decode", position) == case["expected"], "JavaScript decode"


@pytest.mark.parametrize(("index", "case"), list(enumerate(SHARE["no_name"])))
def test_a_share_code_needs_a_name(index: int, case: dict[str, Any]) -> None:
    expected = {"error": "name", "message": FORMAT["nameNeeded"]}
    with pytest.raises(ShareCodeError, match="Tulis namamu dulu") as raised:
        encode(IDS, case["name"], "X-2", {"q1": 1})
    assert raised.value.reason == case["reason"]
    assert js("encode", len(SHARE["codes"]) + index) == expected, "JavaScript encode"


def test_share_codes_round_trip_1000_random_names_in_both_languages() -> None:
    """Python encodes → JS decodes, JS encodes → Python decodes, and the bytes agree."""
    encoded = len(SHARE["codes"]) + len(SHARE["no_name"])
    decoded = len(SHARE["codes"]) + len(SHARE["refused"]) + len(SHARE["read"])
    for n, name in enumerate(NAMES):
        python_code = encode(IDS, name, "X-2", {"q1": 1})
        js_code = js("encode", encoded + n)["code"]
        assert js_code == python_code, f"nama {name!r}: kode berbeda"
        back = {"name": name, "group": "X-2", "answers": {"q1": 1}}
        assert js("decode", decoded + n) == back, f"nama {name!r}: JS tidak membaca kode Python"
        assert python_decode(js_code) == back, f"nama {name!r}: Python tidak membaca kode JS"
    assert any("-" in encode(IDS, name, "", {})[4:-9] for name in NAMES), "'-' di muatan diuji"
    assert any(ord(c) > 0xFFFF for name in NAMES for c in name), "karakter di luar BMP diuji"


@pytest.mark.parametrize(("index", "pair"), list(enumerate(SHARE["fnv"])))
def test_checksum(index: int, pair: list[str]) -> None:
    assert fnv(pair[0]) == pair[1]
    assert js("fnv", index) == pair[1]


# Rekap Kelas CSV ----------------------------------------------------------------------
@pytest.mark.parametrize(("index", "pair"), list(enumerate(CSV["cells"])))
def test_csv_cells_cannot_run_as_formulas(index: int, pair: list[str]) -> None:
    assert js("csvCell", index) == pair[1]


def test_csv_table() -> None:
    assert [js("csv", n) for n in range(len(CSV["tables"]))] == [
        t["expected"] for t in CSV["tables"]
    ]


# Page texts with {name} slots ---------------------------------------------------------
#: Sent after the page texts: a slot with no value stays as written.
MISSING_SLOT = {"template": "{right} dari {total}", "values": {"right": 2}}


def handed_texts() -> set[str]:
    """Every text Python hands to the page scripts."""
    from kerjasama.selfchecks.practice_view import mixed_practice
    from kerjasama.selfchecks.recap import TEXTS as RECAP_TEXTS
    from kerjasama.selfchecks.render import SCORE_TEMPLATE

    handed = _string_values(page_settings()) | _string_values(RECAP_TEXTS) | {SCORE_TEMPLATE}
    return handed | _string_values(mixed_practice().data())


@cache
def fill_cases() -> list[tuple[str, dict[str, str]]]:
    """Each text with slots, with a value per slot that a careless filler would mangle
    (``$&`` is special in JavaScript's replace; ``{…}`` must not be filled again)."""
    cases = []
    for text in sorted(handed_texts()):
        slots = {name for _, name, _, _ in string.Formatter().parse(text) if name}
        if slots:
            cases.append((text, {s: f"{s}=$&{{{s}}}" for s in sorted(slots)}))
    return cases


def test_page_texts_are_filled_as_python_fills_them() -> None:
    """selfcheck.js's fill, which every page script uses, gives str.format's text."""
    cases = fill_cases()
    assert len(cases) >= 15, "teks bercelah yang diserahkan ke halaman tidak ditemukan"
    for n, (text, values) in enumerate(cases):
        assert js("fill", n) == text.format(**values), text


def test_a_slot_with_no_value_stays_as_written() -> None:
    assert js("fill", len(fill_cases())) == "2 dari {total}"


# Constants written once ---------------------------------------------------------------
def _string_values(data: Any) -> set[str]:
    if isinstance(data, str):
        return {data}
    if isinstance(data, dict):
        return set().union(*(_string_values(v) for v in data.values()), set())
    if isinstance(data, list):
        return set().union(*(_string_values(v) for v in data), set())
    return set()


def test_the_page_scripts_get_python_constants_as_data_not_as_copies() -> None:
    """No word, prefix or message that Python hands to the page is also a JS literal."""
    handed = handed_texts() | {FORMAT["prefix"], str(MASTERY_RULE["share"])}
    # The statuses themselves are the rule's answers (and DESIGN.md's data-status values).
    handed -= {"", "–", *MASTERY_RULE["labels"]}
    literal = re.compile(r'"((?:[^"\\]|\\.)*)"')
    for script in sorted(STATIC_DIR.glob("*.js")):
        text = script.read_text(encoding="utf-8")
        found = {s for s in literal.findall(text) if s in handed}
        assert not found, f"{script.name} menyalin konstanta Python: {sorted(found)}"
        assert not re.search(r"\b0\.8\b", text), f"{script.name} menyalin ambang penguasaan"
