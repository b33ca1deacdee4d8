"""What the app needs installed: the bundle a reception laptop downloads carries all of it,
so heavy libraries stay out unless the app really uses them."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Numeric libraries: a third of the bundle once, for one assignment function and a few
# array conversions that plain Python and zxing-cpp do as well.
KEPT_OUT = {"numpy", "scipy"}


def _imported(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def test_the_app_imports_no_numeric_library():
    offenders = {
        str(path.relative_to(ROOT)): sorted(_imported(path) & KEPT_OUT)
        for path in (ROOT / "checkin").rglob("*.py")
        if _imported(path) & KEPT_OUT
    }
    assert offenders == {}


def test_the_app_does_not_install_them_either():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    names = {dep.split(">")[0].split("=")[0].split("[")[0].strip().lower()
             for dep in project["dependencies"] + project["optional-dependencies"]["camera"]}  # fmt: skip
    assert names & KEPT_OUT == set()
