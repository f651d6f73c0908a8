"""Validate loaded YAML with pydantic and explain every error in Indonesian.

Models raise :func:`problem` (a ``PydanticCustomError``) for rules of their own, so the
message and the fix travel together; pydantic's built-in error types are translated here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError
from pydantic_core import ErrorDetails, PydanticCustomError

from kerjasama.content.question_types import type_choices
from kerjasama.content.yamlsource import line_of
from kerjasama.errors import ContentError, ContentProblem

ModelT = TypeVar("ModelT", bound=BaseModel)

CUSTOM_ERROR = "isi_buku"


class StrictModel(BaseModel):
    """Base for content models: unknown keys are errors, strings are trimmed."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


def problem(message: str, fix: str) -> PydanticCustomError:
    """An error for a model validator, carrying its own Indonesian fix."""
    return PydanticCustomError(CUSTOM_ERROR, message, {"fix": fix})


def validate(model: type[ModelT], data: Any, path: Path) -> ModelT:
    """Validate ``data`` from ``path``; raise ContentError listing every problem."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = [_explain(err, data, path) for err in exc.errors()]
        raise ContentError(problems) from None


def describe_place(data: Any, location: tuple[str | int, ...]) -> str:
    """Name a place in a content file the way a teacher reads it: by id where there is one."""
    parts: list[str] = []
    node = data
    for key in location:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            parts.append(str(key))
            break
        if isinstance(key, int):
            ident = node.get("id") if hasattr(node, "get") else None
            parts.append(f"id '{ident}'" if ident else f"butir ke-{key + 1}")
        else:
            parts.append(str(key))
    return " › ".join(parts)


def _without_union_tags(data: Any, location: tuple[str | int, ...]) -> tuple[str | int, ...]:
    """Drop the discriminator tags pydantic puts in a location (``… 0, 'single', …``)."""
    kept: list[str | int] = []
    node = data
    for key in location:
        is_tag = isinstance(node, dict) and key not in node and node.get("type") == key
        if isinstance(key, str) and is_tag:
            continue
        kept.append(key)
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            node = None
    return tuple(kept)


#: pydantic error type → (message, fix), formatted with the field and the error's context.
EXPLANATIONS: dict[str, tuple[str, str]] = {
    "union_tag_invalid": (
        "jenis soal '{tag}' tidak dikenal.",
        "pakai salah satu jenis: {expected_tags}.",
    ),
    "union_tag_not_found": (
        "kunci 'type' (jenis soal) belum ada.",
        "tambahkan {types}.",
    ),
    "missing": (
        "kunci '{field}' wajib ada tetapi tidak ditemukan.",
        "tambahkan baris '{field}: ...' dengan isinya.",
    ),
    "extra_forbidden": (
        "kunci '{field}' tidak dikenal.",
        "periksa ejaannya atau hapus kunci itu (lihat Panduan Guru untuk kunci yang boleh).",
    ),
    "string_pattern_mismatch": (
        "'{field}' hanya boleh berisi huruf kecil, angka, dan tanda hubung.",
        "tulis '{field}' seperti 'bentuk-kerja-sama' (tanpa spasi atau huruf besar).",
    ),
    "string_type": (
        "'{field}' harus berisi teks dan tidak boleh kosong.",
        "isi '{field}' dengan teks.",
    ),
    "list_type": (
        "'{field}' harus berupa daftar yang berisi paling sedikit satu butir.",
        "tulis '{field}' sebagai daftar, setiap butir diawali '- '.",
    ),
    "dict_type": (
        "bagian '{field_or_file}' harus berupa pasangan kunci: nilai.",
        "periksa indentasi dan bentuk bagian itu; bandingkan dengan contoh di Panduan Guru.",
    ),
    "literal_error": ("nilai '{field}' tidak dikenal.", "pakai salah satu dari: {expected}."),
    "bool_type": (
        "'{field}' harus bernilai true atau false.",
        "tulis '{field}: true' atau '{field}: false'.",
    ),
}
#: Error types explained like another one.
SAME_EXPLANATION = {
    "string_too_short": "string_type",
    "too_short": "list_type",
    "model_type": "dict_type",
    "model_attributes_type": "dict_type",
    "bool_parsing": "bool_type",
}
FALLBACK = ("nilai '{field}' tidak sesuai ({msg}).", "bandingkan dengan contoh di Panduan Guru.")


def _explain(err: ErrorDetails, data: Any, path: Path) -> ContentProblem:
    location = _without_union_tags(data, tuple(err["loc"]))
    ctx = err.get("ctx") or {}
    if err["type"] == CUSTOM_ERROR:
        message, fix = err["msg"], str(ctx.get("fix", ""))
    else:
        field = str(location[-1]) if location else ""
        kind = SAME_EXPLANATION.get(err["type"], err["type"])
        values = {"tag": "", "expected_tags": "", "expected": "", **ctx}
        values |= {
            "types": type_choices(),
            "field": field,
            "field_or_file": field or "berkas",
            "msg": err["msg"],
        }
        message, fix = (text.format(**values) for text in EXPLANATIONS.get(kind, FALLBACK))
    return ContentProblem(
        file=path,
        place=describe_place(data, location),
        line=line_of(data, location),
        message=message,
        fix=fix,
    )
