"""Find runs of 12 consecutive words shared with the seed articles, by fingerprint."""

from __future__ import annotations

import hashlib
import re

RUN_LENGTH = 12


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def word_runs(items: list[str], length: int = RUN_LENGTH) -> set[tuple[str, ...]]:
    return {tuple(items[i : i + length]) for i in range(len(items) - length + 1)}


def fingerprint(run: tuple[str, ...]) -> str:
    return hashlib.sha256(" ".join(run).encode()).hexdigest()[:20]


def fingerprints(runs: set[tuple[str, ...]]) -> set[str]:
    return {fingerprint(run) for run in runs}


def copied_runs(text: str, seed_fingerprints: set[str]) -> list[str]:
    """The runs of ``text`` whose fingerprint is a seed's, as readable strings."""
    return [
        " ".join(run) for run in word_runs(words(text)) if fingerprint(run) in seed_fingerprints
    ]
