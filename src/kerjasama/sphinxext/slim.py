"""Lighter pages: drop the parts of the theme's assets that this book never uses.

Readers pay for every byte, and a stock Jupyter Book 1 page loads about 2.4 MB, most of it
Font Awesome. After the HTML build this module

* replaces the scripts the asset registry marks never loaded (``fontawesome.js``, 1.5 MB,
  which redraws icons as SVG) with an empty stub: the theme's CSS already draws every
  icon from the Font Awesome web fonts;
* cuts those web fonts down to the few icons the pages show (a few KB instead of 270 KB);
* removes CSS rules whose selectors name a class or id that appears in no page and no
  script of the book, in the stylesheets the registry marks ``purged`` (rules for state
  classes set by scripts are kept, because every identifier in the shipped scripts
  counts as used).

It works on the built files only, so the theme itself is untouched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tinycss2
from fontTools import subset
from fontTools.ttLib import TTFont

from kerjasama.asset_registry import (
    ICON_FONT_SHEET,
    find,
    never_loaded,
    purged_stylesheets,
)

FONT_AWESOME_STUB = (
    "/* Ikon digambar dari CSS dan font kecil; skrip Font Awesome tidak dipakai. */\n"
)
FONTS = "vendor/fontawesome/webfonts"
CLASS_ATTR = re.compile(r'class="([^"]*)"')
ID_ATTR = re.compile(r'id="([^"]*)"')
STRING_LITERAL = re.compile(r"\"([^\"\\\n]*)\"|'([^'\\\n]*)'|`([^`\\]*)`")
SCRIPT_WORD = re.compile(r"[A-Za-z_][\w-]*")
SELECTOR_NAME = re.compile(r"[.#](-?[_a-zA-Z][\w-]*)")
FUNCTIONAL = re.compile(r":(not|is|where|has)\((?:[^()]|\([^()]*\))*\)")
ICON_RULE = re.compile(r"\.(fa-[a-z0-9-]+):before")
#: The theme's icon variables (``--pst-icon-info-circle:"\f05a"``, or another's ``var()``)
#: and the rules that draw them (admonition titles, the "hide search matches" link).
ICON_VARIABLE = re.compile(r"--(pst-icon-[\w-]+):\s*(\"[^\"]*\"|var\(--pst-icon-[\w-]+\))")
ICON_USE = re.compile(r"(?:(?<=[{}])|^)([^{}]+)\{[^{}]*?content:\s*var\(--(pst-icon-[\w-]+)\)")


@dataclass
class SlimReport:
    """Bytes before and after, per file, for the build log and the benchmark page."""

    before: int = 0
    after: int = 0


def used_names(pages: Iterable[str], static: Path) -> set[str]:
    """Every class and id in the pages, and every word in a string of the book's scripts.

    Scripts add state classes ("show", "active", …) by name, always as string literals.
    Scripts the registry marks never loaded do not count.
    """
    names: set[str] = set()
    for text in pages:
        for value in CLASS_ATTR.findall(text):
            names.update(value.split())
        names.update(ID_ATTR.findall(text))
    for script in static.rglob("*.js"):
        asset = find(script.relative_to(static.parent).as_posix())
        if asset is not None and not asset.loaded:
            continue
        code = script.read_text(encoding="utf-8", errors="replace")
        for literal in STRING_LITERAL.findall(code):
            names.update(SCRIPT_WORD.findall(" ".join(literal)))
    return names


def _selector_needed(selector: str, names: set[str]) -> bool:
    required = SELECTOR_NAME.findall(FUNCTIONAL.sub("", selector))
    return all(name in names for name in required)


def _purge_rules(rules: list[Any], names: set[str]) -> list[Any]:
    kept = []
    for rule in rules:
        if rule.type == "qualified-rule":
            selectors = [s.strip() for s in tinycss2.serialize(rule.prelude).split(",")]
            needed = [s for s in selectors if _selector_needed(s, names)]
            if not needed:
                continue
            if len(needed) < len(selectors):
                rule.prelude = tinycss2.parse_component_value_list(",".join(needed))
            kept.append(rule)
        elif rule.type == "at-rule" and rule.lower_at_keyword in {"media", "supports", "layer"}:
            if rule.content is None:
                kept.append(rule)
                continue
            inner = _purge_rules(tinycss2.parse_rule_list(rule.content), names)
            if inner:
                rule.content = tinycss2.parse_component_value_list(
                    "".join(r.serialize() for r in inner)
                )
                kept.append(rule)
        elif rule.type not in {"whitespace", "comment"}:
            kept.append(rule)
    return kept


def purge_css(text: str, names: set[str]) -> str:
    rules = tinycss2.parse_stylesheet(text, skip_comments=True, skip_whitespace=True)
    return "".join(rule.serialize() for rule in _purge_rules(rules, names))


def icon_codepoints(css: str, names: set[str]) -> set[int]:
    """The code points of the Font Awesome icons the pages use: by class (``fa-bars``) or
    through a theme variable in a rule the pages keep (a note's title icon)."""
    points = set()
    # Each rule is read from its start (after a brace), never from inside its selector.
    for match in re.finditer(r"(?:(?<=[{}])|^)([^{}]+)\{content:\"\\([0-9a-f]+)\"", css):
        icons = set(ICON_RULE.findall(match.group(1)))
        if icons & names:
            points.add(int(match.group(2), 16))
    variables = dict(ICON_VARIABLE.findall(css))
    for selectors, name in ICON_USE.findall(css):
        if not any(_selector_needed(s.strip(), names) for s in selectors.split(",")):
            continue
        value = variables.get(name, "")
        for _ in variables:  # follow var() to the variable holding the character
            if not value.startswith("var("):
                break
            value = variables.get(value[6:-1], "")
        point = _icon_character(value)
        if point is not None:
            points.add(point)
    return points


def _icon_character(value: str) -> int | None:
    """``"\\f05a"`` or the character itself in quotes; None for anything else."""
    inner = value[1:-1] if len(value) >= 2 and value[0] == value[-1] == '"' else ""
    if inner.startswith("\\") and re.fullmatch(r"[0-9a-fA-F]{1,6}", inner[1:]):
        return int(inner[1:], 16)
    return ord(inner) if len(inner) == 1 else None


def subset_font(source: Path, target: Path, points: set[int]) -> bool:
    """Write a WOFF with only ``points``; False when the font has none of them."""
    font = TTFont(source)
    available = points & set(font.getBestCmap())
    if not available:
        return False
    options = subset.Options()
    options.flavor = "woff"
    options.layout_features = []
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=available)
    subsetter.subset(font)
    font.flavor = "woff"
    font.save(target)
    return True


def slim_assets(html: Path, pages: Iterable[str]) -> SlimReport:
    """Apply every reduction to a built book in place; returns total bytes before/after.

    ``pages`` are the texts of every page (read once by the post-build pipeline).
    """
    static = html / "_static"
    report = SlimReport()
    names = used_names(pages, static)
    theme_css = static / ICON_FONT_SHEET
    original_theme = theme_css.read_text(encoding="utf-8") if theme_css.exists() else ""
    points = icon_codepoints(original_theme, names)

    for unused in never_loaded():
        for stub in sorted(static.glob(unused.name)):
            report.before += stub.stat().st_size
            stub.write_text(FONT_AWESOME_STUB, encoding="utf-8")
            report.after += stub.stat().st_size

    fonts = static / FONTS
    for woff2 in sorted(fonts.glob("*.woff2")) if fonts.exists() else []:
        report.before += woff2.stat().st_size
        small = woff2.with_suffix(".subset.woff")
        source = woff2.with_suffix(".ttf")  # the same font, readable without Brotli
        if source.exists() and subset_font(source, small, points):
            report.after += small.stat().st_size
            original_theme = original_theme.replace(
                f'url(../{FONTS}/{woff2.name}) format("woff2")',
                f'url(../{FONTS}/{small.name}) format("woff")',
            )
        else:
            original_theme = re.sub(
                rf"@font-face\{{[^}}]*{re.escape(woff2.name)}[^}}]*\}}", "", original_theme
            )

    for pattern in purged_stylesheets():
        for sheet in sorted(static.glob(pattern)):
            text = original_theme if sheet == theme_css else sheet.read_text(encoding="utf-8")
            report.before += sheet.stat().st_size
            sheet.write_text(purge_css(text, names), encoding="utf-8")
            report.after += sheet.stat().st_size
    return report
