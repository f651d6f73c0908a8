"""Validate loaded YAML with pydantic and explain every error in Indonesian.

Models raise :func:`problem` (a ``PydanticCustomError``) for rules of their own, so the
message and the fix travel together; pydantic's built-in error types are translated here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError
from pydantic_core import ErrorDetails, PydanticCustomError

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


def _explain(err: ErrorDetails, data: Any, path: Path) -> ContentProblem:
    location = _without_union_tags(data, tuple(err["loc"]))
    line = line_of(data, location)
    place = describe_place(data, location)
    kind = err["type"]
    field = str(location[-1]) if location else ""
    ctx = err.get("ctx") or {}
    if kind == CUSTOM_ERROR:
        message, fix = err["msg"], str(ctx.get("fix", ""))
    elif kind == "union_tag_invalid":
        message = f"jenis soal '{ctx.get('tag', '')}' tidak dikenal."
        fix = f"pakai salah satu jenis: {ctx.get('expected_tags', '')}."
    elif kind == "union_tag_not_found":
        message = "kunci 'type' (jenis soal) belum ada."
        fix = "tambahkan 'type: single', 'multiple', 'truefalse', atau 'classify'."
    elif kind == "missing":
        message = f"kunci '{field}' wajib ada tetapi tidak ditemukan."
        fix = f"tambahkan baris '{field}: ...' dengan isinya."
    elif kind == "extra_forbidden":
        message = f"kunci '{field}' tidak dikenal."
        fix = "periksa ejaannya atau hapus kunci itu (lihat Panduan Guru untuk kunci yang boleh)."
    elif kind == "string_pattern_mismatch":
        message = f"'{field}' hanya boleh berisi huruf kecil, angka, dan tanda hubung."
        fix = f"tulis '{field}' seperti 'bentuk-kerja-sama' (tanpa spasi atau huruf besar)."
    elif kind in {"string_type", "string_too_short"}:
        message = f"'{field}' harus berisi teks dan tidak boleh kosong."
        fix = f"isi '{field}' dengan teks."
    elif kind in {"list_type", "too_short"}:
        message = f"'{field}' harus berupa daftar yang berisi paling sedikit satu butir."
        fix = f"tulis '{field}' sebagai daftar, setiap butir diawali '- '."
    elif kind in {"dict_type", "model_type", "model_attributes_type"}:
        message = f"bagian '{field or 'berkas'}' harus berupa pasangan kunci: nilai."
        fix = "periksa indentasi dan bentuk bagian itu; bandingkan dengan contoh di Panduan Guru."
    elif kind == "literal_error":
        expected = ctx.get("expected", "")
        message = f"nilai '{field}' tidak dikenal."
        fix = f"pakai salah satu dari: {expected}."
    elif kind == "bool_type" or kind == "bool_parsing":
        message = f"'{field}' harus bernilai true atau false."
        fix = f"tulis '{field}: true' atau '{field}: false'."
    else:
        message = f"nilai '{field}' tidak sesuai ({err['msg']})."
        fix = "bandingkan dengan contoh di Panduan Guru."
    return ContentProblem(file=path, place=place, line=line, message=message, fix=fix)
