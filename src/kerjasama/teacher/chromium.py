"""Debian's Chromium, and the flags every headless run here uses (ARCHITECTURE.md, "Tools").

Without the background-networking flags Chromium tries to reach Google's servers at
start, which a machine with no network (or a school's) refuses.
"""

from __future__ import annotations

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
