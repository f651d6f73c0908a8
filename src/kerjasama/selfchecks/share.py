"""Share codes for the teacher: the same format ``static/share.js`` writes and reads.

``KS1-<payload>-<checksum>``: the payload is base64url JSON ``{n: name, k: class,
h: hash of the question list, a: [[question number, answer], ...]}``; the checksum and
the hash are 32-bit FNV-1a, in hexadecimal. base64url itself uses ``-``, so a code is
read from its ends: the prefix before the first ``-``, the checksum after the last.
A code needs a name. Both codecs pass ``tests/conformance/share.json``.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from typing import Any

PREFIX = "KS1"
#: What may surround a pasted code, and what alone does not make a name.
BLANK = " \t\n\r\f\v\u00a0\u3000"
PAYLOAD = re.compile(r"[A-Za-z0-9_-]*")
CHECKSUM = re.compile(r"[0-9a-f]{8}")
#: Why a code is refused (the key is ``ShareCodeError.reason``), as Rekap Kelas says it.
ERRORS = {
    "prefix": f"bukan kode kemajuan buku ini (kode harus diawali {PREFIX}-)",
    "checksum": "kode rusak atau sudah diubah (pemeriksa tidak cocok)",
    "unreadable": "kode rusak dan tidak dapat dibaca",
    "version": "kode dibuat dari versi buku yang lain; minta peserta didik membuat kode lagi",
    "name": (
        "kode ini tidak memuat nama peserta didik; "
        "minta peserta didik membuat kode lagi dengan namanya"
    ),
}
#: Said to the student who asks for a code without a name.
NAME_NEEDED = "Tulis namamu dulu, lalu tekan Buat kode."


def share_format() -> dict[str, Any]:
    """The format's constants, handed to ``share.js`` as page data."""
    return {"prefix": PREFIX, "blank": BLANK, "errors": ERRORS, "nameNeeded": NAME_NEEDED}


def fnv(text: str) -> str:
    """FNV-1a over UTF-16 code units, as ``share.js`` computes it."""
    value = 0x811C9DC5
    units = text.encode("utf-16-le")
    for low, high in zip(units[::2], units[1::2], strict=True):
        value = ((value ^ (low | high << 8)) * 0x01000193) & 0xFFFFFFFF
    return f"{value:08x}"


@dataclass(frozen=True)
class SharedProgress:
    name: str
    group: str
    answers: dict[str, Any]


class ShareCodeError(ValueError):
    """A code that is not this book's, was changed, comes from another version, or has no
    name; ``reason`` is a key of :data:`ERRORS`."""

    def __init__(self, reason: str, message: str | None = None):
        super().__init__(message or ERRORS[reason])
        self.reason = reason


def encode(question_ids: list[str], name: str, group: str, answers: dict[str, Any]) -> str:
    """The code for these answers; :class:`ShareCodeError` (``name``) without a name."""
    if not name.strip(BLANK):
        raise ShareCodeError("name", NAME_NEEDED)
    pairs = [[n, answers[i]] for n, i in enumerate(question_ids) if i in answers]
    body = {"n": name, "k": group, "h": fnv(",".join(question_ids)), "a": pairs}
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    payload = base64.urlsafe_b64encode(text).decode("ascii").rstrip("=")
    return f"{PREFIX}-{payload}-{fnv(payload)}"


def _body(payload: str) -> Any:
    if not PAYLOAD.fullmatch(payload):
        raise ShareCodeError("unreadable")
    try:
        padded = payload + "=" * (-len(payload) % 4)
        return json.loads(base64.urlsafe_b64decode(padded).decode("utf-8"))
    except (binascii.Error, UnicodeDecodeError, ValueError) as error:
        raise ShareCodeError("unreadable") from error


def _pairs(body: dict[str, Any]) -> list[tuple[int, Any]]:
    pairs = body.get("a", [])
    if not isinstance(pairs, list) or not all(
        isinstance(p, list) and len(p) == 2 and type(p[0]) is int for p in pairs
    ):
        raise ShareCodeError("unreadable")
    return [(p[0], p[1]) for p in pairs]


def decode(question_ids: list[str], code: str) -> SharedProgress:
    """The student's answers, or :class:`ShareCodeError` with an Indonesian message."""
    text = code.strip(BLANK)
    if not text.startswith(PREFIX + "-"):
        raise ShareCodeError("prefix")
    payload, separator, checksum = text[len(PREFIX) + 1 :].rpartition("-")
    if not separator or not CHECKSUM.fullmatch(checksum) or fnv(payload) != checksum:
        raise ShareCodeError("checksum")
    body = _body(payload)
    if not isinstance(body, dict):
        raise ShareCodeError("unreadable")
    if body.get("h") != fnv(",".join(question_ids)):
        raise ShareCodeError("version")
    name, group = body.get("n"), body.get("k")
    if not isinstance(name, str) or not name.strip(BLANK):
        raise ShareCodeError("name")
    answers = {question_ids[n]: a for n, a in _pairs(body) if 0 <= n < len(question_ids)}
    return SharedProgress(name, group if isinstance(group, str) else "", answers)
