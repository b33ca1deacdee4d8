"""checkin --self-test proves an installation works end to end, and fails when it does not."""

from __future__ import annotations

import subprocess
import sys

from checkin import selftest


def test_self_test_passes_every_step():
    lines: list[str] = []
    assert selftest.run(lines.append) == 0
    text = "\n".join(lines)
    for step in (
        "event file created",
        "imported 2 guests",
        "QR code decoded",
        "checked in",
        "exported",
    ):
        assert step in text
    assert lines[-1] == "self-test passed"


def test_self_test_fails_when_a_step_breaks(monkeypatch):
    import zxingcpp

    monkeypatch.setattr(zxingcpp, "read_barcodes", lambda *a, **k: [])  # a badge nobody can read
    lines: list[str] = []
    assert selftest.run(lines.append) == 1
    assert any("FAIL  render_badge" in line for line in lines)
    assert lines[-1] == "self-test FAILED"


def test_command_line_self_test_exit_code():
    proc = subprocess.run(
        [sys.executable, "-m", "checkin", "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "self-test passed" in proc.stdout
    assert "desk window opened" in proc.stdout  # the command line checks the desk too


def test_the_desk_step_fails_when_the_desk_does_not_check_in():
    lines: list[str] = []

    def broken_desk(event, code):
        raise AssertionError("the scan field ignored the scan")

    assert selftest.run(lines.append, desk_check=broken_desk) == 1
    assert any("FAIL  desk" in line for line in lines)
