"""Each command imports what it uses and no more, so it starts in a blink: building the
parser loads no command's work, and ``checkin scan`` loads no Qt, PDF, spreadsheet,
image or numeric library (each costs tens of milliseconds before anything happens)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from checkin import guests
from checkin.event import Event

# Third-party packages a scan, a guest search or the help text never need.
HEAVY = {
    "PySide6",
    "shiboken6",
    "reportlab",
    "numpy",
    "scipy",
    "openpyxl",
    "xlrd",
    "PIL",
    "qrcode",
    "zxingcpp",
    "pypdfium2",
    "sqlite_utils",
    "charset_normalizer",
    "cryptography",  # pretix tickets: checked only for codes that are not ours
}
# Parts of checkin a scan never needs.
NOT_FOR_A_SCAN = ("checkin.ui", "checkin.badges", "checkin.exporting.attendance", "checkin.pretix",
                  "checkin.exporting.pdf", "checkin.exporting.xlsx", "checkin.importing",
                  "checkin.rounds", "checkin.seating", "checkin.sync", "checkin.printing")  # fmt: skip
# The event file's migrations: opening any event needs them (they live beside their features).
SCHEMA = {"checkin.sync", "checkin.sync.schema"}

_RUN = """
import json, sys
from checkin.cli import main
try:
    code = main(sys.argv[2:])
except SystemExit as exc:  # --help
    code = exc.code
with open(sys.argv[1], "w") as out:
    json.dump({"code": code, "modules": sorted(sys.modules)}, out)
"""


def _modules(tmp_path, *argv) -> tuple[int, set[str]]:
    """Run ``checkin ARGV…`` in a fresh interpreter: exit code and every module it loaded."""
    report = tmp_path / "modules.json"
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(report), *map(str, argv)], capture_output=True
    )
    assert report.exists(), done.stderr.decode()
    data = json.loads(report.read_text())
    return data["code"], set(data["modules"])


def _top(modules: set[str]) -> set[str]:
    return {m.split(".")[0] for m in modules}


def _a_code(path) -> str:
    with Event.open(path) as event:
        return guests.badge_code(event, guests.list_guests(event)[0])


def test_scan_imports_no_heavy_library(demo, tmp_path):
    code, modules = _modules(tmp_path, "scan", demo, _a_code(demo))
    assert code == 0  # the guest was checked in
    assert _top(modules) & HEAVY == set()
    assert [m for m in modules if m.startswith(NOT_FOR_A_SCAN) and m not in SCHEMA] == []


def test_help_builds_the_parser_without_any_command_work(tmp_path):
    code, modules = _modules(tmp_path, "--help")
    assert code == 0
    assert _top(modules) & HEAVY == set()
    # argparse needs the command modules and a few names (formats, reasons), nothing more
    assert [m for m in modules if m.startswith(NOT_FOR_A_SCAN) and m not in SCHEMA] == []
    assert "checkin.checkins" not in modules and "checkin.search" not in modules


@pytest.mark.parametrize("query", ["parfenov", "Müller"])
def test_guest_search_needs_no_heavy_library(demo, tmp_path, query):
    code, modules = _modules(tmp_path, "guests", demo, "--search", query)
    assert code == 0
    assert _top(modules) & HEAVY == set()


def test_every_command_still_has_its_help(tmp_path):
    """Lazy imports must not break a command's own --help (its parser is built up front)."""
    from checkin.cli import build_parser

    parser = build_parser()
    choices = next(a for a in parser._actions if hasattr(a, "choices") and a.choices).choices
    for name, sub in choices.items():
        assert sub.format_help().startswith("usage: checkin " + name)
    help_text = choices["import"].format_help()
    assert "given_name" in help_text and "{fields}" not in help_text
