"""Shared fixtures: the repository paths, the fixture books, golden files, the strict book
build and headless Chromium.

Tests of the code run on small fixed books under ``tests/roots/`` (copied to a temporary
folder by ``make_root`` before a test breaks them on purpose), never on the live book, so a
teacher's edit to ``book/`` cannot look like a regression. Only tests about the book itself
read ``book/``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kerjasama.content.checks import check_content
from kerjasama.paths import DATA_ENV, build_command
from kerjasama.selfchecks.answers import ANSWERS_ENV
from kerjasama.teacher.chromium import CHROMIUM, CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parents[1]
HTML = ROOT / "_build" / "html"
DATA = ROOT / "book" / "data"
ROOTS = Path(__file__).parent / "roots"
#: The fixture book the code is tested on: two Materi chapters, one Evaluasi chapter,
#: a question of every type, two scenarios. Read it directly; copy it to change it.
MINI_BOOK = ROOTS / "mini-book"
MINI_DATA = MINI_BOOK / "book" / "data"
GOLDEN = Path(__file__).parent / "golden"
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


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite the golden files under tests/golden/ from the current output",
    )


@pytest.fixture()
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """Compare text with ``tests/golden/<name>`` exactly (``--update-golden`` rewrites it)."""
    update = bool(request.config.getoption("--update-golden"))

    def compare(name: str, text: str) -> None:
        path = GOLDEN / name
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            return
        assert path.exists(), f"{path} belum ada: jalankan `make golden`"
        expected = path.read_text(encoding="utf-8")
        assert text == expected, (
            f"keluaran berbeda dari {path.relative_to(ROOT)}; bila perubahan ini disengaja, "
            "jalankan `make golden` dan periksa diff-nya"
        )

    return compare


@pytest.fixture()
def make_root(tmp_path: Path) -> Callable[[str], Path]:
    """A writable copy of a fixture book under ``tests/roots/``, by name (``"mini-book"``)."""

    def make(name: str) -> Path:
        destination = tmp_path / name
        shutil.copytree(ROOTS / name, destination)
        return destination

    return make


@pytest.fixture()
def mini_book(make_root: Callable[[str], Path]) -> Path:
    """A writable copy of ``tests/roots/mini-book`` (its root folder)."""
    return make_root("mini-book")


@pytest.fixture()
def mini_data(mini_book: Path) -> Path:
    """The ``book/data`` folder of a writable copy of the mini book."""
    return mini_book / "book" / "data"


@pytest.fixture()
def on_mini_book(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Views that read "the book's content" (diagrams, explorer, selfcheck()) read the
    mini book's, as they read book/data in a kernel of the real book."""
    monkeypatch.setenv(DATA_ENV, str(MINI_DATA))
    return MINI_DATA


def edit(path: Path, old: str, new: str) -> None:
    """Replace the first ``old`` in a fixture copy; fail loudly if the fixture lacks it."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"teks yang akan diganti tidak ada: {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def messages(data: Path) -> str:
    """Every problem ``check_content`` finds, formatted relative to the book's root."""
    return "\n".join(p.format(data.parent.parent) for p in check_content(data))
