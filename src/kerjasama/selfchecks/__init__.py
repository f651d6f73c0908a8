"""Self-checks: questions prepared, graded and shown, as a widget and as static HTML."""

from pathlib import Path

#: The page scripts and styles (``selfcheck.js``, ``share.js``, ``progress.js``, ...), which
#: grade and style the static HTML with the rules and words the Python side hands them.
STATIC_DIR = Path(__file__).resolve().parent / "static"
