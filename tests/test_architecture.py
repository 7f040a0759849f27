"""The layout's rules (ARCHITECTURE.md), read from the imports with ``ast``: a change that breaks one fails here."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

GEO = Path(__file__).resolve().parents[1] / "geo"
BASE = {"models", "errors", "tables"}  # what every stage may use
# stage -> the stages it may import (besides itself and BASE): article -> mentions -> places ->
# claims -> store -> timeline -> site, with the jobs combining them and the CLI calling the jobs.
ALLOWED = {
    "places": set(),
    "reading": {"places"},
    "claims": {"reading"},
    "store": set(),
    "site": set(),
    "jobs": {"places", "reading", "claims", "store", "site"},
    "cli": {"jobs", "__version__"},
}
TOP_LEVEL = {"__init__", "__main__", "cli", "models", "errors", "tables"}


def _unit(path: Path, root: Path) -> str:
    """The stage a file belongs to: its sub-package, or its module name at the top level."""
    rel = path.relative_to(root).parts
    return rel[0] if len(rel) > 1 else rel[0].removesuffix(".py")


def _geo_imports(path: Path) -> list[tuple[int, str]]:
    """(line, first component under geo) of every ``geo`` import, also those inside functions."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            parts = node.module.split(".")
            if parts[0] != "geo":
                continue
            if len(parts) > 1:
                found.append((node.lineno, parts[1]))
            else:  # from geo import x
                found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name.split(".")[1]) for a in node.names
                      if a.name.startswith("geo.")]
    return found


def violations(root: Path = GEO) -> list[str]:
    """Every import that crosses the layout's rules, as ``file:line: unit imports target``."""
    out = []
    for path in sorted(root.rglob("*.py")):
        unit = _unit(path, root)
        if unit == "__main__":
            continue
        allowed = ALLOWED.get(unit, set()) | BASE | {unit}
        if unit in BASE:
            allowed = BASE
        for line, target in _geo_imports(path):
            if target not in allowed:
                out.append(f"{path.relative_to(root.parent)}:{line}: {unit} imports {target}")
    return out


def test_every_import_follows_the_data_flow():
    assert violations() == []


def test_top_level_holds_only_the_cli_models_and_errors():
    modules = {p.stem for p in GEO.glob("*.py")}
    assert modules <= TOP_LEVEL, sorted(modules - TOP_LEVEL)
    stages = {p.name for p in GEO.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert stages == set(ALLOWED) - {"cli"}


def test_each_stage_says_what_goes_in_and_out():
    for stage in set(ALLOWED) - {"cli"}:
        doc = ast.get_docstring(ast.parse((GEO / stage / "__init__.py").read_text(encoding="utf-8")))
        assert doc and "In:" in doc and "Out:" in doc, stage


@pytest.mark.parametrize("unit, module, line", [
    ("site", "site/extra.py", "from geo.store.sqlite import Store\n"),  # the site reading the store
    ("claims", "claims/extra.py", "from geo.store import sqlite\n"),  # claim rules touching the store
    ("places", "places/extra.py", "def f():\n    from geo.claims.rules import extract_claims\n"),
    ("store", "store/extra.py", "import geo.cli\n"),  # anything importing the CLI
])
def test_a_broken_rule_is_caught(tmp_path, unit, module, line):
    root = tmp_path / "geo"
    (root / module).parent.mkdir(parents=True)
    (root / module).write_text(line)
    assert len(violations(root)) == 1 and f"{unit} imports" in violations(root)[0]
