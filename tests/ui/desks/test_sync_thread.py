"""The desk window's sync thread: it outlives idle pool threads, never holds up the desk, brings
a dead Syncthing back, and shows what it refused."""

from __future__ import annotations

import os
import socket
import sys
import threading

import pytest
from PySide6.QtCore import QThreadPool

from checkin import checkins, guests
from checkin.checkins import Result, State
from checkin.sync.journal import ensure_identity
from checkin.sync.records import Record, encode, read_lines
from checkin.sync.syncthing import Syncthing, find_binary
from checkin.ui.bridge import run_in_background
from checkin.ui.desks.actions import open_panel
from checkin.ui.desks.sync import DeskSync
from checkin.ui.main_window import MainWindow
from tests.helpers import anna, guest_named

needs_syncthing = pytest.mark.skipif(find_binary() is None, reason="syncthing is not installed")


@pytest.fixture
def private_syncthing(tmp_path, monkeypatch):
    home = tmp_path / "syncthing-home"
    monkeypatch.setattr(
        DeskSync, "instance_factory", staticmethod(lambda: Syncthing(home, listen_host="127.0.0.1"))
    )
    return home


def _shared_window(qtbot, event, desk="Desk A"):
    ensure_identity(event, desk)  # a shared event: sync starts with the window
    window = MainWindow(event)
    qtbot.addWidget(window)
    return window


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split()[2] != "Z"
    except FileNotFoundError:
        return False


@needs_syncthing
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_syncthing_lives_on_after_the_pool_threads_went_idle_and_ended(
    qtbot, event, private_syncthing
):
    pool = QThreadPool.globalInstance()
    expiry = pool.expiryTimeout()
    pool.setExpiryTimeout(100)  # pool threads end 0.1 s after their last task (usually 30 s)
    try:
        window = _shared_window(qtbot, event)
        sync = window.ctx.sync
        qtbot.waitUntil(lambda: sync.running, timeout=30000)
        done = []
        run_in_background(lambda: 1, done.append, done.append)  # some other background work
        qtbot.waitUntil(lambda: bool(done) and pool.activeThreadCount() == 0, timeout=5000)
        qtbot.wait(1500)  # every pool thread has ended by now
        pid = sync.worker.desk.instance.process.pid
        assert _alive(pid)
        qtbot.waitUntil(lambda: sync.overview is not None, timeout=10000)
        qtbot.wait(2500)
        assert sync.overview.health == "running" and sync.overview.restarts == 0
        window.close()
        qtbot.waitUntil(lambda: not _alive(pid), timeout=20000)
    finally:
        pool.setExpiryTimeout(expiry)


class SilentServer:
    """An HTTP endpoint that accepts every request and never answers it."""

    def __init__(self):
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.held: list[socket.socket] = []
        self.requests = 0
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            self.held.append(conn)
            conn.recv(65536)
            self.requests += 1

    def waiting(self) -> int:
        return self.requests

    def release(self) -> None:
        self.server.close()
        for conn in self.held:
            conn.close()


class SilentSyncthing(Syncthing):
    """Our Syncthing, as it behaves when its REST API hangs."""

    def __init__(self, home, port: int):
        super().__init__(home, listen_host="127.0.0.1", binary=sys.executable)
        self.gui_port, self.api_key, self.timeout = port, "key", 120
        self._device_id = "-".join(["AAAAAAA"] * 8)

    @property
    def running(self) -> bool:
        return True

    def start(self, timeout: float = 30):
        return self

    def stop(self, timeout: float = 15) -> None:
        pass


def test_a_syncthing_that_never_answers_leaves_the_desk_checking_guests_in(
    qtbot, event, tmp_path, monkeypatch
):
    monkeypatch.setenv("CHECKIN_SYNCTHING", sys.executable)  # "installed"
    silent = SilentServer()
    monkeypatch.setattr(
        DeskSync,
        "instance_factory",
        staticmethod(lambda: SilentSyncthing(tmp_path / "st", silent.port)),
    )
    try:
        window = _shared_window(qtbot, event)
        qtbot.waitUntil(lambda: silent.waiting() >= 1, timeout=10000)  # the sync thread waits
        for family in ("Müller", "Парфёнов", "Weiß"):
            guest = guest_named(event, family)
            window.on_scanned(guests.badge_code(event, guest))
            assert checkins.status(event, guest.id, window.ctx.item.id).state is State.IN
        assert silent.waiting() >= 1 and not window.ctx.sync.running  # still unanswered
        panel = open_panel(window.ctx)
        assert "Starting sync" in panel.state_label.text()
    finally:
        silent.release()  # the hung call fails now
    qtbot.waitUntil(lambda: bool(window.ctx.sync.error), timeout=10000)
    assert "Sync could not start" in panel.state_label.text()
    # nothing was lost: the check-ins are in this desk's journal, ready to go out
    (journal,) = (window.ctx.sync.folder / "journal").iterdir()
    qtbot.waitUntil(
        lambda: sum(line.record.kind == "checkin" for line in read_lines(journal)[0]) == 3,
        timeout=10000,
    )
    window.close()


@needs_syncthing
def test_a_syncthing_that_died_is_started_again_and_the_panel_says_so(
    qtbot, event, private_syncthing
):
    window = _shared_window(qtbot, event)
    sync = window.ctx.sync
    qtbot.waitUntil(lambda: sync.running, timeout=30000)
    panel = open_panel(window.ctx)
    first = sync.worker.desk.instance.process.pid
    os.kill(first, 9)  # the OOM killer, say
    qtbot.waitUntil(
        lambda: sync.overview is not None and sync.overview.restarts == 1, timeout=30000
    )
    qtbot.waitUntil(lambda: sync.overview.health == "running", timeout=30000)
    assert sync.worker.desk.instance.process.pid != first
    assert "restarted 1 time" in panel.state_label.text()
    window.close()


@needs_syncthing
def test_the_panel_lists_records_refused_from_another_desk_and_the_desk_goes_on(
    qtbot, event, tmp_path, clock, private_syncthing
):
    window = _shared_window(qtbot, event)
    sync = window.ctx.sync
    qtbot.waitUntil(lambda: sync.running, timeout=30000)
    bad_desk = sync.folder / "journal" / "bad0desk"
    bad_desk.mkdir(parents=True)
    ivan = guest_named(event, "Парфёнов")
    at = clock.now.isoformat()
    payload = {"guest": ivan.token, "uid": ivan.uid, "item": 1, "action": "in", "at": at}
    (bad_desk / "000000001.jsonl").write_bytes(
        encode(Record("bad0desk", 1, "checkin", "not-a-time", payload))
        + encode(Record("bad0desk", 2, "checkin", at, payload))
    )
    panel = open_panel(window.ctx)
    qtbot.waitUntil(lambda: "record 1" in panel.refused_label.text(), timeout=20000)
    assert "is too far from this desk's clock (at)" in panel.refused_label.text()
    assert checkins.status(event, ivan.id, 1).state is State.IN  # record 2 applied
    window.on_scanned(guests.badge_code(event, anna(event)))
    assert checkins.status(event, anna(event).id, 1).state is State.IN
    result = checkins.check_in(window.ctx.event, ivan, window.ctx.item)
    assert result.result is Result.ALREADY_CHECKED_IN
    window.close()
