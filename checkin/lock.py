"""One writer per event file: an OS lock on a sidecar file ``<name>.lock``.

The lock is taken with ``fcntl.flock`` (``msvcrt.locking`` on Windows) and held as long
as the event is open. The operating system drops it when the holding process ends, even
when it is killed, so the lock of a dead process is taken over without asking. The lock
file holds the holder's pid and host, so a refused open can say who has the file.

Within one process the lock is shared: a background task may open its own connection to
the file the window already holds.
"""

from __future__ import annotations

import json
import os
import socket
import threading
from dataclasses import dataclass
from pathlib import Path

from checkin.errors import EventFileError, EventLocked

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


LOCK_SUFFIX = ".lock"
# On Windows the locked first byte cannot be read by others: the holder info starts after it.
_INFO_OFFSET = 1 if os.name == "nt" else 0


@dataclass(frozen=True)
class Holder:
    pid: int = 0
    host: str = ""
    user: str = ""

    def describe(self) -> str:
        who = f"process {self.pid}" if self.pid else "another program"
        if self.user:
            who += f" of {self.user}"
        return f"{who} on {self.host}" if self.host else who


def lock_path(path: str | os.PathLike) -> Path:
    path = Path(path)
    return path.with_name(path.name + LOCK_SUFFIX)


def read_holder(path: str | os.PathLike) -> Holder | None:
    """Who wrote the lock file of ``path`` last (the holder, if the lock is held)."""
    try:
        raw = lock_path(path).read_bytes()[_INFO_OFFSET:]
        data = json.loads(raw.decode("utf-8").strip("\x00 \n") or "{}")
    except (OSError, ValueError):
        return None
    return Holder(int(data.get("pid", 0)), str(data.get("host", "")), str(data.get("user", "")))


def _me() -> dict:
    try:
        user = os.getlogin()
    except OSError:
        user = os.environ.get("USER") or os.environ.get("USERNAME") or ""
    return {"pid": os.getpid(), "host": socket.gethostname(), "user": user}


class _Held:
    def __init__(self, fd: int):
        self.fd = fd
        self.count = 0


_held: dict[str, _Held] = {}
_guard = threading.Lock()


def _key(path: Path) -> str:
    return os.path.normcase(str(path.resolve()))


class FileLock:
    """The writer lock of one event file; ``release()`` when the event is closed."""

    def __init__(self, path: Path, key: str):
        self.path = path
        self._key = key
        self._released = False

    def release(self) -> None:
        with _guard:
            if self._released:
                return
            self._released = True
            held = _held.get(self._key)
            if held is None:
                return
            held.count -= 1
            if held.count > 0:
                return
            del _held[self._key]
            try:
                _unlock(held.fd)
            finally:
                os.close(held.fd)

    @property
    def released(self) -> bool:
        return self._released


def acquire(path: str | os.PathLike) -> FileLock:
    """Take the writer lock of the event file ``path`` or raise EventLocked / EventFileError."""
    path = Path(path)
    key = _key(path)
    with _guard:
        held = _held.get(key)
        if held is None:
            held = _Held(_open_and_lock(path))
            _held[key] = held
        held.count += 1
    return FileLock(path, key)


def _open_and_lock(path: Path) -> int:
    target = lock_path(path)
    try:
        fd = os.open(target, os.O_RDWR | os.O_CREAT, 0o644)
    except PermissionError as exc:
        raise EventFileError("read_only", path=str(path)) from exc
    except OSError as exc:
        if exc.errno in (30,):  # EROFS
            raise EventFileError("read_only", path=str(path)) from exc
        raise EventFileError("file_unreachable", path=str(path), detail=exc.strerror) from exc
    if not _try_lock(fd):
        os.close(fd)
        holder = read_holder(path) or Holder()
        raise EventLocked("file_locked", path=str(path), holder=holder.describe())
    # The lock is ours (a dead holder's lock went with its process): say who holds it now.
    info = (" " * _INFO_OFFSET + json.dumps(_me()) + "\n").encode("utf-8")
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, info)
    except OSError:
        pass  # the lock holds even if its note cannot be written
    return fd


def is_locked_elsewhere(path: str | os.PathLike) -> bool:
    """True if another process holds the writer lock of ``path`` right now."""
    path = Path(path)
    with _guard:
        if _key(path) in _held:
            return False
    try:
        fd = os.open(lock_path(path), os.O_RDWR)
    except OSError:
        return False
    try:
        if _try_lock(fd):
            _unlock(fd)
            return False
        return True
    finally:
        os.close(fd)
