"""``{offline-save}``: the "save the book for offline reading" box, where a chapter calls it.

The markup is the page side of ``kerjasama/static/offline.js``, which finds the box and
its parts by these class names, and of ``offline.css``, which styles them. The box first
says it is measuring; the script then shows the download size, the worksheet option and
the progress.
"""

from __future__ import annotations

from docutils import nodes
from docutils.parsers.rst import Directive

SAVE_BOX = """<div class="offline-save" data-state="idle">
<p class="offline-save__status" aria-live="polite">Menghitung ukuran unduhan…</p>
<p class="offline-save__worksheets" hidden><input type="checkbox" id="simpan-lkpd">
<label for="simpan-lkpd">Simpan juga LKPD (PDF)
<span class="offline-save__worksheets-size"></span></label></p>
<p><button type="button" class="offline-save__button">Simpan buku untuk dibaca luring</button></p>
<progress class="offline-save__progress" value="0" max="1" hidden>Menyimpan</progress>
</div>"""


class OfflineSave(Directive):
    """The save box, as raw HTML (the other builders get nothing: it needs a browser)."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        return [nodes.raw("", SAVE_BOX, format="html")]
