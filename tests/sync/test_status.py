"""The desks' status: paired, connected, pending, and the out-of-reach warning."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from checkin import checkins, guests
from checkin.sync import snapshot
from checkin.sync.journal import Journal
from checkin.sync.status import desks


class UnreachableSyncthing:
    """Syncthing as it answers when desk B's laptop dropped off the network."""

    device_id = "AAAAAAA-AAAAAAA-AAAAAAA-AAAAAAA-AAAAAAA-AAAAAAA-AAAAAAA-AAAAAAA"

    def __init__(self, b_device, last_seen):
        self.b_device, self.last_seen = b_device, last_seen

    def devices(self):
        return [{"deviceID": self.b_device, "name": "Desk B"}]

    def folder(self, folder_id):
        return {
            "id": folder_id,
            "devices": [{"deviceID": self.device_id}, {"deviceID": self.b_device}],
        }

    def connections(self):
        return {self.b_device: {"connected": False}}

    def device_stats(self):
        return {self.b_device: {"lastSeen": self.last_seen}}

    def completion(self, folder, device):
        raise AssertionError("not asked for a desk that is not connected")


def test_desk_out_of_reach_for_minutes_is_flagged_with_its_pending_changes(event, tmp_path):
    b_device = "BBBBBBB-BBBBBBB-BBBBBBB-BBBBBBB-BBBBBBB-BBBBBBB-BBBBBBB-BBBBBBB"
    folder = tmp_path / "sync"
    a = Journal.attach(event, folder, desk_name="Desk A")
    ev_b = snapshot.restore(snapshot.publish(event, folder, a.desk_id), tmp_path / "b.checkin")
    try:
        Journal.attach(ev_b, folder, desk_name="Desk B", device_id=b_device)
        for g in guests.list_guests(ev_b)[:2]:
            checkins.check_in(ev_b, g, desk="Desk B")
        now = datetime(2027, 4, 20, 10, 0, tzinfo=UTC)
        recent = (now - timedelta(seconds=30)).isoformat()
        (row,) = desks(event, folder, UnreachableSyncthing(b_device, recent), now=now)
        assert (row.name, row.paired, row.connected) == ("Desk B", True, False)
        assert row.pending_here == 2 and not row.out_of_reach
        long_ago = (now - timedelta(minutes=5)).isoformat()
        (row,) = desks(event, folder, UnreachableSyncthing(b_device, long_ago), now=now)
        assert row.out_of_reach
    finally:
        ev_b.close()


def test_without_syncthing_the_desks_seen_in_the_journals_are_listed_unpaired(event, tmp_path):
    folder = tmp_path / "sync"
    a = Journal.attach(event, folder, desk_name="Desk A")
    ev_b = snapshot.restore(snapshot.publish(event, folder, a.desk_id), tmp_path / "b.checkin")
    try:
        Journal.attach(ev_b, folder, desk_name="Desk B")
        (row,) = desks(event, folder, None)
        assert row.name == "Desk B" and not row.paired and not row.out_of_reach
    finally:
        ev_b.close()


def test_a_second_start_on_the_same_home_reuses_the_running_instance(tmp_path):
    import pytest

    from checkin.sync.syncthing import Syncthing, find_binary

    if find_binary() is None:
        pytest.skip("syncthing is not installed")
    first = Syncthing(tmp_path / "home", listen_host="127.0.0.1").start()
    try:
        second = Syncthing(tmp_path / "home", listen_host="127.0.0.1").start()
        assert second.device_id == first.device_id and second.process is None
        second.stop()  # not its instance to stop
        assert first.running and first.get("/rest/system/ping") == {"ping": "pong"}
    finally:
        first.stop()


def test_syncthing_does_not_outlive_a_checkin_that_crashed(tmp_path):
    import os
    import subprocess
    import sys
    import time

    import pytest

    from checkin.sync.syncthing import find_binary

    if find_binary() is None or not sys.platform.startswith("linux"):
        pytest.skip("needs syncthing on Linux")
    script = (
        "import os, sys; from pathlib import Path; from checkin.sync.syncthing import Syncthing;"
        f"s = Syncthing(Path({str(tmp_path / 'home')!r}), listen_host='127.0.0.1').start();"
        "print(s.process.pid, flush=True); os._exit(1)"  # no clean-up: like a crash
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=os.getcwd()
    )
    pid = int(out.stdout.split()[0])
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        with open(f"/proc/{pid}/stat") as fh:
            if fh.read().split()[2] == "Z":  # exited, waiting for init to reap it
                return
        time.sleep(0.2)
    os.kill(pid, 9)
    raise AssertionError("syncthing kept running after checkin died")
