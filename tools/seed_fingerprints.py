"""Record fingerprints of every 12-word run in the seed articles (never their text).

Usage: python tools/seed_fingerprints.py ../shared/seeds/*.txt
Writes tests/data/seed-runs.txt, which tests/test_chapters.py uses to prove that no run
of 12 consecutive words from a seed appears in the book, on machines without the seeds.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.seedcheck import fingerprints, word_runs, words

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "seed-runs.txt"


def main(paths: list[str]) -> None:
    runs: set[tuple[str, ...]] = set()
    for path in paths:
        runs |= word_runs(words(Path(path).read_text(encoding="utf-8")))
    OUT.write_text("\n".join(sorted(fingerprints(runs))) + "\n", encoding="utf-8")
    print(f"{len(runs)} runs from {len(paths)} seeds → {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
