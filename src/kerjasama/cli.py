"""Command line for teachers: ``python -m kerjasama check|build|chapter|lkpd|offline|serve``."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from kerjasama.errors import ContentError
from kerjasama.paths import build_command, data_dir


def _check(args: argparse.Namespace) -> int:
    from kerjasama.content.checks import check_content

    data = (args.data or data_dir()).resolve()
    root = data.parent.parent
    problems = check_content(data)
    if problems and args.format == "github":
        # Workflow commands must go to standard output; the summary stays readable in the log.
        for problem in problems:
            print(problem.github_annotation(root))
        print(ContentError(problems).format(root), file=sys.stderr)
        return 1
    if problems:
        print(ContentError(problems).format(root), file=sys.stderr)
        return 1
    print(f"Isi buku di {data} sudah benar: tidak ada masalah.")
    return 0


def _build(args: argparse.Namespace) -> int:
    return subprocess.run(build_command(), cwd=args.root.resolve(), check=False).returncode


def _chapter(args: argparse.Namespace) -> int:
    from kerjasama.teacher.scaffold import scaffold_chapter

    root = args.root.resolve()
    try:
        made = scaffold_chapter(root, args.slug, args.title)
    except ContentError as exc:
        print(exc.format(root), file=sys.stderr)
        print("Tidak ada berkas yang diubah.", file=sys.stderr)
        return 1
    chapter, bank = made.chapter.relative_to(root), made.bank.relative_to(root)
    print(f"Bab baru dibuat: {chapter}")
    print(f"Bank soal dibuat: {bank}")
    print(f"Daftar isi diperbarui: {made.toc.relative_to(root)} (bagian Materi)")
    print("Langkah berikutnya:")
    print(f"  1. Ganti teks petunjuk di {chapter} dengan materi babmu.")
    print(f"  2. Ganti soal contoh di {bank} dengan soal tentang babmu.")
    print("  3. Jalankan 'make check', lalu 'make book' untuk melihat hasilnya.")
    return 0


def _lkpd(args: argparse.Namespace) -> int:
    from kerjasama.site_cache import refresh_site_cache
    from kerjasama.teacher.lkpd import write_worksheets

    root = args.root.resolve()
    for path in write_worksheets(root, args.out.resolve()):
        print(path.relative_to(root) if path.is_relative_to(root) else path)
    # Readers can now also save the worksheets for offline reading.
    refresh_site_cache(args.out.resolve().parent)
    return 0


def _offline(args: argparse.Namespace) -> int:
    from kerjasama.teacher.offline import zip_book

    root = args.root.resolve()
    archive = zip_book(root / "_build" / "html", args.out.resolve())
    print(f"Salinan luring siap: {archive}")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from kerjasama.teacher.serve import serve

    serve(args.root.resolve(), args.port)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="kerjasama", description="Alat bantu guru untuk buku Kerja Sama."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="periksa semua isi buku tanpa membangunnya")
    check.add_argument("--data", type=Path, default=None, help="folder book/data")
    check.add_argument(
        "--format",
        choices=("teks", "github"),
        default="teks",
        help="'github': tulis juga anotasi GitHub Actions agar pesan tampil di baris yang diubah",
    )
    build = commands.add_parser("build", help="bangun buku HTML secara ketat (peringatan = galat)")
    chapter = commands.add_parser("chapter", help="buat bab baru dari templat")
    chapter.add_argument("slug", help="nama pendek bab, misalnya akomodasi")
    chapter.add_argument("title", help='judul bab, misalnya "Akomodasi"')
    lkpd = commands.add_parser("lkpd", help="buat LKPD dan kunci jawaban (PDF) setiap bab")
    lkpd.add_argument("--out", type=Path, default=Path("_build/html/lkpd"))
    offline = commands.add_parser("offline", help="kemas buku yang sudah dibangun jadi .zip")
    offline.add_argument("--out", type=Path, default=Path("_build/buku-kerja-sama-luring.zip"))
    serve = commands.add_parser("serve", help="pratinjau di 127.0.0.1, dibangun ulang saat berubah")
    serve.add_argument("--port", type=int, default=8000)
    for command in (build, chapter, lkpd, offline, serve):
        command.add_argument("--root", type=Path, default=Path.cwd(), help="folder repositori")
    args = parser.parse_args(argv)
    handler = {
        "check": _check,
        "build": _build,
        "chapter": _chapter,
        "lkpd": _lkpd,
        "offline": _offline,
        "serve": _serve,
    }
    return handler[args.command](args)
