"""Simple Markdown (bold, italics, code) in question text, rendered safely; and data
embedded safely in a page.

Teachers may write ``**tebal**`` and ``*miring*``; raw HTML is shown as text, never
executed, because markdown-it runs with HTML disabled.
"""

from __future__ import annotations

import json
from functools import lru_cache

from markdown_it import MarkdownIt


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False, "linkify": False}).disable(
        ["image", "link", "autolink"]
    )


def inline_html(text: str) -> str:
    """One paragraph of simple Markdown as safe inline HTML."""
    return _parser().renderInline(text.strip())


def json_for_script(data: object) -> str:
    """JSON safe inside ``<script>``: no ``</script>`` or ``<!--`` can close it early."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
