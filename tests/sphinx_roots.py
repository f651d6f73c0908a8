"""Fixtures for the extension tests on the tiny roots under ``tests/roots``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kerjasama.paths import DATA_ENV

ROOTS = Path(__file__).parent / "roots"


@pytest.fixture(scope="session")
def rootdir() -> Path:
    """Where ``sphinx.testing`` finds ``testroot="kerjasama"``."""
    return ROOTS


@pytest.fixture()
def restore_data_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The extension exports the data folder to kernels; undo that after each test."""
    monkeypatch.setenv(DATA_ENV, "")
    yield
