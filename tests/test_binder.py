"""Binder stand-in: a fresh environment from the Binder files alone runs a chapter in JupyterLab.

Binder (repo2docker) installs ``requirements.txt`` on ``runtime.txt``'s Python and then
runs ``postBuild``. This test does the same in a new virtual environment, starts
JupyterLab on 127.0.0.1 at the repository root, opens the chapters by the path in the
book's Binder button, runs every cell in Chromium and checks what a student would see:
the book's MyST rendered (jupyterlab-myst), an Indonesian interface, no news prompt, a
single-document view, the cells running, a self-check answered.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from kerjasama.content.toc import CHAPTER_PART, EVALUATION_PART, chapter_files

from .conftest import ROOT

pytestmark = pytest.mark.slow

TOKEN = "uji-binder"
#: Limits, not delays: every wait below ends as soon as its state shows. On a busy 2-core
#: machine (other work and two CPU hogs on both cores) the whole test, three notebooks'
#: kernel starts, Run Alls and widget replies, took about 2 minutes and the install of
#: requirements.txt 11-12 minutes; each limit leaves room for a machine twice as slow.
SERVER_LIMIT_S = 300
INSTALL_LIMIT_S = 2400
KERNEL_LIMIT_MS = 300_000
#: One answer from the kernel to a widget (a choice, a click): well under a second idle.
REPLY_LIMIT_MS = 60_000


def binder_url_path(built_book: Path, page: str) -> str:
    """The ``urlpath`` of the Binder launch button on a built page."""
    html = (built_book / page).read_text(encoding="utf-8")
    link = re.search(r'href="(https://mybinder\.org/v2/gh/[^"]+)"', html)
    assert link, f"tombol Binder tidak ada di {page}"
    query = parse_qs(urlparse(link.group(1).replace("&amp;", "&")).query)
    return unquote(query["urlpath"][0])


def tracked_copy(destination: Path) -> Path:
    """The repository as Binder clones it: tracked files only (plus the working changes)."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    for name in listed:
        source = ROOT / name
        if source.is_file():
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return destination


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_serving(url: str, server: subprocess.Popen[bytes], log: Path) -> None:
    """Until the server answers its status API; a server that stops fails at once.

    A process gives no signal when it starts listening, so this asks every half second.
    """
    deadline = time.monotonic() + SERVER_LIMIT_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"JupyterLab berhenti ({server.returncode}):\n{log.read_text()}")
        try:
            urllib.request.urlopen(f"{url}/api/status?token={TOKEN}", timeout=10)
            return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"JupyterLab tidak menjawab dalam {SERVER_LIMIT_S} detik:\n{log.read_text()}")


@pytest.fixture(scope="module")
def binder_lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    base = tmp_path_factory.mktemp("binder")
    repo = tracked_copy(base / "repo")
    assert (repo / "runtime.txt").read_text().strip() == "python-3.11"
    venv = base / "env"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        # --no-compile: the kernel compiles what it imports; compiling every file of
        # JupyterLab's dependencies up front only lengthens the install.
        [str(python), "-m", "pip", "install", "--quiet", "--no-compile", "-r", "requirements.txt"],
        cwd=repo,
        check=True,
        timeout=INSTALL_LIMIT_S,
        stderr=subprocess.DEVNULL,
    )
    home = base / "home"
    home.mkdir()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "VIRTUAL_ENV"))},
        "HOME": str(home),
        "PATH": f"{venv / 'bin'}:{os.environ['PATH']}",
        "JUPYTER_CONFIG_DIR": str(home / ".jupyter"),
        "JUPYTER_DATA_DIR": str(home / ".local" / "share" / "jupyter"),
    }
    # Binder runs postBuild as the user who later runs the server, with the same HOME.
    subprocess.run([str(repo / "postBuild")], cwd=repo, check=True, env=env)
    # repo2docker runs the server as an ordinary user; a root test machine needs the flag.
    as_root = ["--allow-root"] if os.geteuid() == 0 else []
    port = free_port()
    log = (base / "lab.log").open("w")
    server = subprocess.Popen(
        [
            str(venv / "bin" / "jupyter"),
            "lab",
            "--no-browser",
            "--ip=127.0.0.1",
            f"--port={port}",
            f"--IdentityProvider.token={TOKEN}",
            f"--ServerApp.root_dir={repo}",
            *as_root,
        ],
        cwd=repo,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(url, server, base / "lab.log")
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


#: The notebook's kernel, as the status bar names it ("Python 3 (ipykernel) | Idle"). The
#: toolbar's execution indicator is no witness: it says "idle" before any kernel exists,
#: and a Run All then finds no kernel and runs nothing.
KERNEL_STATUS = """
[...document.querySelectorAll('.jp-StatusBar-TextItem')]
  .map((item) => item.textContent).find((text) => / \\| \\S+$/.test(text)) || ''
"""
KERNEL_READY_OR_DIALOG = f"""() => document.querySelector('.jp-Dialog') !== null
  || / \\| Idle$/.test({KERNEL_STATUS})"""
PROMPTS = "[...document.querySelectorAll('.jp-NotebookPanel .jp-CodeCell .jp-InputPrompt')]"
RUN_STARTED = f"{PROMPTS}.some((prompt) => /\\[(\\*|\\d+)\\]/.test(prompt.textContent))"
RUN_DONE = f"""() => {{
  const prompts = {PROMPTS};
  return prompts.length > 0 && prompts.every((prompt) => /\\[\\d+\\]/.test(prompt.textContent))
    && / \\| Idle$/.test({KERNEL_STATUS});
}}"""


#: The labelled toolbar button of .jupyterlab/overrides.json (JupyterLab's own is an icon).
RUN_ALL_LABEL = "Jalankan semua sel"


def wait_for_state(page, predicate: str, limit_ms: int, state: str) -> None:
    """Until ``predicate`` holds; past the limit, say what the kernel and the cells show."""
    try:
        page.wait_for_function(predicate, timeout=limit_ms)
    except PlaywrightTimeout:
        kernel = page.evaluate(KERNEL_STATUS)
        prompts = page.evaluate(f"{PROMPTS}.map((prompt) => prompt.textContent)")
        pytest.fail(f"{state}: tidak dalam {limit_ms // 1000} detik; kernel {kernel!r}, {prompts}")


def run_notebook(page, lab: str, url_path: str):
    """Open a notebook in JupyterLab, run every cell, and return its panel, free of errors."""
    page.goto(f"{lab}/{url_path}?token={TOKEN}", timeout=KERNEL_LIMIT_MS)
    # JupyterLab may redraw the panel while the kernel starts: wait for the cells to settle.
    page.wait_for_function(
        "document.querySelectorAll('.jp-NotebookPanel .jp-CodeCell').length >= 1",
        timeout=KERNEL_LIMIT_MS,
    )
    first_cell = page.locator(".jp-NotebookPanel .jp-Cell").first
    assert "jupytext" not in first_cell.inner_text(), "header jupytext tampil sebagai sel"

    # Run All acts on the current widget: wait until its kernel is idle, then press the
    # toolbar button the chapter's "Mulai di sini" note names (.jupyterlab/overrides.json).
    wait_for_state(page, KERNEL_READY_OR_DIALOG, KERNEL_LIMIT_MS, "kernel siap")
    assert page.locator(".jp-Dialog").count() == 0, "dialog pemilihan kernel menghalangi"
    page.locator(".jp-NotebookPanel-toolbar").get_by_text(RUN_ALL_LABEL, exact=True).click()
    wait_for_state(page, RUN_STARTED, REPLY_LIMIT_MS, "Run All dimulai")
    wait_for_state(page, RUN_DONE, KERNEL_LIMIT_MS, "Run All selesai")
    errors = page.locator('.jp-NotebookPanel [data-mime-type="application/vnd.jupyter.stderr"]')
    assert errors.count() == 0, errors.all_inner_texts()
    return page.locator(".jp-NotebookPanel")


def test_chapter_progress_and_practice_run_in_jupyterlab(
    built_book: Path, binder_lab: str, browser
) -> None:
    url_path = binder_url_path(built_book, "book/01-interaksi-sosial.html")
    # JupyterLab's simple (single-document) view of the chapter file.
    assert url_path == "doc/tree/book/01-interaksi-sosial.md"
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.set_default_timeout(REPLY_LIMIT_MS)
    notebook = run_notebook(page, binder_lab, url_path)
    chooser = notebook.get_by_label("Konsep:")
    chooser.wait_for()
    assert notebook.locator('svg[role="img"]').count() >= 1
    chooser.select_option(label="Akomodasi")
    notebook.locator(".jupyter-widgets", has_text="accommodation").first.wait_for()

    # A self-check answered in the live notebook is graded by Python in the kernel.
    answer = notebook.get_by_label("Akulturasi", exact=True)
    answer.check()
    # The innermost widget box holding that answer is its question (later in document order).
    label = page.get_by_label("Akulturasi", exact=True)  # unscoped: `has=` is relative
    question = notebook.locator(".jupyter-widgets.widget-vbox", has=label).last
    question.locator("button", has_text="Periksa").click()
    question.locator(".jupyter-widgets", has_text="Benar!").first.wait_for()

    # Kemajuan Belajarku, in another notebook and kernel, counts that answer.
    progress = run_notebook(
        page, binder_lab, "lab/workspaces/kemajuan/tree/book/kemajuan-belajar.md"
    )
    chapter = progress.locator('[data-progress-chapter="book/01-interaksi-sosial"]')
    chapter.locator('[role="progressbar"][aria-valuenow="1"]').wait_for()
    assert "soal dijawab, 1 benar" in chapter.inner_text()
    progress.locator(".widget-text", has_text="Nama").locator("input").fill("Ani")
    progress.locator("button", has_text="Buat kode").click()
    code = progress.locator(".progress-code textarea")
    page.wait_for_function(
        "document.querySelector('.progress-code textarea')?.value.startsWith('KS1-')"
    )
    assert len(code.input_value()) < 1500

    # Latihan Campuran: one case, Periksa, the reason, the next case.
    practice = run_notebook(
        page, binder_lab, "lab/workspaces/latihan/tree/book/latihan-campuran.md"
    )
    practice.get_by_text("Kasus ke-1", exact=True).wait_for()
    for group in practice.locator(".widget-radio-box").all():
        if group.is_visible():
            group.locator("input").first.check()
    practice.locator("button", has_text="Periksa").click()
    practice.locator(".jupyter-widgets", has_text="Benar berturut-turut").first.wait_for()
    feedback = practice.locator(".jupyter-widgets.widget-html", has_text="Termasuk bentuk")
    page.wait_for_function(
        "[...document.querySelectorAll('.jp-NotebookPanel .widget-html')]"
        ".some(e => /Benar!|Belum tepat\\./.test(e.textContent))"
    )
    assert feedback.count() >= 1
    practice.locator("button", has_text="Kasus berikutnya").click()
    practice.get_by_text("Kasus ke-2", exact=True).wait_for()
    page.close()


#: What JupyterLab would show of the book's MyST if it did not render it (issue 27).
RAW_MYST = (":class:", "{cite}", "{doc}", "{ref}", "{term}", "```{", ":::{", "{sumber}")
#: The menu bar in Indonesian: the language pack plus the labels in overrides.json.
MENU_BAR = ["Berkas", "Sunting", "Tampilan", "Jalankan", "Kernel", "Tab", "Pengaturan", "Bantuan"]
#: The chapters a student opens from the book: the numbered pages of Materi and Evaluasi.
CHAPTERS = [
    p.relative_to(ROOT)
    for p in chapter_files(ROOT, (CHAPTER_PART, EVALUATION_PART))
    if p.name[:2].isdigit()
]
MARKDOWN_CELLS = ".jp-NotebookPanel .jp-MarkdownCell"
#: Every Markdown cell rendered by jupyterlab-myst (its output is a ``.myst`` widget).
ALL_RENDERED = f"""() => {{
  const cells = [...document.querySelectorAll('{MARKDOWN_CELLS}')];
  return cells.length > 0 && cells.every((cell) => cell.querySelector('.myst') !== null);
}}"""
#: The status bar's trust item. A jupytext notebook cannot be signed ahead (jupytext gives
#: its cells new ids at every read, and the signature covers them); its cells become
#: trusted as they run, so after Run All the chapter is trusted.
TRUST_STATUS = """[...document.querySelectorAll('.jp-StatusBar-Item')]
  .map((item) => item.title || item.querySelector('[title]')?.title || '')
  .find((title) => /trusted/.test(title)) || ''"""
RENDERED_TEXTS = f"[...document.querySelectorAll('{MARKDOWN_CELLS} .myst')].map(e => e.innerText)"
#: The first self-check with a choice: the innermost box that holds it and its Periksa button.
MARK_QUESTION = """() => {
  const choice = document.querySelector(
    '.jp-NotebookPanel .widget-radio-box input, .jp-NotebookPanel .widget-checkbox input');
  let box = choice && choice.closest('.widget-vbox');
  while (box && ![...box.querySelectorAll('button')].some((b) => b.textContent === 'Periksa')) {
    box = box.parentElement.closest('.widget-vbox');
  }
  if (!box) return false;
  box.setAttribute('data-uji-binder', 'soal');
  choice.setAttribute('data-uji-binder', 'pilihan');
  return true;
}"""


def fresh_start(lab: str) -> None:
    """As a new Binder session: no kernel running and no open documents to restore."""
    headers = {"Authorization": f"token {TOKEN}"}
    request = urllib.request.Request(f"{lab}/api/sessions", headers=headers)
    for session in json.load(urllib.request.urlopen(request, timeout=30)):
        urllib.request.urlopen(
            urllib.request.Request(
                f"{lab}/api/sessions/{session['id']}", method="DELETE", headers=headers
            ),
            timeout=60,
        )
    try:
        urllib.request.urlopen(
            urllib.request.Request(
                f"{lab}/lab/api/workspaces/default", method="DELETE", headers=headers
            ),
            timeout=30,
        )
    except urllib.error.HTTPError as error:
        assert error.code == 404, error  # no workspace saved yet


def test_each_chapter_reads_like_the_book_in_indonesian_jupyterlab(
    built_book: Path, binder_lab: str, browser
) -> None:
    assert len(CHAPTERS) == 8, CHAPTERS
    settings = urllib.request.urlopen(
        f"{binder_lab}/lab/api/settings/@jupyterlab/apputils-extension:notification?token={TOKEN}",
        timeout=30,
    )
    assert json.load(settings)["schema"]["properties"]["fetchNews"]["default"] == "false"
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.set_default_timeout(REPLY_LIMIT_MS)
    for chapter in CHAPTERS:
        fresh_start(binder_lab)
        url_path = binder_url_path(built_book, chapter.with_suffix(".html").as_posix())
        assert url_path == f"doc/tree/{chapter.as_posix()}", url_path
        notebook = run_notebook(page, binder_lab, url_path)
        wait_for_state(
            page,
            f"() => ({TRUST_STATUS}).startsWith('Notebook trusted')",
            REPLY_LIMIT_MS,
            "tepercaya",
        )
        # One document fills the window: JupyterLab's simple mode, not the IDE with tabs.
        assert page.evaluate("document.querySelector('.jp-LabShell').dataset.shellMode") == (
            "single-document"
        )

        wait_for_state(page, ALL_RENDERED, REPLY_LIMIT_MS, f"{chapter}: MyST dirender")
        texts = page.evaluate(RENDERED_TEXTS)
        raw = {m: sum(t.count(m) for t in texts) for m in RAW_MYST}
        assert not any(raw.values()), f"{chapter}: MyST mentah {raw}"
        assert notebook.locator('[title="Citation Not Found"]').count() == 0
        assert "Mulai di sini" in texts[1], f"{chapter}: catatan awal tidak ada"
        assert notebook.locator(".myst aside.myst-admonition").count() >= 2

        assert page.evaluate("document.documentElement.lang") == "id-ID"
        menu = page.evaluate(
            "[...document.querySelectorAll('.lm-MenuBar-item')].map(e => e.textContent)"
        )
        assert menu == MENU_BAR
        toasts = page.evaluate(
            "[...document.querySelectorAll('.Toastify__toast')].map(e => e.innerText)"
        )
        assert not [t for t in toasts if "news" in t.lower() or "berita" in t.lower()], toasts

        assert page.evaluate(MARK_QUESTION), f"{chapter}: tidak ada soal pilihan"
        question = notebook.locator('[data-uji-binder="soal"]')
        notebook.locator('[data-uji-binder="pilihan"]').check()
        question.locator("button", has_text="Periksa").click()
        question.locator(
            ".jupyter-widgets", has_text=re.compile(r"Benar!|Belum tepat\.")
        ).first.wait_for()
    page.close()
