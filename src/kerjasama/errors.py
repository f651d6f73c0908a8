"""Teacher-facing content errors, worded in Indonesian.

Every problem names the file, the place inside it and the fix, so that a teacher who
edited YAML can repair it without reading Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ContentProblem:
    """One thing wrong in one content file."""

    file: Path
    place: str
    message: str
    fix: str
    line: int | None = None

    def format(self, root: Path | None = None) -> str:
        """Render as one readable Indonesian line block."""
        shown = _relative(self.file, root)
        where = f"{shown}, baris {self.line}" if self.line else str(shown)
        place = f" ({self.place})" if self.place else ""
        return f"{where}{place}: {self.message}\n    Perbaikan: {self.fix}"

    def github_annotation(self, root: Path | None = None) -> str:
        """A GitHub Actions workflow command: the message shows on the file and line edited."""
        props = f"file={_escape_property(str(_relative(self.file, root)))}"
        if self.line:
            props += f",line={self.line}"
        props += f",title={_escape_property('Isi buku perlu diperbaiki')}"
        place = f"({self.place}) " if self.place else ""
        return f"::error {props}::{_escape_data(f'{place}{self.message} Perbaikan: {self.fix}')}"


def _escape_data(text: str) -> str:
    """Escape as GitHub's workflow-command syntax requires for the message part."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


class ContentError(Exception):
    """Raised when content files cannot be used; carries every problem found."""

    def __init__(self, problems: list[ContentProblem]):
        self.problems = list(problems)
        super().__init__(self.format())

    def format(self, root: Path | None = None) -> str:
        count = len(self.problems)
        header = f"Ditemukan {count} masalah pada isi buku:"
        body = "\n".join(f"- {p.format(root)}" for p in self.problems)
        return f"{header}\n{body}"


def _relative(path: Path, root: Path | None) -> Path:
    base = root or Path.cwd()
    try:
        return path.resolve().relative_to(base.resolve())
    except ValueError:
        return path
