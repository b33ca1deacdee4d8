"""Syncthing talks to nobody beyond the venue, from its very first second.

An instance is started the way every desk starts it, with the proxy variables Syncthing
honours for its relay, discovery and upgrade calls pointing at a recorder on loopback: any
such attempt reaches the recorder, even on a machine without internet. Its sockets are
sampled from /proc while it starts and runs.
"""

from __future__ import annotations

import socket
import sys
import threading
import time

import pytest

from checkin.sync.syncthing import Syncthing, find_binary
from tests.sync.sockets import SocketWatch

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        find_binary() is None or not sys.platform.startswith("linux"),
        reason="needs syncthing on Linux (/proc)",
    ),
]
RUN_S = 8  # relays and discovery are tried within the first second or two


class Recorder:
    """A TCP listener on loopback that notes the first bytes of every connection."""

    def __init__(self):
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.2)
        self.port = self.server.getsockname()[1]
        self.got: list[bytes] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.server.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(1)
                try:
                    self.got.append(conn.recv(200))
                except OSError:
                    self.got.append(b"?")

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self.server.close()


@pytest.fixture
def recorder(monkeypatch):
    rec = Recorder()
    proxy = f"http://127.0.0.1:{rec.port}"
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "https_proxy", "http_proxy"):
        monkeypatch.setenv(name, proxy)
    monkeypatch.setenv("ALL_PROXY", f"socks5://127.0.0.1:{rec.port}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    yield rec
    rec.close()


def test_a_loopback_desk_binds_nothing_else_and_calls_nobody(tmp_path, recorder):
    inst = Syncthing(tmp_path / "home", listen_host="127.0.0.1")
    pid = lambda: inst.process.pid if inst.process else None  # noqa: E731
    with SocketWatch(pid) as watch:
        inst.start()
        try:
            time.sleep(RUN_S)
            log = (inst.home / "syncthing.log").read_text(errors="replace")
        finally:
            inst.stop()
    assert watch.samples > 50, "the sockets were not watched"
    assert watch.outside_loopback() == []
    assert recorder.got == [], "relay, discovery or upgrade calls were attempted"
    assert any(s.local[1] == inst.listen_port for s in watch.seen), "not even our listener seen"
    for word in ("relay", "global discovery", "nat service", "upnp", "stun", "quic", "broadcast"):
        assert word not in log.lower(), f"{word!r} in Syncthing's log"
