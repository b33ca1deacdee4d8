"""One writer per event file: a second checkin gets a clear message, not a fight."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from checkin import checkins, lock
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
