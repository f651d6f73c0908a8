"""Waits for a page's state in the browser tests, never for a fixed time."""

from __future__ import annotations

from typing import Any

#: Loaded (every deferred script has run by then) and the fonts in use have arrived. A
#: redirect page (the book's index.html) is settled where it leads: the wait survives the
#: navigation and starts over on the new page.
_LOADED = """
document.readyState === "complete" && document.fonts.status === "loaded"
  && !document.querySelector('meta[http-equiv="Refresh" i]')
"""
#: Two frames painted since, so what the scripts and the fonts changed has been laid out
#: (and any layout shift reported).
_TWO_FRAMES = """
async () => {
  for (let frame = 0; frame < 2; frame++) await new Promise((done) => requestAnimationFrame(done));
}
"""


def settle(page: Any) -> None:
    """Until the page is quiet: loaded, its fonts in, and laid out since."""
    page.wait_for_function(_LOADED)
    page.evaluate(_TWO_FRAMES)
