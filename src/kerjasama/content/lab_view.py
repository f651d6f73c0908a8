"""MyST that a student reads in JupyterLab too: every construct needs a readable form there.

Binder opens a chapter as a notebook, and jupyterlab-myst renders its Markdown cells. It
knows admonitions, tabs, grids, cards, dropdowns and ``{term}``, but it has no
bibliography and no other pages: ``{cite}`soekanto2013``` shows the bare key under a
"Citation Not Found" mark, and ``{doc}`04-jenis-kerja-sama``` the file's slug, as a link
that opens nothing. A role it does not know shows its text as written. So the pages a
student opens in Binder write

* a citation as ``{sumber}`(Soekanto dan Sulistyowati, 2013)```: the book turns it into
  the same linked citation as ``{cite}`` (``kerjasama.sphinxext.source_role``), and
  JupyterLab shows the text as it stands;
* a link to another page as ``[Jenis-Jenis Kerja Sama](04-jenis-kerja-sama.md)``: the book
  links the page, JupyterLab opens the file.

This rule reports, with its line and the replacement to write, every construct of those
pages that JupyterLab cannot show readably.
"""

from __future__ import annotations

import re
from pathlib import Path

from kerjasama.content.pagetext import prose_lines
from kerjasama.content.references import keys_by_label, parenthetical_citation
from kerjasama.errors import ContentProblem

SOURCE_ROLE = "sumber"
#: Roles jupyterlab-myst shows readably (``sumber`` as its plain text).
LAB_ROLES = frozenset({"term", SOURCE_ROLE, "abbr", "sub", "sup"})
#: Directives jupyterlab-myst renders (``code-cell`` is jupytext's cell marker).
LAB_DIRECTIVES = frozenset(
    {"admonition", "note", "tip", "warning", "important", "attention", "caution", "hint",
     "seealso", "dropdown", "tab-set", "tab-item", "grid", "grid-item-card", "card",
     "figure", "image", "code-cell", "math", "list-table"}
)  # fmt: skip
ROLE = re.compile(r"\{([\w:-]+)\}`([^`]*)`")
DIRECTIVE = re.compile(r"^\s*(?:`{3,}|:{3,})\{([\w-]+)\}")
EMPTY_PAGE_LINK = re.compile(r"\[\]\(([^)\s]+\.md)(#[^)\s]*)?\)")
SOURCE = re.compile(r"\{sumber\}`([^`]*)`")
_TITLE = re.compile(r"^# (.+)$", re.M)
_NOTEBOOK = re.compile(r"^kernelspec:", re.M)

WHERE = "di JupyterLab (tombol Binder)"


def is_notebook(text: str) -> bool:
    """A page with a kernelspec in its jupytext header opens as a notebook in Binder."""
    return text.startswith("---") and bool(_NOTEBOOK.search(text.split("\n---", 1)[0]))


def page_title(page: Path) -> str | None:
    match = _TITLE.search(page.read_text(encoding="utf-8")) if page.exists() else None
    return match.group(1).strip() if match else None


def source_keys(text: str, labels: dict[str, list[str]]) -> tuple[list[str], list[str]]:
    """The keys a ``{sumber}`` text names, and the parts that name no single source."""
    inner = text.strip()
    if inner.startswith("(") and inner.endswith(")"):
        inner = inner[1:-1]
    else:
        return [], [text]
    keys: list[str] = []
    unknown: list[str] = []
    for part in (p.strip() for p in inner.split(";")):
        found = labels.get(part, [])
        if len(found) == 1:
            keys.append(found[0])
        else:
            unknown.append(part)
    return keys, unknown


def lab_view_problems(page: Path, bibliography: Path | None) -> list[ContentProblem]:
    """Constructs of a notebook page that JupyterLab shows as raw or broken text."""
    text = page.read_text(encoding="utf-8")
    if not is_notebook(text):
        return []
    labels = keys_by_label(bibliography) if bibliography is not None else None
    found: list[tuple[int, str, str, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        directive = DIRECTIVE.match(line)
        if directive and directive.group(1) not in LAB_DIRECTIVES:
            found.append((number, *_directive_problem(directive.group(1))))
    for prose in prose_lines(text):
        for role in ROLE.finditer(prose.text):
            problem = _role_problem(page, role, bibliography, labels)
            if problem is not None:
                found.append((prose.number, role.group(0), *problem))
        for link in EMPTY_PAGE_LINK.finditer(prose.text):
            title = page_title(page.parent / link.group(1)) or "Judul Halaman"
            message = f"tautan tanpa teks tampil {WHERE} sebagai nama berkas '{link.group(1)}'."
            fix = f"tulis teks tautannya: [{title}]({link.group(1)}{link.group(2) or ''})."
            found.append((prose.number, link.group(0), message, fix))
    return [ContentProblem(page, place, msg, fix, line=line) for line, place, msg, fix in found]


def _directive_problem(name: str) -> tuple[str, str, str]:
    return (
        f"{{{name}}}",
        f"direktif {{{name}}} tidak dapat ditampilkan {WHERE}; siswa akan melihat kode mentah.",
        "hapus direktif itu dari halaman notebook ini, atau pindahkan isinya ke halaman yang "
        "bukan notebook.",
    )


def _role_problem(
    page: Path, role: re.Match[str], bibliography: Path | None, labels: dict[str, list[str]] | None
) -> tuple[str, str] | None:
    """(message, fix) for a role JupyterLab cannot show readably, else None."""
    name, body = role.group(1), role.group(2)
    if name.startswith("cite"):
        return _cite_problem(name, body, bibliography)
    if name == "doc":
        target = body.rsplit("<", 1)[1].rstrip(">").strip() if "<" in body else body
        label = body.rsplit("<", 1)[0].strip() if "<" in body else None
        title = label or page_title(page.parent / f"{target}.md") or "Judul Halaman"
        return (
            f"{{doc}} tampil {WHERE} sebagai nama berkas '{target}', dan tautannya tidak "
            "membuka apa pun.",
            f"tulis tautan Markdown [{title}]({target}.md); di buku hasilnya sama.",
        )
    if name == SOURCE_ROLE:
        unknown = source_keys(body, labels)[1] if labels is not None else []
        if not unknown:
            return None
        known = "; ".join(sorted(labels or {}))
        return (
            f"sumber '{'; '.join(unknown)}' tidak cocok dengan satu entri di book/references.bib.",
            "tulis di dalam kurung nama penulis dan tahun persis seperti di daftar pustaka, "
            f"dipisah titik koma. Yang tersedia: {known}.",
        )
    if name in LAB_ROLES:
        return None
    return (
        f"peran {{{name}}} tidak dikenal {WHERE}; siswa akan melihat teks mentahnya.",
        "tulis teksnya biasa saja, atau pakai {term}, {sumber}, atau tautan Markdown "
        "[teks](berkas.md).",
    )


def _cite_problem(name: str, body: str, bibliography: Path | None) -> tuple[str, str]:
    keys = [k.strip() for k in body.split(",") if k.strip()]
    try:
        shown = parenthetical_citation(bibliography, keys) if bibliography else None
    except KeyError:
        shown = None  # an unknown key: citation_problems names it
    fix = (
        f"tulis {{{SOURCE_ROLE}}}`{shown}`; di buku hasilnya sama dengan {{cite}}."
        if shown
        else f"tulis {{{SOURCE_ROLE}}}`(Nama, tahun)` persis seperti di daftar pustaka."
    )
    return (
        f"{{{name}}} tampil {WHERE} sebagai kunci '{body}' bertanda 'Citation Not Found', "
        "bukan sebagai nama penulis dan tahun.",
        fix,
    )
