"""The book saved for offline reading, from a server on 127.0.0.1, then read with no server.

The test saves the whole book with the button on the introduction, stops the server (so
nothing can come from the network), and opens every page: each self-check and the search
still work. It then publishes a new build with one changed page: the update notice
appears, and after "muat ulang" the changed page reads offline.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kerjasama.content.library import current_library
from kerjasama.selfchecks.prepare import chapter_checks
from kerjasama.site_cache import write_site_cache

from .conftest import ROOT
from .selfcheck_cases import answers_for, choose
from .site_server import Site

pytestmark = pytest.mark.slow
CHANGED = "book/06-tujuan-manfaat.html"
NEW_TEXT = "Kalimat dari versi baru buku."


@pytest.fixture()
def site(built_book: Path, tmp_path: Path) -> Iterator[Site]:
    copy = tmp_path / "html"
    shutil.copytree(built_book, copy)
    served = Site(copy)
    yield served
    served.stop()


SAVED_STATE = "document.querySelector('.offline-save').dataset.state === 'saved'"


def _pages(folder: Path) -> list[str]:
    pages = sorted(p.relative_to(folder).as_posix() for p in (folder / "book").glob("*.html"))
    return [*pages, "search.html", "genindex.html", "index.html"]


def test_saved_book_reads_offline_and_updates_cleanly(site: Site, browser: Any) -> None:
    base = site.start()
    context = browser.new_context()
    failed: list[str] = []
    context.on("requestfailed", lambda request: failed.append(request.url))
    page = context.new_page()
    page.goto(base + "book/00-pendahuluan.html")
    saver = page.locator(".offline-save")
    page.wait_for_function("document.querySelector('.offline-save').dataset.state === 'ready'")
    assert "Ukuran unduhan:" in saver.inner_text() and "MB" in saver.inner_text()
    page.evaluate("navigator.serviceWorker.ready")
    saver.get_by_role("button", name="Simpan buku untuk dibaca luring").click()
    page.wait_for_function(
        "document.querySelector('.offline-save').dataset.state === 'saved'", timeout=60_000
    )
    assert "Buku tersimpan" in saver.inner_text()

    # Offline for real: the browser is told so, and the server is gone too.
    context.set_offline(True)
    site.stop()
    checks = {f"book/{c.path.stem}.html": c.questions[0] for c in chapter_checks(
        current_library(), ROOT)}  # fmt: skip
    for path in _pages(site.folder):
        response = page.goto(base + path)
        assert response is not None and response.ok, path
        if path == "index.html":  # it sends the reader on to the introduction
            page.wait_for_url("**/book/00-pendahuluan.html")
            page.wait_for_load_state("load")
        if "00-pendahuluan" in page.url:
            # Read offline, the box says the book is saved (and its file list has arrived,
            # so leaving the page aborts no request).
            page.wait_for_function(SAVED_STATE)
        question = checks.get(path)
        if question is not None:
            root = page.locator(f'.selfcheck[data-selfcheck-id="{question.id}"]')
            choose(root, question, answers_for(question)[1])
            root.locator(".selfcheck__check").click()
            assert root.get_attribute("data-state") == "correct", path
    assert saver.get_attribute("data-state") == "saved"
    assert "sudah tersimpan" in saver.inner_text()
    page.goto(base + "search.html?q=kooptasi")
    page.locator("#search-results li").first.wait_for(timeout=15_000)
    assert failed == [], failed

    # A new build with one changed page: the notice, then the new page offline.
    changed = site.folder / CHANGED
    changed.write_text(
        changed.read_text(encoding="utf-8").replace(
            '<article class="bd-article">', f'<article class="bd-article"><p>{NEW_TEXT}</p>', 1
        ),
        encoding="utf-8",
    )
    write_site_cache(site.folder, "Kerja Sama", "book/00-pendahuluan.html")
    site.start()
    context.set_offline(False)
    page.goto(base + "book/00-pendahuluan.html")
    notice = page.locator(".offline-notice")
    notice.wait_for(timeout=30_000)
    assert "Versi baru tersedia" in notice.inner_text()
    with page.expect_navigation():
        notice.get_by_role("button", name="muat ulang").click()
    context.set_offline(True)
    site.stop()
    page.goto(base + CHANGED)
    assert NEW_TEXT in page.inner_text("body")
    names = page.evaluate("caches.keys()")
    assert len([n for n in names if n.startswith("kerjasama-")]) == 1, names
    context.close()


def test_the_offline_zip_explains_it_is_already_offline(built_book: Path, browser: Any) -> None:
    page = browser.new_page()
    page.goto((built_book / "book" / "00-pendahuluan.html").as_uri())
    saver = page.locator(".offline-save")
    page.wait_for_function("document.querySelector('.offline-save').dataset.state === 'file'")
    assert "sudah tersimpan di perangkatmu" in saver.inner_text()
    assert not saver.get_by_role("button").is_visible()
    page.close()


COUNT_CACHE_ADDS = """
window.cacheAdds = {};
const add = Cache.prototype.add;
Cache.prototype.add = function (request) {
  const url = typeof request === "string" ? request : request.url;
  window.cacheAdds[url] = (window.cacheAdds[url] || 0) + 1;
  return add.call(this, request);
};
"""


def test_a_double_click_saves_the_book_once(site: Site, browser: Any) -> None:
    base = site.start()
    context = browser.new_context()
    page = context.new_page()
    page.add_init_script(COUNT_CACHE_ADDS)
    page.goto(base + "book/00-pendahuluan.html")
    page.wait_for_function("document.querySelector('.offline-save').dataset.state === 'ready'")
    button = page.get_by_role("button", name="Simpan buku untuk dibaca luring")
    button.dblclick()
    page.wait_for_function(
        "document.querySelector('.offline-save').dataset.state === 'saved'", timeout=60_000
    )
    adds = page.evaluate("window.cacheAdds")
    assert adds, "the page saved the files itself"
    assert max(adds.values()) == 1, {url: n for url, n in adds.items() if n > 1}
    context.close()
