"""Simple Markdown (bold, italics, code) in question text, rendered safely; and data
embedded safely in a page.

Teachers may write ``**tebal**`` and ``*miring*``; raw HTML is shown as text, never
executed, because markdown-it runs with HTML disabled.
"""

from __future__ import annotations

import html
import json
import re
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


_TAG = re.compile(r"<[^>]+>")


def plain_text(fragment: str) -> str:
    """Rendered inline HTML as plain text (widget labels, recap answers): tags dropped."""
    return html.unescape(_TAG.sub("", fragment))


def json_for_script(data: object) -> str:
    """JSON safe inside ``<script>``: no ``</script>`` or ``<!--`` can close it early."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
