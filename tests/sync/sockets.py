"""What sockets a process has, read from /proc (Linux): to prove Syncthing stays on loopback."""

from __future__ import annotations

import ipaddress
import os
import socket
import threading
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Sock:
    proto: str  # tcp, tcp6, udp, udp6
    local: tuple[str, int]
    remote: tuple[str, int]

    def outside_loopback(self) -> bool:
        """Bound to, or talking to, anything but this machine's loopback."""
        for host, port in (self.local, self.remote):
            if host in ("0.0.0.0", "::") and port == 0:
                continue  # no remote end (a listening or unconnected socket)
            address = ipaddress.ip_address(host)
            mapped = getattr(address, "ipv4_mapped", None)
            if not (address.is_loopback or (mapped is not None and mapped.is_loopback)):
                return True
        return False


def _address(hex_text: str) -> tuple[str, int]:
    host, port = hex_text.split(":")
    raw = bytes.fromhex(host)
    if len(raw) == 4:
        return socket.inet_ntop(socket.AF_INET, raw[::-1]), int(port, 16)
    words = b"".join(raw[i : i + 4][::-1] for i in range(0, 16, 4))
    return socket.inet_ntop(socket.AF_INET6, words), int(port, 16)


def sockets_of(pid: int) -> list[Sock]:
    """The process's internet sockets right now (empty if it is gone)."""
    try:
        inodes = set()
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                target = os.readlink(f"/proc/{pid}/fd/{fd}")
            except OSError:
                continue
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
        out = []
        for proto in ("tcp", "tcp6", "udp", "udp6"):
            lines = Path(f"/proc/{pid}/net/{proto}").read_text().splitlines()[1:]
            for line in lines:
                parts = line.split()
                if parts[9] in inodes:
                    out.append(Sock(proto, _address(parts[1]), _address(parts[2])))
        return out
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return []


class SocketWatch:
    """Samples a process's sockets every few milliseconds from a background thread."""

    def __init__(self, pid_source, interval: float = 0.005):
        self.pid_source = pid_source  # callable: the pid, or None while not started yet
        self.interval = interval
        self.seen: set[Sock] = set()
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> SocketWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(5)

    def _run(self) -> None:
        while not self._stop.is_set():
            pid = self.pid_source()
            if pid:
                self.seen.update(sockets_of(pid))
                self.samples += 1
            self._stop.wait(self.interval)

    def outside_loopback(self) -> list[Sock]:
        return sorted((s for s in self.seen if s.outside_loopback()), key=str)
