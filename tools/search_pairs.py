"""Do two forms of a word find the same pages? Measured on a built book's search page.

For each pair of queries a reader would expect to find the same pages (*persaingan* and
*bersaing*), Chromium opens ``search.html?q=...`` for both, waits until the search has
finished, and the two sets of result pages are compared (Jaccard: shared pages / all
pages). Prints a Markdown table; with two folders, before and after side by side.

    python tools/search_pairs.py _build/html
    python tools/search_pairs.py /tmp/before/html _build/html

``tests/test_search_browser.py`` runs the same measurement on the book it builds.
"""

from __future__ import annotations

import http.server
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import quote

from kerjasama.teacher.chromium import CHROMIUM, CHROMIUM_ARGS

#: Word forms a reader expects to find the same pages (the first five from issue 26).
PAIRS: list[tuple[str, str]] = [
    ("kerja sama", "kerjasama"),
    ("persaingan", "bersaing"),
    ("kesepakatan", "sepakat"),
    ("perjanjian", "berjanji"),
    ("gotong-royong", "gotong royong"),
    ("gotong royong", "gotongroyong"),
    ("tolong-menolong", "tolong menolong"),
    ("menolong", "pertolongan"),
    ("kerukunan", "rukun"),
    ("bekerja", "kerja"),
    ("pertukaran", "bertukar"),
    ("pembagian", "membagi"),
    ("keputusan", "memutuskan"),
    ("kesejahteraan", "sejahtera"),
    ("bantuan", "membantu"),
    ("persatuan", "bersatu"),
    ("kebersamaan", "bersama"),
    ("bergabung", "gabungan"),
    ("perdagangan", "pedagang"),
    ("pertemuan", "bertemu"),
    ("hubungan", "berhubungan"),
    ("perbedaan", "berbeda"),
    ("perundingan", "berunding"),
    ("tanggung jawab", "bertanggung jawab"),
    ("kepemimpinan", "pemimpin"),
    ("pemahaman", "memahami"),
    ("kelompok", "berkelompok"),
    ("usaha", "berusaha"),
]

#: English terms the book uses: they must still find pages.
ENGLISH = ["bargaining", "joint venture", "cooperation"]

#: Queries the browser test also looks at (ranking, glossary).
EXTRA = ["kerukunan"]

FINISHED = """() => {
  const status = document.querySelector("#search-results p.search-summary");
  return status !== null && status.textContent.trim().length > 0;
}"""


@dataclass(frozen=True)
class Result:
    """One finished search: the result rows (title, link) in the order shown."""

    query: str
    rows: tuple[tuple[str, str], ...]

    @property
    def pages(self) -> frozenset[str]:
        return frozenset(link.split("#")[0] for _, link in self.rows)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared pages over all pages; two empty sets agree (1.0)."""
    return 1.0 if not a | b else len(a & b) / len(a | b)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Request lines would bury the table."""


@contextmanager
def served(folder: Path) -> Iterator[str]:
    """The folder on 127.0.0.1, as a reader's browser reaches the book."""
    handler = partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def search(page: Any, base: str, query: str) -> Result:
    """Run one query on the search page and wait until Sphinx reports it finished."""
    page.goto(f"{base}search.html?q={quote(query)}")
    page.wait_for_function(FINISHED, timeout=30_000)
    rows = page.eval_on_selector_all(
        "#search-results ul.search > li > a",
        "links => links.map(a => [a.textContent, a.getAttribute('href')])",
    )
    return Result(query, tuple((title, link) for title, link in rows))


def measure(browser: Any, folder: Path, queries: list[str]) -> dict[str, Result]:
    """Every query's results on the book in ``folder``."""
    with served(folder) as base:
        page = browser.new_page()
        try:
            return {query: search(page, base, query) for query in queries}
        finally:
            page.close()


def all_queries() -> list[str]:
    return list(dict.fromkeys([q for pair in PAIRS for q in pair] + ENGLISH + EXTRA))


def table(runs: list[dict[str, Result]], labels: list[str]) -> str:
    """Markdown: each pair's page counts and Jaccard, one column group per build."""
    head = "| query A | query B | " + " | ".join(
        f"{lb}: pages A/B | {lb}: Jaccard" for lb in labels
    )
    lines = [head + " |", "|---|---|" + "---|---|" * len(labels)]
    for a, b in PAIRS:
        cells = []
        for run in runs:
            pa, pb = run[a].pages, run[b].pages
            cells += [f"{len(pa)}/{len(pb)}", f"{jaccard(pa, pb):.2f}"]
        lines.append(f"| {a} | {b} | " + " | ".join(cells) + " |")
    for query in ENGLISH:
        cells = []
        for run in runs:
            cells += [f"{len(run[query].pages)}", "–"]
        lines.append(f"| {query} | (English) | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(folders: list[str]) -> int:
    from playwright.sync_api import sync_playwright

    if not folders:
        print(__doc__)
        return 2
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        runs = [measure(browser, Path(folder), all_queries()) for folder in folders]
        browser.close()
    labels = ["before", "after"] if len(folders) == 2 else [Path(f).name for f in folders]
    print(table(runs, labels))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
