"""The admin PIN on the command line: every admin command refuses without it, leaves the
event as it was, and the desk goes on scanning; with the PIN the command does its work."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from checkin import admin, audit, guests
from checkin.cli import ADMIN_COMMANDS, build_parser
from checkin.event import Event
from tests.cli.helpers import run

PIN = "471100"


def _content(path: Path) -> list[str]:
    """The event as SQL, without the trail of PIN attempts (a wrong PIN is counted)."""
    conn = sqlite3.connect(path)
    try:
        return [
            line
            for line in conn.iterdump()
            if not line.startswith('INSERT INTO "audit"') and "admin_pin_" not in line
        ]
    finally:
        conn.close()


@pytest.fixture
def locked(demo, tmp_path):
    """The demo event with an admin PIN, and the files the admin commands read."""
    with Event.open(demo) as event:
        admin.set_pin(event, PIN)
    (tmp_path / "guests.csv").write_text("Vorname;Nachname\nIrina;Sokolova\n", encoding="utf-8")
    (tmp_path / "tables.csv").write_text("Nr;Name\n40;Neu\n", encoding="utf-8")
    return demo


def _invocations(demo: Path, tmp: Path) -> dict[str, list]:
    """Each admin command as a user would run it (sub-command name first)."""
    return {
        "import": ["import", demo, tmp / "guests.csv"],
        "export": ["export", demo, "--format", "csv", "--out", tmp / "out.csv"],
        "purge": ["purge", demo, "--yes-delete-personal-data"],
        "reprint": ["reprint", demo, "35", "--reason", "lost"],
        "substitute": ["substitute", demo, "35", "--given", "Olga", "--family", "Ivanova"],
        "seat": ["seat", demo, "--guest", "35", "--table", "1"],
        "seat-auto": ["seat", demo, "--auto"],
        "items-add": ["items", demo, "--add", "Abendessen"],
        "items-activate": ["items", demo, "--activate", "3"],
        "tables": ["tables", demo, "--import", tmp / "tables.csv"],
        "rounds": ["rounds", demo, "--item", "2", "--auto", "--rounds", "2"],
        "restore": ["restore", tmp / "backup.checkin", demo],
        "sync": ["sync", demo, "--join-code"],
        "pretix": ["pretix", demo, "--pull"],
        "designs": ["designs", demo, "--import", tmp / "press.checkin-design"],
    }


def _prepare(name: str, demo: Path, tmp: Path) -> None:
    if name == "designs":  # a design file to import
        from checkin.badges.designs import package
        from checkin.badges.designs.default import default_design

        design = default_design(90, 54)
        data = package.pack(design.__class__("Presse", 90, 54, design.front), {})
        (tmp / "press.checkin-design").write_bytes(data)
    if name == "restore":  # an older copy of the event to put back
        copy = sqlite3.connect(tmp / "backup.checkin")
        with Event.open(demo, read_only=True) as event:
            event.db.conn.backup(copy)
        copy.close()


def _badge_code(path: Path, guest_id: int) -> str:
    with Event.open(path, read_only=True) as event:
        return guests.badge_code(event, guests.get_guest(event, guest_id))


CASES = list(_invocations(Path("e"), Path("t")))


@pytest.mark.parametrize("name", CASES)
def test_admin_command_without_pin_is_refused_and_changes_nothing(
    name, locked, tmp_path, capsys, monkeypatch
):
    _prepare(name, locked, tmp_path)
    argv = _invocations(locked, tmp_path)[name]
    before = _content(locked)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # a script: no terminal to ask on
    code, out, err = run(capsys, *argv)
    assert code == 1, err
    assert "has an admin PIN: give it with --pin" in err and err.count("\n") == 1
    assert _content(locked) == before
    assert not (tmp_path / "out.csv").exists()
    # The desk is not held up: a scan goes through.
    code, out, err = run(capsys, "scan", locked, _badge_code(locked, 43))
    assert code == 0 and "Ahrens" in out, err


@pytest.mark.parametrize("name", CASES)
def test_admin_command_with_a_wrong_pin_is_refused_and_counted(
    name, locked, tmp_path, capsys, monkeypatch
):
    _prepare(name, locked, tmp_path)
    before = _content(locked)
    code, _, err = run(capsys, *_invocations(locked, tmp_path)[name], "--pin", "000000")
    assert code == 1 and "Wrong admin PIN" in err
    assert _content(locked) == before
    with Event.open(locked, read_only=True) as event:
        failed = [e for e in audit.entries(event) if e.action == audit.PIN_FAILED]
    # A read-only command (export) cannot write; every other one counts the miss.
    assert len(failed) == (0 if name == "export" else 1)


# sync starts Syncthing; pretix needs a server (tests/pretix/test_cli.py pulls with the PIN)
@pytest.mark.parametrize("name", [c for c in CASES if c not in ("sync", "pretix")])
def test_admin_command_with_the_pin_does_its_work(name, locked, tmp_path, capsys):
    _prepare(name, locked, tmp_path)
    before = _content(locked)
    code, _, err = run(capsys, *_invocations(locked, tmp_path)[name], "--pin", PIN)
    assert code == 0, err
    if name == "export":
        assert (tmp_path / "out.csv").stat().st_size > 0
    elif name == "restore":
        assert list(tmp_path.glob("x.checkin.replaced-*"))
    else:
        assert _content(locked) != before


def test_the_pin_is_asked_for_on_a_terminal(locked, capsys, monkeypatch):
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    asked = []
    monkeypatch.setattr("sys.stdin", Terminal(""))
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or PIN)
    code, out, err = run(capsys, "items", locked, "--add", "Abendessen")
    assert code == 0, err
    assert asked == ["Admin PIN: "] and "Abendessen" in out


def test_without_a_pin_set_admin_commands_need_none(demo, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, out, err = run(capsys, "items", demo, "--add", "Abendessen")
    assert code == 0 and "Abendessen" in out, err


def test_listings_and_dry_runs_need_no_pin(locked, capsys, monkeypatch, tmp_path):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    for argv in (
        ["items", locked],
        ["tables", locked],
        ["seat", locked, "--auto", "--dry-run"],
        ["import", locked, tmp_path / "guests.csv", "--dry-run"],
        ["guests", locked],
    ):
        code, _, err = run(capsys, *argv)
        assert code == 0, (argv, err)


def test_the_admin_commands_are_exactly_those_that_take_a_pin():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    with_pin = {
        name
        for name, command in sub.choices.items()
        if any("--pin" in a.option_strings for a in command._actions)
    }
    assert with_pin == set(ADMIN_COMMANDS) - {"pin"}
    tested = {argv[0] for argv in _invocations(Path("e"), Path("t")).values()}
    assert tested == with_pin


def test_a_pin_deleted_with_sqlite_is_reported_by_admin_commands(locked, capsys, monkeypatch):
    conn = sqlite3.connect(locked)
    conn.execute("DELETE FROM settings WHERE key LIKE 'admin_pin%'")
    conn.commit()
    conn.close()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _, err = run(capsys, "items", locked, "--add", "Abendessen")
    assert code == 0
    assert "admin PIN of this event was removed outside checkin" in err
    with Event.open(locked, read_only=True) as event:
        assert audit.PIN_REMOVED_OUTSIDE in [e.action for e in audit.entries(event)]
        assert guests.get_guest(event, 35).family_name == "Biermann"
