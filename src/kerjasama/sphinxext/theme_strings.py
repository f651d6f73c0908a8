"""The few English strings that no gettext catalog reaches, translated in the built files.

Everything else is translated through catalogs (``kerjasama.sphinxext.locales``). These are
written into templates or scripts without ``_()``, so they are replaced after the build.
Each entry names the upstream file and the text there that produces it; a test fails when
that text is gone upstream, so an entry never outlives its reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FixedString:
    """One English string in the built output, and what it becomes."""

    #: Upstream file, relative to site-packages, and the text in it that produces ``english``.
    origin: str
    marker: str
    english: str
    indonesian: str


_SBT = "sphinx_book_theme/theme/sphinx_book_theme/"

#: In every page.
PAGE_STRINGS = (
    FixedString(
        _SBT + "components/sbt-sidebar-nav.html",
        'aria-label="Main"',
        'aria-label="Main"',
        'aria-label="Daftar bab"',
    ),
    FixedString(
        _SBT + "layout.html",
        '<nav aria-label="Page">',
        '<nav aria-label="Page">',
        '<nav aria-label="Isi halaman">',
    ),
    FixedString(
        _SBT + "components/toggle-primary-sidebar.html",
        'title="Toggle primary sidebar"',
        'title="Toggle primary sidebar"',
        'title="Tampilkan atau sembunyikan daftar bab"',
    ),
    FixedString(
        _SBT + "components/toggle-secondary-sidebar.html",
        'title="Toggle secondary sidebar"',
        'title="Toggle secondary sidebar"',
        'title="Tampilkan atau sembunyikan isi halaman"',
    ),
    # "{{ translate(text) }} {{ translate("logo") }}": English word order, and the button's
    # own text already names it, so the icon is decorative.
    FixedString(
        _SBT + "macros/buttons.html",
        '{{ translate("logo") }}',
        'alt="Binder logo"',
        'alt=""',
    ),
)

#: In the extensions' scripts under ``_static``.
STATIC_STRINGS = {
    # sphinx-copybutton keeps its messages in the script, keyed by <html lang>.
    "copybutton.js": (
        FixedString(
            "sphinx_copybutton/_static/copybutton.js_t",
            "const messages = {\n  'en': {",
            "const messages = {\n  'en': {",
            "const messages = {\n"
            "  'id': {\n"
            "    'copy': 'Salin',\n"
            "    'copy_to_clipboard': 'Salin ke papan klip',\n"
            "    'copy_success': 'Tersalin!',\n"
            "    'copy_failure': 'Gagal menyalin',\n"
            "  },\n"
            "  'en': {",
        ),
    ),
    "sphinx-thebe.js": (
        FixedString(
            "sphinx_thebe/_static/sphinx-thebe.js",
            "Launching from mybinder.org: ",
            "Launching from mybinder.org: ",
            "Menyiapkan kode di mybinder.org: ",
        ),
        FixedString(
            "sphinx_thebe/_static/sphinx-thebe.js",
            '.innerText = "Loading thebe from CDN...";',
            '.innerText = "Loading thebe from CDN...";',
            '.innerText = "Memuat Thebe dari internet...";',
        ),
    ),
}


def translate(text: str, strings: tuple[FixedString, ...]) -> str:
    for string in strings:
        text = text.replace(string.english, string.indonesian)
    return text


def translate_page(text: str) -> str:
    """A page with :data:`PAGE_STRINGS` translated (a post-build page step)."""
    return translate(text, PAGE_STRINGS)


def translate_static_files(html: Path) -> int:
    """:data:`STATIC_STRINGS` applied to the scripts under ``_static``; returns how many changed."""
    changed = 0
    for name, strings in STATIC_STRINGS.items():
        script = html / "_static" / name
        if script.exists():
            text = script.read_text(encoding="utf-8")
            fixed = translate(text, strings)
            if fixed != text:
                script.write_text(fixed, encoding="utf-8")
                changed += 1
    return changed
