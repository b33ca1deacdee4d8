"""checkin backup / backups / restore / pin from the command line."""

from __future__ import annotations

import io
import json

from checkin import admin, checkins
from checkin.event import Event
from tests.cli.helpers import run


def test_backup_then_list_as_json(demo, capsys, tmp_path):
    code, out, _ = run(capsys, "backup", demo, "--json")
    assert code == 0
    taken = json.loads(out)["path"]
    code, out, _ = run(capsys, "backup", demo, "--dir", tmp_path / "elsewhere")
    assert code == 0 and "elsewhere" in out

    code, out, _ = run(capsys, "backups", demo, "--json")
    rows = json.loads(out)
    assert code == 0
    assert [r["path"] for r in rows] == [taken]
    assert rows[0]["ok"] is True and rows[0]["size"] > 0


def test_restore_brings_back_the_old_state_and_keeps_the_new_file(demo, capsys):
    run(capsys, "backup", demo)
    (backup_row,) = json.loads(run(capsys, "backups", demo, "--json")[1])
    with Event.open(demo) as event:
        checkins.check_in(event, 1)
    code, out, _ = run(capsys, "restore", backup_row["path"], demo, "--json")
    data = json.loads(out)
    assert code == 0
    with Event.open(demo) as event:
        assert checkins.log_entries(event) == []
    with Event.open(data["replaced_kept_as"], read_only=True) as old:
        assert len(checkins.log_entries(old)) == 1


def test_damaged_file_message_names_the_backup_to_restore(demo, capsys):
    run(capsys, "backup", demo)
    demo.write_bytes(demo.read_bytes()[:7000])
    code, _, err = run(capsys, "stats", demo)
    assert code == 2
    assert "damaged" in err and "x.checkin.backups" in err and err.count("\n") == 1


def test_restore_of_missing_backup_is_bad_input(demo, capsys, tmp_path):
    code, _, err = run(capsys, "restore", tmp_path / "none.checkin", demo)
    assert code == 2 and "no such backup" in err


def test_backups_of_unknown_file(capsys, tmp_path):
    code, _, err = run(capsys, "backups", tmp_path / "nothing.checkin")
    assert code == 2 and "no such event file" in err


def test_pin_set_check_and_wrong(demo, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("246800\n246800\n"))
    assert run(capsys, "pin", demo, "--set")[0] == 0
    with Event.open(demo) as event:
        assert admin.verify_pin(event, "246800")
    monkeypatch.setattr("sys.stdin", io.StringIO("111100\n"))
    code, _, err = run(capsys, "pin", demo, "--check")
    assert code == 1 and "Wrong" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("246800\n"))
    assert run(capsys, "pin", demo, "--check")[0] == 0


def test_pin_change_needs_current_and_matching_repeat(demo, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("246800\n246800\n"))
    run(capsys, "pin", demo, "--set")
    monkeypatch.setattr("sys.stdin", io.StringIO("246800\n135700\n135800\n"))
    code, _, err = run(capsys, "pin", demo, "--set")
    assert code == 2 and "do not match" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("000000\n135700\n135700\n"))
    code, _, err = run(capsys, "pin", demo, "--set")
    assert code == 1 and "Wrong admin PIN" in err  # refused, like a wrong --check
    with Event.open(demo) as event:
        assert admin.verify_pin(event, "246800")
