"""Self-checks in a live kernel: execute the chapter, drive its widgets, compare verdicts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kerjasama.content.toc import toc_entries
from kerjasama.selfchecks.grading import grade
from kerjasama.selfchecks.render import feedback_html

from .conftest import ROOT
from .selfcheck_cases import (
    answers_for,
    chapter_questions,
    chapters_with_selfchecks,
    feedback_texts,
)

pytestmark = pytest.mark.slow
CHAPTERS = chapters_with_selfchecks()

DRIVER = """
import json
from kerjasama.selfchecks.widget import LIVE_VIEWS

def set_answer(view, answer):
    if view.question.type in {"single", "truefalse"}:
        view.radio.value = answer
    elif view.question.type == "multiple":
        for index, box in enumerate(view.boxes):
            box.value = index in answer
    else:
        for select, value in zip(view.selects, answer):
            select.value = value

results = {}
for case in json.loads(%r):
    view = LIVE_VIEWS[case["id"]]
    for name in ("wrong", "right"):
        view.reset_button.click()
        set_answer(view, case[name])
        view.check_button.click()
        results[case["id"] + ":" + name] = {"state": view.state, "html": view.feedback.value}
print(json.dumps(results))
"""


@pytest.mark.parametrize("chapter", CHAPTERS, ids=[c.stem for c in CHAPTERS])
def test_widgets_in_a_kernel_give_the_books_verdicts(chapter: Path) -> None:
    import jupytext
    import nbformat
    from nbclient import NotebookClient

    questions = chapter_questions(chapter)
    cases = []
    for question in questions:
        wrong, right = answers_for(question)
        cases.append({"id": question.id, "wrong": wrong, "right": right})
    notebook = jupytext.read(chapter)
    notebook.cells.append(nbformat.v4.new_code_cell(DRIVER % json.dumps(cases)))
    NotebookClient(
        notebook, timeout=120, resources={"metadata": {"path": str(chapter.parent)}}
    ).execute()

    printed = "".join(o.get("text", "") for o in notebook.cells[-1].outputs)
    results = json.loads(printed)
    for question, case in zip(questions, cases, strict=True):
        for name, state in (("wrong", "incorrect"), ("right", "correct")):
            got = results[f"{question.id}:{name}"]
            verdict = grade(question, case[name])
            assert verdict is not None and verdict.state == state
            assert got["state"] == state, question.id
            assert feedback_texts(got["html"]) == feedback_texts(feedback_html(question, verdict))


#: The numbered pages of the table of contents, whatever chapters a teacher has added.
ALL_CHAPTERS = [
    path
    for path in (entry.path(ROOT) for entry in toc_entries(ROOT)[0])
    if path.exists() and path.name[:2].isdigit()
]


@pytest.mark.parametrize("chapter", ALL_CHAPTERS, ids=[c.stem for c in ALL_CHAPTERS])
def test_every_chapter_runs_in_a_kernel_within_five_seconds(chapter: Path) -> None:
    import time

    import jupytext
    from nbclient import NotebookClient

    notebook = jupytext.read(chapter)
    client = NotebookClient(
        notebook, timeout=60, resources={"metadata": {"path": str(chapter.parent)}}
    )
    with client.setup_kernel():
        started = time.monotonic()
        for index, cell in enumerate(notebook.cells):
            client.execute_cell(cell, index)
        elapsed = time.monotonic() - started
    errors = [o for c in notebook.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert errors == []
    assert elapsed < 5, f"{chapter.name} butuh {elapsed:.1f} detik"
