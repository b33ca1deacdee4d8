"""The architecture, checked: a Qt-free core, UI feature packages with public faces, small modules."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "checkin"
UI = PACKAGE / "ui"
# checkin/ui/ modules that assemble the window rather than belong to one feature
UI_ASSEMBLY = {"__init__.py", "app.py", "main_window.py", "bridge.py", "context.py"}
MAX_LINES = 400


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_nothing_outside_ui_imports_qt():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.is_relative_to(UI):
            continue
        if any(
            n.split(".")[0] in ("PySide6", "PyQt5", "PyQt6", "shiboken6") for n in _imports(path)
        ):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_every_cli_command_is_listed():
    from checkin.cli import COMMANDS

    modules = {p.stem.removeprefix("cmd_") for p in (PACKAGE / "cli").glob("cmd_*.py")}
    assert modules == set(COMMANDS)


def test_the_ui_is_made_of_feature_packages():
    loose = {p.name for p in UI.glob("*.py")} - UI_ASSEMBLY
    assert loose == set()
    for package in (p for p in UI.iterdir() if p.is_dir() and p.name != "__pycache__"):
        init = package / "__init__.py"
        assert init.is_file(), package.name
        assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), package.name


def test_ui_packages_use_only_each_others_public_names():
    """``from checkin.ui.seating import X`` is fine; ``checkin.ui.seating.model`` from elsewhere is not."""
    offenders = []
    for path in UI.rglob("*.py"):
        parts = path.relative_to(UI).parts
        own = parts[0] if len(parts) > 1 else None
        for name in _imports(path):
            bits = name.split(".")
            if bits[:2] != ["checkin", "ui"] or len(bits) < 4 or bits[2] == own:
                continue
            if f"{bits[2]}.py" in UI_ASSEMBLY:
                continue
            offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_no_module_is_over_400_lines():
    big = {
        str(p.relative_to(PACKAGE)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert big == {}


def test_no_qobject_carries_the_event_as_event():
    """``window.event`` would hide QObject.event(); the desk context holds the event."""
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if "window.event" in p.read_text(encoding="utf-8").replace("window.event(", "")
    ]
    assert offenders == []


def test_one_transliteration_module_and_one_font_module():
    """Two copies drift apart (Шэфер vs Шефер for "Schäfer"): names in another script and
    the PDF font family each have one home, used by badges, lists, printouts and search."""
    translit = sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*translit*.py"))
    fonts = sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*font*.py"))
    assert translit == ["translit.py"]
    assert fonts == ["fonts.py"]
    letter_tables = re.compile(r"""["']щ["']\s*[:,]""")  # a Cyrillic letter mapped to something
    for path in PACKAGE.rglob("*.py"):
        name = str(path.relative_to(PACKAGE))
        text = path.read_text(encoding="utf-8")
        if name != "translit.py":
            assert not letter_tables.search(text), f"{name} has a transliteration table"
        if name != "fonts.py":
            assert "TTFont(" not in text, f"{name} registers fonts of its own"
