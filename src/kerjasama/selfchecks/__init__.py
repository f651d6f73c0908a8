"""Self-checks: questions prepared, graded and shown, as a widget and as static HTML."""

from pathlib import Path

#: ``selfcheck.js`` and ``selfcheck.css``, which grade and style the static HTML.
STATIC_DIR = Path(__file__).resolve().parent / "static"
