"""Kemajuan Belajarku: the answers a reader has given, counted per chapter and per concept.

Nothing is sent anywhere. The page carries, as data, which self-checks each chapter shows
and which concepts each checks, with just enough of every answer key to tell right from
wrong; ``static/progress.js`` reads the answers that ``selfcheck.js`` keeps in the browser
and grades them with the same code.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

from kerjasama.content.library import Library, current_library
from kerjasama.content.mastery import key_concepts, question_concepts
from kerjasama.selfchecks.prepare import ChapterChecks, chapter_checks
from kerjasama.views import HtmlView


def _chapter_html(page: ChapterChecks) -> str:
    total = len(page.questions)
    return (
        f'<li class="learning-progress__chapter" data-progress-chapter="book/{page.path.stem}" '
        f'data-answered="0" data-correct="0" data-total="{total}">'
        f'<a href="{page.path.stem}.html">{html.escape(page.title)}</a> '
        f'<span class="learning-progress__count">0 dari {total} soal dijawab, 0 benar</span> '
        '<a class="learning-progress__next" hidden></a></li>'
    )


def progress_data(library: Library, pages: list[ChapterChecks]) -> dict[str, Any]:
    """Chapters with their question ids, key concepts with theirs, and compact keys."""
    shown = {q.id: q for page in pages for q in page.questions}
    questions = {q.id: q for _bank, q in library.questions()}
    concepts = []
    for concept in key_concepts(library):
        ids = [i for i in shown if concept in question_concepts(library, questions[i])]
        concepts.append({"id": concept, "name": _name(library, concept), "questions": ids})
    return {
        "chapters": [
            {
                "doc": f"book/{p.path.stem}",
                "page": f"{p.path.stem}.html",
                "title": p.title,
                "questions": [q.id for q in p.questions],
            }
            for p in pages
        ],
        "concepts": concepts,
        "keys": {i: {"type": q.type, "correct": q.correct} for i, q in shown.items()},
    }


def _name(library: Library, concept: str) -> str:
    return next(c.name for c in library.concept_map().concepts if c.id == concept)


def progress_overview(root: Path | None = None) -> HtmlView:
    """The progress page's body: chapters, concepts, what to study next, reset."""
    library = current_library()
    pages = chapter_checks(library, root or library.data.parent.parent)
    data = json.dumps(progress_data(library, pages), ensure_ascii=False, separators=(",", ":"))
    # "</" never ends the script element early.
    safe = data.replace("</", "<\\/")
    chapters = "".join(_chapter_html(page) for page in pages)
    markup = (
        '<div class="learning-progress">'
        '<p class="learning-progress__summary" aria-live="polite">'
        "Belum ada jawaban yang tersimpan di perangkat ini.</p>"
        '<h2 class="learning-progress__title">Per bab</h2>'
        f'<ul class="learning-progress__chapters">{chapters}</ul>'
        '<h2 class="learning-progress__title">Per konsep kunci</h2>'
        '<table class="learning-progress__concepts"><thead><tr><th scope="col">Konsep</th>'
        '<th scope="col">Soal dijawab</th><th scope="col">Benar</th><th scope="col">Status</th>'
        "</tr></thead><tbody></tbody></table>"
        '<h2 class="learning-progress__title">Yang perlu kamu pelajari berikutnya</h2>'
        '<ul class="learning-progress__advice"><li>Kerjakan dulu soal-soal di setiap bab.</li></ul>'
        '<p><button type="button" class="learning-progress__reset">Hapus semua jawaban</button></p>'
        f'<script type="application/json" class="learning-progress__data">{safe}</script></div>'
    )
    lines = [f"{p.title}: {len(p.questions)} soal" for p in pages]
    return HtmlView(markup, "Kemajuan belajar (dibaca di buku):\n" + "\n".join(lines))
