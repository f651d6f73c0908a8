"""Pack the built book into one .zip that works when unzipped and opened from disk."""

from __future__ import annotations

import zipfile
from pathlib import Path

FOLDER = "buku-kerja-sama"


def zip_book(html: Path, archive: Path) -> Path:
    """Zip ``_build/html`` under one folder; the reader opens ``index.html`` inside it."""
    if not (html / "index.html").exists():
        raise SystemExit("Buku belum dibangun: jalankan 'make book' dulu.")
    archive.parent.mkdir(parents=True, exist_ok=True)
    partial = archive.with_suffix(".zip.part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bundle:
        for path in sorted(html.rglob("*")):
            if path.is_file() and ".doctrees" not in path.parts:
                bundle.write(path, f"{FOLDER}/{path.relative_to(html)}")
    partial.replace(archive)
    return archive
