"""Command line for teachers: ``python -m kerjasama check``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .checks import check_content
from .errors import ContentError
from .paths import data_dir


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="kerjasama", description="Alat bantu guru untuk buku Kerja Sama."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="periksa semua isi buku tanpa membangunnya")
    check.add_argument("--data", type=Path, default=None, help="folder book/data")
    args = parser.parse_args(argv)

    if args.command == "check":
        data = (args.data or data_dir()).resolve()
        problems = check_content(data)
        if problems:
            print(ContentError(problems).format(data.parent.parent), file=sys.stderr)
            return 1
        print(f"Isi buku di {data} sudah benar: tidak ada masalah.")
    return 0
