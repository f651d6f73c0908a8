"""Share codes for the teacher, the same format ``static/progress.js`` writes and reads.

``KS1-<payload>-<checksum>``: the payload is base64url JSON ``{n: name, k: class,
h: hash of the question list, a: [[question number, answer], ...]}``; the checksum and
the hash are 32-bit FNV-1a, in hexadecimal.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any

PREFIX = "KS1"


def fnv(text: str) -> str:
    """FNV-1a over UTF-16 code units, as ``progress.js`` computes it."""
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
    """A code that is not this book's, was changed, or comes from another version."""


def encode(question_ids: list[str], name: str, group: str, answers: dict[str, Any]) -> str:
    pairs = [[n, answers[i]] for n, i in enumerate(question_ids) if i in answers]
    body = {"n": name, "k": group, "h": fnv(",".join(question_ids)), "a": pairs}
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    payload = base64.urlsafe_b64encode(text).decode("ascii").rstrip("=")
    return f"{PREFIX}-{payload}-{fnv(payload)}"


def decode(question_ids: list[str], code: str) -> SharedProgress:
    """The student's answers, or :class:`ShareCodeError` with an Indonesian message."""
    parts = code.strip().split("-")
    if len(parts) != 3 or parts[0] != PREFIX:
        raise ShareCodeError(f"bukan kode kemajuan buku ini (kode harus diawali {PREFIX}-)")
    if fnv(parts[1]) != parts[2]:
        raise ShareCodeError("kode rusak atau sudah diubah (pemeriksa tidak cocok)")
    try:
        padded = parts[1] + "=" * (-len(parts[1]) % 4)
        body = json.loads(base64.urlsafe_b64decode(padded).decode("utf-8"))
    except (binascii.Error, UnicodeDecodeError, ValueError) as error:
        raise ShareCodeError("kode rusak dan tidak dapat dibaca") from error
    if body.get("h") != fnv(",".join(question_ids)):
        raise ShareCodeError("kode dibuat dari versi buku yang lain; minta siswa membuat kode lagi")
    answers = {question_ids[n]: a for n, a in body.get("a", []) if 0 <= n < len(question_ids)}
    return SharedProgress(str(body.get("n") or ""), str(body.get("k") or ""), answers)
