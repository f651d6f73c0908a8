"""A copy of the built book served on 127.0.0.1, as a reader's browser reaches it."""

from __future__ import annotations

import http.server
import threading
from functools import partial
from pathlib import Path
from typing import Any


class Site:
    """The book in ``folder`` served on 127.0.0.1; stopped and restarted at will.

    The port is kept across restarts, so a service worker registered before a stop
    still controls the pages after a start.
    """

    def __init__(self, folder: Path):
        self.folder = folder
        self.port = 0
        self.server: http.server.ThreadingHTTPServer | None = None

    def start(self) -> str:
        handler = partial(_QuietHandler, directory=str(self.folder))
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self.port}/"

    def stop(self) -> None:
        if self.server:
            self.server.shutdown()
            self.server.server_close()
            self.server = None


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Request lines would bury the test report."""
