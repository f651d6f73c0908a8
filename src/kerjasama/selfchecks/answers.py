"""The answers a student gives in a live kernel, kept in one small file per computer.

Each chapter runs in its own kernel, so the answers of one notebook reach the progress
notebook through this file (on Binder: the session's home folder). A record has the
shape ``selfcheck.js`` keeps in the browser: ``{"v": 2, "answer": ..., "checked": ...}``.
A file that cannot be read is moved aside to ``*.rusak``, never silently overwritten.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

#: Where the answers are kept; tests and teachers may point it elsewhere.
ANSWERS_ENV = "KERJASAMA_JAWABAN"
VERSION = 2
#: Where ``selfcheck.js`` keeps each answer in the browser: ``localStorage[prefix + id]``.
BROWSER_PREFIX = "kerjasama-selfcheck:"


def browser_storage() -> dict[str, Any]:
    """The browser's storage settings, handed to the page as data (``selfcheck.js``)."""
    return {"prefix": BROWSER_PREFIX, "version": VERSION}


def answers_path() -> Path:
    chosen = os.environ.get(ANSWERS_ENV)
    return Path(chosen) if chosen else Path.home() / ".kerjasama" / "jawaban.json"


def load_answers() -> dict[str, dict[str, Any]]:
    """Question id → record; empty when nothing has been answered in a kernel yet."""
    path = answers_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        path.replace(path.with_name(path.name + ".rusak"))
        return {}
    if not isinstance(data, dict) or not isinstance(data.get("answers"), dict):
        return {}
    return {
        ident: {
            "v": VERSION,
            "answer": record.get("answer"),
            "checked": bool(record.get("checked")),
        }
        for ident, record in data["answers"].items()
        if isinstance(record, dict) and "answer" in record
    }


def _write(answers: dict[str, dict[str, Any]]) -> None:
    path = answers_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"v": VERSION, "answers": answers}, ensure_ascii=False, indent=1)
    with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, encoding="utf-8") as out:
        out.write(text)
    os.replace(out.name, path)


def save_answer(ident: str, answer: Any, checked: bool) -> None:
    """Keep one answer; a computer that cannot write simply keeps nothing."""
    answers = load_answers()
    answers[ident] = {"v": VERSION, "answer": answer, "checked": checked}
    with contextlib.suppress(OSError):
        _write(answers)


def forget_answer(ident: str) -> None:
    answers = load_answers()
    if answers.pop(ident, None) is not None:
        with contextlib.suppress(OSError):
            _write(answers)


def forget_all() -> None:
    with contextlib.suppress(OSError):
        answers_path().unlink(missing_ok=True)
