"""Finding and running the syncthing program on this machine: where it is, where its data
goes, free ports, and tying its life to checkin's (no Qt, no REST here)."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import sys
from pathlib import Path


def find_binary() -> str | None:
    """The syncthing program: $CHECKIN_SYNCTHING, next to checkin (frozen bundle), or PATH."""
    explicit = os.environ.get("CHECKIN_SYNCTHING")
    if explicit:
        return explicit if Path(explicit).is_file() else None
    exe = "syncthing.exe" if sys.platform == "win32" else "syncthing"
    beside = Path(sys.executable).resolve().parent / exe
    if getattr(sys, "frozen", False) and beside.is_file():
        return str(beside)
    return shutil.which("syncthing")


def data_dir() -> Path:
    """checkin's per-user data folder ($CHECKIN_DATA_DIR overrides it)."""
    if os.environ.get("CHECKIN_DATA_DIR"):
        return Path(os.environ["CHECKIN_DATA_DIR"])
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "checkin"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "checkin"
    return Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "checkin"


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def port_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("0.0.0.0", port))
        except OSError:
            return False
    return True


def die_with_parent() -> None:
    """Linux: the instance gets SIGTERM if checkin dies without stopping it (a crash, kill)."""
    import ctypes
    import signal

    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
