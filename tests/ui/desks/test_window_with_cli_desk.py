"""The desk window paired with a headless CLI desk over real Syncthing, for more than a minute.

The window used to stop syncing after about 30 s: its Syncthing was started from a pool
thread, and went when that thread ended. Here both desks run for over 60 s, then a guest is
scanned at each and each desk sees the other's check-in.
"""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from checkin import checkins, guests, programme
from checkin.checkins import Result
from checkin.cli import forward
from checkin.event import Event, EventInfo
from checkin.sync.syncthing import Syncthing, find_binary
from checkin.ui.desks.actions import open_panel
from checkin.ui.desks.sync import DeskSync
from checkin.ui.main_window import MainWindow
from tests.ui.typing_helpers import focus, scan

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(find_binary() is None, reason="syncthing is not installed"),
]
LOOPBACK = ["--listen-host", "127.0.0.1"]
TOGETHER_S = 65


def _checkin(*argv, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "checkin", *map(str, argv)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def _finished(qtbot, proc: subprocess.Popen, timeout_s: float) -> tuple[int, str, str]:
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=int(timeout_s * 1000))
    out, err = proc.communicate()
    return proc.returncode, out, err


def _log_at(path, uid) -> list[str]:
    with Event.open(path, read_only=True) as event:
        guest = next(g for g in guests.list_guests(event) if g.uid == uid)
        return [e.desk for e in checkins.log_entries(event, guest.id)]


def test_the_window_and_a_cli_desk_keep_in_step_for_over_a_minute(qtbot, tmp_path, monkeypatch):
    a_path, b_path = tmp_path / "A" / "event.checkin", tmp_path / "B" / "event.checkin"
    a_path.parent.mkdir()
    b_path.parent.mkdir()
    monkeypatch.setattr(
        DeskSync,
        "instance_factory",
        staticmethod(lambda: Syncthing(tmp_path / "st-a", listen_host="127.0.0.1")),
    )
    event = Event.create(a_path, EventInfo(name="Börse"))  # the real clock, like desk B's
    item = programme.add_item(event, "Kooperationsbörse")
    programme.set_active_item(event, item.id)
    for given, family in [("Anna", "Müller"), ("Иван", "Парфёнов"), ("Jörg", "Weiß")]:
        guests.add_guest(event, given_name=given, family_name=family)
    anna, ivan, _ = sorted(guests.list_guests(event), key=lambda g: g.id)
    window = MainWindow(event, desk="Desk A")
    qtbot.addWidget(window)
    runner = None
    try:
        # desk A shows a join code in its desks panel
        panel = open_panel(window.ctx)
        panel.show_join_code()
        qtbot.waitUntil(lambda: bool(panel.code_text.text()), timeout=60000)
        started = time.monotonic()
        # desk B joins from the command line and syncs headless
        join = _checkin("sync", b_path, "--join", panel.code_text.text(), "--desk", "Desk B",
                        "--timeout", "90", "--home", tmp_path / "st-b", *LOOPBACK)  # fmt: skip
        rc, out, err = _finished(qtbot, join, 120)
        assert rc == 0, err
        runner = _checkin("sync", b_path, "--run", "--seconds", "300", "--home",
                          tmp_path / "st-b", *LOOPBACK)  # fmt: skip
        qtbot.waitUntil(lambda: forward.runner_file(b_path).exists(), timeout=60000)
        qtbot.waitUntil(
            lambda: any(r.connected for r in panel.model.rows), timeout=60000
        )  # the panel shows desk B connected
        # both keep running, well past the 30 s after which pool threads end
        qtbot.wait(int(max(0, TOGETHER_S - (time.monotonic() - started)) * 1000))
        assert window.ctx.sync.running and window.ctx.sync.overview.health == "running"
        assert runner.poll() is None
        # a guest scanned at the window reaches desk B …
        focus(qtbot, window, window.scan_view.code_field)
        scan(guests.badge_code(event, anna))
        assert checkins.status(event, anna.id, item.id).first_in.desk == "Desk A"
        qtbot.waitUntil(lambda: _log_at(b_path, anna.uid) == ["Desk A"], timeout=30000)
        # … and one scanned at desk B (through the syncing process) reaches the window
        rc, out, err = _finished(
            qtbot, _checkin("scan", b_path, guests.badge_code(event, ivan)), 60
        )
        assert rc == 0 and "Welcome" in out, err
        qtbot.waitUntil(
            lambda: checkins.status(event, ivan.id, item.id).first_in is not None, timeout=30000
        )
        again = checkins.check_in(window.ctx.event, ivan, item)
        assert again.result is Result.ALREADY_CHECKED_IN and again.first_in.desk == "Desk B"
        assert time.monotonic() - started > 60
        panel.grab().save(str(tmp_path / "desks-panel-window-and-cli.png"))
    finally:
        window.close()
        if runner is not None and runner.poll() is None:
            runner.terminate()
            runner.wait(30)
        event.close()
