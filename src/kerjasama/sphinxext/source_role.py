"""``{sumber}`(Soekanto dan Sulistyowati, 2013)```: a citation that reads well in JupyterLab too.

In the book it is exactly ``{cite}`soekanto2013```: the text names the sources by their
author–year labels, and the role hands their keys to sphinxcontrib-bibtex's ``cite:p``
role, so the page gets the same linked citation and the bibliography the same entries.
jupyterlab-myst has no bibliography and shows an unknown role's text as it stands, so a
student in Binder reads the same "(Soekanto dan Sulistyowati, 2013)" (see
``kerjasama.content.lab_view``, which checks every such text before the build).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docutils import nodes

from kerjasama.content.lab_view import SOURCE_ROLE, source_keys
from kerjasama.content.references import keys_by_label


def source_role(
    name: str,
    rawtext: str,
    text: str,
    lineno: int,
    inliner: Any,
    options: dict[str, Any] | None = None,
    content: list[str] | None = None,
) -> tuple[list[nodes.Node], list[nodes.system_message]]:
    """The ``cite:p`` citation of the sources that ``text`` names by their labels."""
    env = inliner.document.settings.env
    bibliography = Path(env.srcdir) / env.config.bibtex_bibfiles[0]
    keys, unknown = source_keys(text, keys_by_label(bibliography))
    if unknown or not keys:
        message = inliner.reporter.error(
            f"{{{SOURCE_ROLE}}}: sumber '{'; '.join(unknown) or text}' tidak cocok dengan "
            "satu entri di references.bib; tulis (Nama, tahun) persis seperti di daftar pustaka.",
            line=lineno,
        )
        problem = inliner.problematic(rawtext, rawtext, message)
        return [problem], [message]
    cite = env.get_domain("cite").role("p")
    return cite("cite:p", rawtext, ",".join(keys), lineno, inliner, options or {}, content or [])
