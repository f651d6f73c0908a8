"""Measure build speed, kernel time, page weight and Lighthouse scores; write docs/benchmarks.md.

Usage: make bench   (or: .venv/bin/python tools/bench.py)
Everything runs on this machine in one go, and the book is compared side by side with a
stock Jupyter Book 1 book (``jupyter-book create``) served by the same local server.
"""

from __future__ import annotations

import datetime
import http.server
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from functools import partial
from pathlib import Path

from kerjasama.paths import build_command
from kerjasama.teacher.chromium import CHROMIUM, CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROMIUM_FLAGS = " ".join(CHROMIUM_ARGS)
BARE_IMPORTS = "from kerjasama import selfcheck, process_diagram, ConceptExplorer"
EXECUTING = "Executing notebook"


def build(root: Path) -> tuple[float, list[str]]:
    """Seconds for a strict build, and the chapters it executed."""
    started = time.monotonic()
    result = subprocess.run(
        build_command(), cwd=root, capture_output=True, text=True, check=False,
    )  # fmt: skip
    elapsed = time.monotonic() - started
    if result.returncode != 0:
        raise SystemExit(result.stdout[-3000:] + result.stderr[-3000:])
    ran = [Path(line.split(": Executing")[0]).name for line in result.stdout.splitlines()
           if EXECUTING in line]  # fmt: skip
    return elapsed, ran


def build_rows(work: Path) -> list[tuple[str, float, str]]:
    root = work / "buku"
    shutil.copytree(ROOT, root, ignore=shutil.ignore_patterns(
        "_build", ".venv", ".git", "node_modules", "__pycache__", "*.egg-info"))  # fmt: skip
    rows = []
    seconds, ran = build(root)
    rows.append(("Bangun dari awal", seconds, f"{len(ran)} bab dijalankan"))
    seconds, ran = build(root)
    rows.append(("Bangun ulang tanpa perubahan", seconds, f"{len(ran)} bab dijalankan"))
    chapter = root / "book" / "02-pengertian-kerja-sama.md"
    text = chapter.read_text(encoding="utf-8")
    chapter.write_text(text.replace("## Rangkuman", "## Rangkuman\n\nKalimat baru.", 1))
    seconds, ran = build(root)
    rows.append(("Setelah menyunting teks satu bab", seconds, ", ".join(ran) or "tidak ada bab"))
    text = chapter.read_text(encoding="utf-8")
    chapter.write_text(text.replace('selfcheck("', 'selfcheck( "', 1), encoding="utf-8")
    seconds, ran = build(root)
    rows.append(("Setelah menyunting kode satu bab", seconds, ", ".join(ran) or "tidak ada bab"))
    return rows


def kernel_rows() -> list[tuple[str, float, float]]:
    """Per chapter: kernel start plus the chapter's imports, and the whole chapter."""
    import jupytext
    import nbformat
    from nbclient import NotebookClient

    def timed(notebook: nbformat.NotebookNode) -> float:
        client = NotebookClient(notebook, timeout=120,
                                resources={"metadata": {"path": str(ROOT / "book")}})  # fmt: skip
        started = time.monotonic()
        with client.setup_kernel():
            for index, cell in enumerate(notebook.cells):
                client.execute_cell(cell, index)
        return time.monotonic() - started

    bare = timed(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(BARE_IMPORTS)]))
    rows = []
    for chapter in sorted((ROOT / "book").glob("0[1-8]-*.md")):
        rows.append((chapter.stem, bare, timed(jupytext.read(chapter))))
    return rows


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """The benchmark prints its own table; request lines would bury it."""


def serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def page_weight(url: str) -> int:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM,
                                     args=CHROMIUM_ARGS)  # fmt: skip
        page = browser.new_page()
        sizes: list[int] = []
        page.on("response", lambda response: sizes.append(len(response.body())))
        page.goto(url, wait_until="load")
        page.wait_for_timeout(500)
        browser.close()
    return sum(sizes)


def lighthouse(url: str, work: Path) -> tuple[int, int] | None:
    if not LIGHTHOUSE.exists():
        return None
    report = work / "lighthouse.json"
    subprocess.run(
        [str(LIGHTHOUSE), url, "--only-categories=performance,accessibility", "--quiet",
         "--output=json", f"--output-path={report}", f"--chrome-flags={CHROMIUM_FLAGS}"],
        env={**os.environ, "CHROME_PATH": CHROMIUM}, check=True, timeout=300,
    )  # fmt: skip
    scores = json.loads(report.read_text(encoding="utf-8"))["categories"]
    return round(scores["performance"]["score"] * 100), round(
        scores["accessibility"]["score"] * 100
    )


def page_rows(work: Path) -> list[tuple[str, int, tuple[int, int] | None]]:
    site = work / "situs"
    stock = work / "stock"
    subprocess.run([str(BIN / "jupyter-book"), "create", str(stock)], check=True,
                   capture_output=True)  # fmt: skip
    subprocess.run([str(BIN / "jupyter-book"), "build", str(stock)], check=True,
                   capture_output=True)  # fmt: skip
    shutil.copytree(stock / "_build" / "html", site / "stock")
    shutil.copytree(work / "buku" / "_build" / "html", site / "buku")
    server, base = serve(site)
    pages = [
        ("Jupyter Book 1 bawaan: intro.html", "stock/intro.html"),
        ("Jupyter Book 1 bawaan: notebooks.html", "stock/notebooks.html"),
        ("Buku ini: Pendahuluan", "buku/book/00-pendahuluan.html"),
        ("Buku ini: Bab 5", "buku/book/05-bentuk-kerja-sama.html"),
        ("Buku ini: Bab 7 (peta konsep)", "buku/book/07-peta-konsep.html"),
    ]
    try:
        return [(name, page_weight(f"{base}/{path}"), lighthouse(f"{base}/{path}", work))
                for name, path in pages]  # fmt: skip
    finally:
        server.shutdown()


def chromium_version() -> str:
    result = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True)
    return result.stdout.strip()


def report(builds: list, kernels: list, pages: list) -> str:  # type: ignore[type-arg]
    today = datetime.date.today().isoformat()
    lines = [
        "# Tolok ukur (benchmark)",
        "",
        f"Diukur pada {today} dengan `make bench` di {platform.platform()}, "
        f"{os.cpu_count()} inti CPU, Python {platform.python_version()}, {chromium_version()}.",
        "Semua angka berasal dari satu kali jalan; jalankan ulang untuk memperbaruinya.",
        "",
        "## Kecepatan membangun",
        "",
        "| Langkah | Detik | Bab yang dijalankan |",
        "|---|---:|---|",
        *[f"| {name} | {seconds:.1f} | {ran} |" for name, seconds, ran in builds],
        "",
        "## Waktu menjalankan bab di kernel",
        "",
        "Kolom pertama: kernel baru dinyalakan dan mengimpor paket bab "
        f"(`{BARE_IMPORTS}`). Kolom kedua: kernel baru menjalankan seluruh bab.",
        "",
        "| Bab | Kernel + impor (detik) | Seluruh bab (detik) |",
        "|---|---:|---:|",
        *[f"| {stem} | {bare:.2f} | {full:.2f} |" for stem, bare, full in kernels],
        "",
        "## Berat halaman dan Lighthouse (profil ponsel)",
        "",
        "Kunjungan pertama, tanpa kompresi, dari server lokal yang sama untuk kedua buku.",
        "",
        "| Halaman | Bita dimuat | Performa | Aksesibilitas |",
        "|---|---:|---:|---:|",
    ]
    for name, weight, scores in pages:
        perf, access = scores if scores else ("–", "–")
        lines.append(f"| {name} | {weight:,} | {perf} | {access} |".replace(",", "."))
    return "\n".join(lines) + "\n"


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        builds = build_rows(work)
        kernels = kernel_rows()
        pages = page_rows(work)
    text = report(builds, kernels, pages)
    target = ROOT / "docs" / "benchmarks.md"
    target.parent.mkdir(exist_ok=True)
    target.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
