"""Preview the book on 127.0.0.1 and rebuild it whenever a chapter or content file changes."""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import threading
import time
from pathlib import Path

from kerjasama.paths import build_command

WATCHED = ("book", "src", "_config.yml", "_toc.yml")
#: A preview skips slimming the theme's assets: seconds saved on every rebuild.
PREVIEW_ENV = {**os.environ, "KERJASAMA_SLIM": "0"}


def _snapshot(root: Path) -> dict[Path, float]:
    files: dict[Path, float] = {}
    for name in WATCHED:
        target = root / name
        paths = [target] if target.is_file() else target.rglob("*")
        for path in paths:
            if path.is_file() and "__pycache__" not in path.parts:
                files[path] = path.stat().st_mtime
    return files


def build(root: Path) -> bool:
    """The strict build, as ``make book`` runs it; True when it passed."""
    result = subprocess.run(build_command(), cwd=root, check=False, env=PREVIEW_ENV)
    return result.returncode == 0


def serve(root: Path, port: int = 8000, interval: float = 1.0) -> None:
    """Serve ``_build/html``; poll the sources and rebuild on change until Ctrl+C."""
    build(root)
    handler = functools.partial(
        http.server.SimpleHTTPRequestHandler, directory=str(root / "_build" / "html")
    )
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"Pratinjau: http://127.0.0.1:{port}/  (Ctrl+C untuk berhenti)")
    seen = _snapshot(root)
    try:
        while True:
            time.sleep(interval)
            now = _snapshot(root)
            if now != seen:
                print("Ada perubahan: buku dibangun ulang …")
                ok = build(root)
                print("Selesai; muat ulang halaman." if ok else "Ada masalah; lihat pesan di atas.")
                seen = _snapshot(root)
    except KeyboardInterrupt:
        server.shutdown()
