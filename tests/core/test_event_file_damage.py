"""Damaged, truncated, missing, read-only and full: clear messages, nothing lost."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from checkin import backup, checkins, guests
from checkin.errors import DamagedEventFile, EventFileError
from checkin.event import Event

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def closed_event_with_backups(event):
    """The test event with two good backups, closed (WAL checkpointed into the file)."""
    backup.snapshot(event)
    anna = guests.list_guests(event)[0]
    checkins.check_in(event, anna.id)
    newest = backup.snapshot(event)
    event.close()
    return event.path, newest


def _root_page(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table])
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        return (page.fetchone()[0] - 1) * size
    finally:
        conn.close()


def test_truncated_file_is_detected_and_names_the_last_good_backup(closed_event_with_backups):
    path, newest = closed_event_with_backups
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(DamagedEventFile) as info:
        Event.open(path)
    assert info.value.backup.path == newest.path
    assert str(newest.path) in str(info.value)
    assert info.value.key == "file_damaged_backup"


def test_file_cut_inside_the_header_is_damaged_not_foreign(closed_event_with_backups):
    path, newest = closed_event_with_backups
    path.write_bytes(path.read_bytes()[:10])
    with pytest.raises(DamagedEventFile) as info:
        Event.open(path)
    assert info.value.backup.path == newest.path


def test_flipped_bytes_in_a_table_page_are_detected(closed_event_with_backups):
    path, newest = closed_event_with_backups
    offset = _root_page(path, "guests")
    with path.open("r+b") as fh:
        fh.seek(offset)
        fh.write(b"\xff\xff\xff\xff")  # page type and free-block pointer: garbage
    with pytest.raises(DamagedEventFile) as info:
        Event.open(path)
    assert "malformed" in str(info.value) or "corrupt" in str(info.value)
    assert info.value.backup.path == newest.path


def test_a_damaged_newest_backup_is_skipped_for_an_older_good_one(closed_event_with_backups):
    path, newest = closed_event_with_backups
    older = backup.list_backups(path)[1]
    newest.path.write_bytes(newest.path.read_bytes()[:4096])
    path.write_bytes(path.read_bytes()[:5000])
    with pytest.raises(DamagedEventFile) as info:
        Event.open(path)
    assert info.value.backup.path == older.path


def test_damaged_without_backup_says_so(event):
    path = event.path
    event.close()
    path.write_bytes(path.read_bytes()[:6000])
    with pytest.raises(DamagedEventFile) as info:
        Event.open(path)
    assert info.value.backup is None
    assert info.value.key == "file_damaged_no_backup"


def test_offered_backup_restores_a_working_event(closed_event_with_backups):
    path, newest = closed_event_with_backups
    path.write_bytes(path.read_bytes()[:5000])
    with pytest.raises(DamagedEventFile) as info:
        Event.open(path)
    kept = backup.restore(info.value.backup, path)
    with Event.open(path) as ev:
        assert len(checkins.log_entries(ev)) == 1  # the check-in before the newest backup
    assert kept.stat().st_size == 5000  # the damaged file is kept, not deleted


def test_missing_file_has_a_clear_message(tmp_path):
    with pytest.raises(EventFileError) as info:
        Event.open(tmp_path / "weg.checkin")
    assert info.value.key == "file_missing"
    assert "no such event file" in str(info.value)


# -- read-only media -------------------------------------------------------------------------
READ_ONLY_CHILD = """
import os, sys, importlib.metadata
from checkin import checkins
from checkin.errors import CheckinError
from checkin.event import Event
if os.geteuid() == 0:
    os.setuid(65534)  # root ignores permissions: act as an ordinary user
try:
    Event.open(sys.argv[1])
except CheckinError as exc:
    print("write:", exc.key)
with Event.open(sys.argv[1], read_only=True) as ev:
    print("read:", ev.info.name)
    try:
        checkins.check_in(ev, 1)
    except CheckinError as exc:
        print("scan:", exc.key)
"""


@pytest.fixture
def shared_dir():
    """A folder an unprivileged user can reach (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="checkin-ro-"))
    folder.chmod(0o755)
    yield folder
    folder.chmod(0o755)
    shutil.rmtree(folder)


def _copy_event(event, folder: Path) -> Path:
    target = folder / "event.checkin"
    event.close()
    shutil.copy(event.path, target)
    target.chmod(0o644)
    return target


def _run_child(path: Path) -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", READ_ONLY_CHILD, str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_read_only_file_gets_a_clear_message_and_can_still_be_read(event, shared_dir):
    path = _copy_event(event, shared_dir)
    before = path.read_bytes()
    path.chmod(0o444)
    assert _run_child(path) == ["write: read_only", "read: Testbörse", "scan: read_only"]
    assert path.read_bytes() == before


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_read_only_folder_gets_a_clear_message_and_can_still_be_read(event, shared_dir):
    path = _copy_event(event, shared_dir)
    before = path.read_bytes()
    shared_dir.chmod(0o555)  # like a write-protected USB stick
    assert _run_child(path) == ["write: read_only", "read: Testbörse", "scan: read_only"]
    assert path.read_bytes() == before


# -- a full disk -----------------------------------------------------------------------------
def _fill_up(event) -> None:
    """Let the file grow no further: SQLite then fails exactly as on a full disk."""
    pages = event.db.execute("PRAGMA page_count").fetchone()[0]
    event.db.execute(f"PRAGMA max_page_count = {pages}")


def test_full_disk_refuses_the_checkin_with_a_message_and_loses_nothing(event):
    anna, ivan, _ = sorted(guests.list_guests(event), key=lambda g: g.id)
    first = checkins.check_in(event, anna.id)
    _fill_up(event)
    many = [{"given_name": f"Walk-in {i}", "notes": "n" * 2000} for i in range(200)]
    with pytest.raises(EventFileError) as info:
        guests.add_guests(event, many)
    assert info.value.key == "disk_full"
    assert "disk is full" in str(info.value)
    assert len(guests.list_guests(event)) == 3  # all or nothing
    assert [e.id for e in checkins.log_entries(event)] == [first.entry.id]

    event.db.execute("PRAGMA max_page_count = 1073741823")  # space freed
    second = checkins.check_in(event, ivan.id)
    assert second.result is checkins.Result.CHECKED_IN
    assert event.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_full_disk_during_a_checkin_raises_disk_full(event):
    anna = guests.list_guests(event)[0]
    _fill_up(event)
    for _ in range(200):  # the log grows until the page runs out
        try:
            checkins.check_in(event, anna.id)
            checkins.undo(event, anna.id)
        except EventFileError as exc:
            assert exc.key == "disk_full"
            break
    else:
        pytest.fail("the full disk was never reported")
    # every entry that was acknowledged is there and the file is sound
    assert event.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


# -- a read-only medium holding a -wal but no -shm -----------------------------------------
WAL_CHILD = """
import os, sys, importlib.metadata, csv, shutil, tempfile, sqlite3, encodings.utf_8_sig, _strptime
from checkin import checkins
from checkin.cli import build_parser, main
from checkin.event import Event
from checkin.exporting import formats, log_export
build_parser()  # imports every command now: the Python install may be unreadable below
if os.geteuid() == 0:
    os.setuid(65534)  # root ignores permissions: act as an ordinary user
with Event.open(sys.argv[1], read_only=True) as ev:
    print("log:", len(checkins.log_entries(ev)))
    scratch = ev._scratch  # the private copy (it holds personal data)
print("copy removed:", scratch is not None and not os.path.exists(scratch))
out = sys.argv[2]
print("export:", main(["export", sys.argv[1], "--format", "log", "--out", out + "/log.csv"]))
print("backup:", main(["backup", sys.argv[1], "--dir", out + "/backups"]))
with Event.open(next(os.scandir(out + "/backups")).path, read_only=True) as ev:
    print("backup log:", len(checkins.log_entries(ev)))
"""


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_read_only_medium_with_a_wal_but_no_shm_shows_every_check_in(event, shared_dir):
    """Copied off a desk that was still running: the last 74 check-ins are only in -wal."""
    anna = guests.list_guests(event)[0]
    checkins.check_in(event, anna.id)
    event.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the first one is in the file
    event.db.execute("PRAGMA wal_autocheckpoint = 0")  # the rest stays in the -wal
    for _ in range(37):
        checkins.check_out(event, anna.id)
        checkins.check_in(event, anna.id)
    assert len(checkins.log_entries(event)) == 75
    stick = shared_dir / "stick"
    stick.mkdir()
    for suffix in ("", "-wal"):  # what a file manager copies of a file in use
        shutil.copy(f"{event.path}{suffix}", stick / f"event.checkin{suffix}")
    event.close()
    path = stick / "event.checkin"
    for f in stick.iterdir():
        f.chmod(0o444)
    out = shared_dir / "out"
    out.mkdir()
    out.chmod(0o777)
    stick.chmod(0o555)  # write-protected: SQLite cannot make the -shm it needs
    before = {f.name: f.read_bytes() for f in stick.iterdir()}
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", WAL_CHILD, str(path), str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "log: 75" in lines and "export: 0" in lines and "backup: 0" in lines
    assert "backup log: 75" in lines and "copy removed: True" in lines
    rows = (out / "log.csv").read_text("utf-8-sig").splitlines()
    assert len(rows) == 76  # header and every check-in and check-out
    assert {f.name: f.read_bytes() for f in stick.iterdir()} == before  # nothing written
    stick.chmod(0o755)
