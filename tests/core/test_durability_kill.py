"""A check-in acknowledged is a check-in kept: kill a writing process with SIGKILL, often.

A real process (tests/core/durability_writer.py) checks guests in and out as fast as it
can and prints each log id after check_in/check_out returned. It is killed at random
moments; after every kill the file must open cleanly, pass integrity_check and hold every
entry that was reported. Set CHECKIN_KILL_ROUNDS for more rounds than the default.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checkin import guests, programme
from checkin.event import Event, EventInfo

WRITER = Path(__file__).with_name("durability_writer.py")
ROOT = Path(__file__).resolve().parents[2]
ROUNDS = int(os.environ.get("CHECKIN_KILL_ROUNDS", "30"))

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")


def _start_writer(path: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )


def _kill_at_random(proc: subprocess.Popen, rng: random.Random) -> list[str]:
    """Wait until the writer works, let it write a random while, SIGKILL it; its lines."""
    first = proc.stdout.readline()
    assert first == b"ready\n", proc.stderr.read().decode()
    time.sleep(rng.uniform(0.0, 0.25))
    os.kill(proc.pid, signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, err.decode()
    # A line cut off by the kill (no newline yet) was never acknowledged.
    return [line for line in out.decode().split("\n")[:-1] if line]


@pytest.mark.slow
def test_every_acknowledged_checkin_survives_sigkill(tmp_path):
    path = tmp_path / "kill.checkin"
    event = Event.create(path, EventInfo(name="Kill test"))
    guests.add_guests(event, [{"given_name": f"Gast {i}"} for i in range(150)])
    item = programme.add_item(event, "Kooperationsbörse")
    programme.set_active_item(event, item.id)
    event.close()

    rng = random.Random(int(os.environ.get("CHECKIN_KILL_SEED", "0")) or None)
    acknowledged: dict[int, str] = {}
    for _ in range(ROUNDS):
        for line in _kill_at_random(_start_writer(path), rng):
            action, log_id = line.split()
            acknowledged[int(log_id)] = action

        # The file opens cleanly: the writer lock of the dead process is taken over.
        with Event.open(path) as event:
            assert event.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            stored = dict(event.db.execute("SELECT id, action FROM checkins").fetchall())
        missing = {i: a for i, a in acknowledged.items() if stored.get(i) != a}
        assert not missing, f"acknowledged but lost after a kill: {sorted(missing)[:10]}"

    assert len(acknowledged) > ROUNDS  # the writer really got to write between kills
