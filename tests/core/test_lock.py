"""One writer per event file: a second checkin gets a clear message, not a fight."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from checkin import checkins, guests, lock
from checkin.errors import EventLocked
from checkin.event import Event

ROOT = Path(__file__).resolve().parents[2]


def _in_other_process(code: str, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=60
    )


OPEN = """
import sys
from checkin.event import Event
from checkin.errors import CheckinError
try:
    Event.open(sys.argv[1]).close()
except CheckinError as exc:
    print(type(exc).__name__, exc)
else:
    print("opened")
"""


def test_second_process_is_told_who_holds_the_file(event):
    result = _in_other_process(OPEN, str(event.path))
    assert result.stdout.startswith("EventLocked"), result.stderr
    assert f"process {os.getpid()}" in result.stdout
    assert socket.gethostname() in result.stdout
    assert "open in another checkin" in result.stdout


def test_cli_scan_in_second_process_is_refused_with_one_line(event):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-m", "checkin", "scan", str(event.path), "CK123"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "open in another checkin" in result.stderr
    assert checkins.log_entries(event) == []


def test_file_is_free_again_after_close(event):
    path = event.path
    event.close()
    assert _in_other_process(OPEN, str(path)).stdout.strip() == "opened"


def test_read_only_open_works_while_another_process_holds_it(event):
    code = """
import sys
from checkin.event import Event
with Event.open(sys.argv[1], read_only=True) as ev:
    print(ev.info.name, ev.read_only)
"""
    result = _in_other_process(code, str(event.path))
    assert result.stdout.strip() == "Testbörse True", result.stderr


def test_stale_lock_of_a_dead_process_is_taken_over(tmp_path, event):
    path = event.path
    event.close()
    lock.lock_path(path).write_text(json.dumps({"pid": 999999, "host": "old-laptop"}))
    with Event.open(path) as reopened:
        holder = lock.read_holder(path)
        assert holder.pid == os.getpid()
        assert reopened.info.name == "Testbörse"


def test_same_process_may_open_twice_and_keeps_lock_until_last_close(event):
    second = Event.open(event.path)  # e.g. a background task's own connection
    second.close()
    assert lock.is_locked_elsewhere(event.path) is False
    result = _in_other_process(OPEN, str(event.path))
    assert result.stdout.startswith("EventLocked")  # the window still holds it


def test_lock_error_is_a_checkin_error_with_key(tmp_path):
    err = EventLocked("file_locked", path="x.checkin", holder="process 1 on desk-2")
    assert err.key == "file_locked" and "desk-2" in str(err)


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_holder_of_unreadable_lock_file_still_refuses(event):
    lock.lock_path(event.path).write_bytes(b"\x00garbage")
    result = _in_other_process(OPEN, str(event.path))
    assert result.stdout.startswith("EventLocked")


# -- the lock belongs to the file, not to a name ---------------------------------------------
HOLD = """
import sys
from checkin.event import Event
event = Event.open(sys.argv[1])
print("held", flush=True)
sys.stdin.readline()
event.close()
"""


class Holder:
    """Another process holding the event file open, like a desk window, until ``release``."""

    def __init__(self, path: Path):
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.proc = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        line = self.proc.stdout.readline()
        assert line.strip() == "held", self.proc.stderr.read()

    def release(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.write("\n")
            self.proc.stdin.flush()
            self.proc.wait(timeout=60)


@pytest.fixture
def closed_path(event):
    """The test event's path, closed here, so another process can hold it."""
    path = event.path
    event.close()
    return path


@pytest.fixture
def holder(closed_path):
    held = Holder(closed_path)
    yield held
    held.release()


def _content(path: Path) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.mark.skipif(os.name == "nt", reason="symlinks need privileges on Windows")
def test_a_symlink_leads_to_the_same_lock(closed_path, holder, tmp_path):
    other = tmp_path / "elsewhere"
    other.mkdir()
    link = other / "alias.checkin"
    link.symlink_to(closed_path)
    result = _in_other_process(OPEN, str(link))
    assert result.stdout.startswith("EventLocked"), result.stderr
    assert f"process {holder.proc.pid}" in result.stdout


def test_a_hard_link_is_refused_and_loses_no_check_in(event, tmp_path):
    anna = guests.list_guests(event)[0]
    first = checkins.check_in(event, anna.id)  # acknowledged at the desk
    twin = tmp_path / "twin.checkin"
    os.link(event.path, twin)
    result = _in_other_process(OPEN, str(twin))
    assert result.stdout.startswith("EventFileError"), result.stderr
    assert "2 names (hard links)" in result.stdout and "Copy the file" in result.stdout
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    scan = subprocess.run(
        [sys.executable, "-m", "checkin", "scan", str(twin), "CK123"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert scan.returncode == 2 and "hard links" in scan.stderr
    # The desk that had the file goes on, and nothing it acknowledged is lost.
    ivan = guests.list_guests(event)[1]
    assert checkins.check_in(event, ivan.id).result is checkins.Result.CHECKED_IN
    path = event.path
    event.close()
    twin.unlink()
    with Event.open(path) as again:
        assert [e.id for e in checkins.log_entries(again)][:1] == [first.entry.id]
        assert len(checkins.log_entries(again)) == 2


def test_a_deleted_lock_note_does_not_free_the_file(closed_path, holder):
    lock.lock_path(closed_path).unlink()
    result = _in_other_process(OPEN, str(closed_path))
    assert result.stdout.startswith("EventLocked"), result.stderr
    assert "another program" in result.stdout  # who it is went with the note; the lock did not


def test_purge_through_a_symlink_waits_then_refuses(closed_path, holder, tmp_path, capsys,
                                                      monkeypatch):  # fmt: skip
    from checkin.cli import output
    from tests.cli.helpers import run

    monkeypatch.setattr(output, "LOCK_WAIT_SECONDS", 0.3)
    link = tmp_path / "link.checkin"
    link.symlink_to(closed_path)
    before = _content(closed_path)
    code, _, err = run(capsys, "purge", link, "--yes-delete-personal-data")
    assert code == 2 and "open in another checkin" in err
    assert f"process {holder.proc.pid}" in err and err.count("\n") == 1
    assert _content(closed_path) == before


def test_a_cli_writer_waits_for_a_busy_file(closed_path, holder, capsys, monkeypatch):
    """Two scripts scanning side by side: the second waits for the first, then scans."""
    import threading

    from tests.cli.helpers import run

    waiting = threading.Event()
    real_sleep = lock._sleep

    def sleep(seconds: float) -> None:
        waiting.set()  # the scan found the file busy and waits, instead of failing
        real_sleep(seconds)

    monkeypatch.setattr(lock, "_sleep", sleep)
    releaser = threading.Thread(target=lambda: waiting.wait(60) and holder.release())
    releaser.start()
    with Event.open(closed_path, read_only=True) as reader:
        code = guests.badge_code(reader, guests.list_guests(reader)[0])
    status, out, err = run(capsys, "scan", closed_path, code)
    releaser.join()
    assert waiting.is_set()
    assert status == 0, err
    with Event.open(closed_path, read_only=True) as reader:
        assert len(checkins.log_entries(reader)) == 1


def test_the_waiting_writer_gives_up_with_the_lock_message(closed_path, holder, capsys,
                                                             monkeypatch):  # fmt: skip
    from checkin.cli import output
    from tests.cli.helpers import run

    monkeypatch.setattr(output, "LOCK_WAIT_SECONDS", 0.3)
    status, _, err = run(capsys, "scan", closed_path, "CK123")
    assert status == 2 and "open in another checkin" in err
    with Event.open(closed_path, read_only=True) as reader:
        assert checkins.log_entries(reader) == []
