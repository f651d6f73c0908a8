"""Measure build speed, kernel time, page weight and Lighthouse scores; write docs/benchmarks.md.

Usage: make bench   (or: .venv/bin/python tools/bench.py)
Everything runs on this machine in one go, and the book is compared side by side with a
stock Jupyter Book 1 book (``jupyter-book create``) served by the same local server.
"""

from __future__ import annotations

import datetime
import gzip
import http.server
import io
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
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
RUNS = 3
MIN_PERFORMANCE = 95
MAX_FCP_MS = 1800
COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".webmanifest", ".txt", ".inv"}


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


class CompressingHandler(http.server.SimpleHTTPRequestHandler):
    """Serves as the book's host does (GitHub Pages): gzip for text, kept-alive connections.

    Both books are served by this same handler, so the comparison stays side by side.
    """

    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        """The benchmark prints its own table; request lines would bury it."""

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.suffix in COMPRESSED and path.is_file()):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = partial(CompressingHandler, directory=str(folder))
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


@dataclass(frozen=True)
class Score:
    performance: int
    accessibility: int
    fcp_ms: float
    lcp_ms: float
    tbt_ms: float
    transferred: int
    requests: int
    #: Lighthouse's own measure of the host CPU: its 4x slowdown is relative to it.
    benchmark_index: float


def lighthouse(url: str, work: Path) -> Score | None:
    """Lighthouse's mobile profile, the median run (by performance) of ``RUNS``."""
    if not LIGHTHOUSE.exists():
        return None
    report = work / "lighthouse.json"
    scores = []
    for _ in range(RUNS):
        subprocess.run(
            [str(LIGHTHOUSE), url, "--only-categories=performance,accessibility", "--quiet",
             "--output=json", f"--output-path={report}", f"--chrome-flags={CHROMIUM_FLAGS}"],
            env={**os.environ, "CHROME_PATH": CHROMIUM}, check=True, timeout=300,
        )  # fmt: skip
        result = json.loads(report.read_text(encoding="utf-8"))
        audits, categories = result["audits"], result["categories"]
        scores.append(Score(
            round(categories["performance"]["score"] * 100),
            round(categories["accessibility"]["score"] * 100),
            audits["first-contentful-paint"]["numericValue"],
            audits["largest-contentful-paint"]["numericValue"],
            audits["total-blocking-time"]["numericValue"],
            int(audits["total-byte-weight"]["numericValue"]),
            len(audits["network-requests"]["details"]["items"]),
            result["environment"]["benchmarkIndex"],
        ))  # fmt: skip
    return sorted(scores, key=lambda score: score.performance)[len(scores) // 2]


def page_rows(work: Path) -> list[tuple[str, bool, int, Score | None]]:
    """(page, whether the gate applies, bytes loaded, Lighthouse) for both books."""
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
        ("Jupyter Book 1 bawaan: intro.html", False, "stock/intro.html"),
        ("Jupyter Book 1 bawaan: notebooks.html", False, "stock/notebooks.html"),
        ("Buku ini: Pendahuluan", True, "buku/book/00-pendahuluan.html"),
    ] + [
        (f"Buku ini: {chapter.stem}", True, f"buku/book/{chapter.stem}.html")
        for chapter in sorted((ROOT / "book").glob("0[1-8]-*.md"))
    ]
    try:
        return [(name, gated, page_weight(f"{base}/{path}"), lighthouse(f"{base}/{path}", work))
                for name, gated, path in pages]  # fmt: skip
    finally:
        server.shutdown()


def gate_failures(pages: list[tuple[str, bool, int, Score | None]]) -> list[str]:
    """Chapter pages below the phone-reader gate (performance and first paint)."""
    return [
        f"{name}: performa {score.performance}, FCP {score.fcp_ms / 1000:.1f} s"
        for name, gated, _weight, score in pages
        if gated and score and (score.performance < MIN_PERFORMANCE or score.fcp_ms > MAX_FCP_MS)
    ]


def chromium_version() -> str:
    result = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True)
    return result.stdout.strip()


def host_speed(pages: list[tuple[str, bool, int, Score | None]]) -> str:
    """Why the scores move from machine to machine: the throttling is relative to the host."""
    indices = sorted(score.benchmark_index for *_, score in pages if score is not None)
    if not indices:
        return "Lighthouse tidak terpasang: skor tidak diukur."
    return (
        f"Kecepatan CPU mesin ini menurut Lighthouse (`benchmarkIndex`, median): "
        f"{indices[len(indices) // 2]:.0f}. Lighthouse memperlambat CPU empat kali dari mesin "
        "yang menjalankannya, jadi di mesin yang lebih lambat waktu blokir (TBT) naik dan "
        "skor performa turun; bandingkan angka hanya antara jalan di mesin yang setara."
    )


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
        f"Kunjungan pertama. Kedua buku disajikan oleh server lokal yang sama, seperti GitHub "
        f"Pages menyajikan buku ini: gzip untuk berkas teks dan sambungan HTTP/1.1 yang tetap "
        f"terbuka. Lighthouse {RUNS} kali per halaman; yang dicatat adalah jalan dengan skor "
        f'performa tengah (median). "Bita dimuat" adalah ukuran asli (sebelum gzip); '
        f'"Bita terkirim" adalah yang lewat jaringan. Gerbang: performa ≥ {MIN_PERFORMANCE} '
        f"dan FCP ≤ {MAX_FCP_MS / 1000:.1f} s di setiap halaman bab.",
        "",
        host_speed(pages),
        "",
        "| Halaman | Bita dimuat | Bita terkirim | Permintaan | Performa | FCP (s) | LCP (s) "
        "| TBT (ms) | Aksesibilitas |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, _gated, weight, score in pages:
        if score is None:
            lines.append(f"| {name} | {weight:,} | – | – | – | – | – | – | – |".replace(",", "."))
            continue
        lines.append(
            f"| {name} | {weight:,} | {score.transferred:,} | {score.requests} | "
            f"{score.performance} | {score.fcp_ms / 1000:.1f} | {score.lcp_ms / 1000:.1f} | "
            f"{score.tbt_ms:,.0f} | {score.accessibility} |".replace(",", ".")
        )
    failures = gate_failures(pages)
    lines += [
        "",
        "Gerbang: " + ("lulus." if not failures else "belum lulus: " + "; ".join(failures) + "."),
    ]
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
    failures = gate_failures(pages)
    if failures:
        raise SystemExit("Gerbang kinerja ponsel belum lulus:\n" + "\n".join(failures))


if __name__ == "__main__":
    main()
