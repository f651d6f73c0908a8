"""Shared fixtures: the repository paths, the strict book build and headless Chromium."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kerjasama.content.checks import check_content
from kerjasama.paths import build_command
from kerjasama.selfchecks.answers import ANSWERS_ENV
from kerjasama.teacher.chromium import CHROMIUM, CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parents[1]
HTML = ROOT / "_build" / "html"
DATA = ROOT / "book" / "data"
BIN = Path(sys.executable).parent
BUILD_COMMAND = build_command()


@pytest.fixture(autouse=True)
def _answers_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Answers given to kernel widgets in a test go to the test's own file, never ~."""
    path = tmp_path / "jawaban.json"
    monkeypatch.setenv(ANSWERS_ENV, str(path))
    return path


def build_book(root: Path) -> subprocess.CompletedProcess[str]:
    """Run the strict build in ``root``; output is stdout and stderr together."""
    return subprocess.run(
        BUILD_COMMAND,
        cwd=root,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        timeout=900,
        check=False,
    )


def copy_repository(destination: Path) -> Path:
    """A copy of the working tree without build output, environments or caches."""
    ignore = shutil.ignore_patterns(
        "_build",
        ".venv",
        ".git",
        "__pycache__",
        ".pytest_cache",
        ".ruff_cache",
        "*.egg-info",
        ".ipynb_checkpoints",
    )
    shutil.copytree(ROOT, destination, ignore=ignore)
    return destination


@pytest.fixture(scope="session")
def built_book() -> Path:
    """The strictly built HTML book (built here when missing or out of date)."""
    result = build_book(ROOT)
    assert result.returncode == 0, result.stdout[-5000:]
    return HTML


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's Chromium driven by Playwright (never Playwright's own download)."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium tidak ditemukan di /usr/bin/chromium: jalankan `make chromium`.")
    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture()
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of book/ (data and bibliography) to break on purpose."""
    book = tmp_path / "book"
    shutil.copytree(DATA, book / "data")
    shutil.copy(ROOT / "book" / "references.bib", book / "references.bib")
    return book / "data"


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"teks yang akan diganti tidak ada: {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def messages(data: Path) -> str:
    return "\n".join(p.format(data.parent.parent) for p in check_content(data))
