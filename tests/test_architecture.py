"""The package's shape: small modules, rooms that import downwards, a light chapter API."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import typing
from pathlib import Path

import pytest

import kerjasama
from kerjasama.content.question_types import QUESTION_TYPES, type_choices
from kerjasama.content.questions import Question

SRC = Path(kerjasama.__file__).parent
ROOT = SRC.parents[1]
MAX_MODULE_LINES = 250
MAX_FUNCTION_LINES = 50


def _modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


@pytest.mark.parametrize("module", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_modules_and_functions_stay_small(module: Path) -> None:
    text = module.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= MAX_MODULE_LINES
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} baris)"
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and (node.end_lineno or 0) - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert long == []


def test_chapter_api_in_a_kernel_loads_no_sphinx() -> None:
    """What chapters import and show, run the way a kernel runs it."""
    script = (
        "import sys\n"
        "from kerjasama import selfcheck, ConceptExplorer, process_diagram, scenario_matrix\n"
        "html = selfcheck('bentuk-kerja-sama')._repr_mimebundle_()['text/html']\n"
        "assert 'class=\"selfcheck\"' in html\n"
        "ConceptExplorer(['kerja-sama'])._repr_mimebundle_()\n"
        "process_diagram()._repr_html_(); scenario_matrix()._repr_html_()\n"
        "loaded = {m.split('.')[0] for m in sys.modules}\n"
        "print(sorted(loaded & {'sphinx', 'docutils', 'myst_nb'}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT / "book", capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_public_api_names_what_it_exports() -> None:
    for name in kerjasama.__all__:
        assert getattr(kerjasama, name) is not None
    assert set(kerjasama.__all__) == {"__version__", *kerjasama._PUBLIC}
    with pytest.raises(AttributeError):
        kerjasama.no_such_name  # noqa: B018


def test_import_contracts_hold() -> None:
    result = subprocess.run(
        [str(Path(sys.executable).parent / "lint-imports"), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-2000:]
    assert "0 broken" in result.stdout


def test_question_types_are_the_models_tags() -> None:
    models = typing.get_args(typing.get_args(Question)[0])
    tags = {typing.get_args(m.model_fields["type"].annotation)[0] for m in models}
    assert tags == set(QUESTION_TYPES)
    assert type_choices() == "'type: single', 'multiple', 'truefalse', atau 'classify'"


def test_version_is_written_once() -> None:
    """The package metadata reads ``kerjasama.__version__``; no other file repeats it."""
    import importlib
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in config["project"]["dynamic"] and "version" not in config["project"]
    attr = config["tool"]["setuptools"]["dynamic"]["version"]["attr"]
    module, _, name = attr.rpartition(".")
    assert getattr(importlib.import_module(module), name) is kerjasama.__version__
    assert re.fullmatch(r"\d+\.\d+\.\d+", kerjasama.__version__)
    quoted = (f'"{kerjasama.__version__}"', f"'{kerjasama.__version__}'")
    written = [
        str(path.relative_to(ROOT))
        for path in [
            *SRC.rglob("*.py"), *SRC.rglob("*.js"), ROOT / "pyproject.toml",
            ROOT / "_config.yml", ROOT / "package.json",
        ]
        if any(q in path.read_text(encoding="utf-8") for q in quoted)
    ]  # fmt: skip
    assert written == ["src/kerjasama/__init__.py"]


def test_no_type_ignore_comments() -> None:
    assert [str(p) for p in _modules() if "type: ignore" in p.read_text(encoding="utf-8")] == []


#: Import name → distribution name, where they differ.
DISTRIBUTIONS = {
    "fontTools": "fonttools",
    "markdown_it": "markdown-it-py",
    "myst_nb": "myst-nb",
    "jupyter_cache": "jupyter-cache",
    "ruamel": "ruamel.yaml",
    "pydantic_core": "pydantic",
}


def test_every_third_party_import_is_a_declared_dependency() -> None:
    imported = set()
    for module in _modules():
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    third_party = imported - set(sys.stdlib_module_names) - {"kerjasama"}
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    declared = pyproject.split("dependencies = [", 1)[1].split("]", 1)[0].lower()
    missing = {
        name for name in third_party if f'"{DISTRIBUTIONS.get(name, name).lower()}' not in declared
    }
    assert missing == set()
