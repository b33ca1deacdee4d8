"""One writer per event file: an OS lock on the event file itself, not on a name for it.

The lock is ``flock`` on the event file (``msvcrt.locking`` of a byte SQLite never uses, on
Windows), so it belongs to the file's identity — device and inode. A symlink or a second
hard link reaches the same lock, and there is no sidecar file whose deletion would free it.
A hard-linked event file is refused for writing all the same: SQLite names its ``-wal``
after the path, so two names would keep two write-ahead logs of one file and lose data.

The operating system drops the lock when the holding process ends, even when it is killed.
Beside the file, ``<name>.lock`` notes who holds it (pid, host, user), so a refused open
can say who has the file; the note is only information, never the lock.

Within one process the lock is shared: a background task may open its own connection to
the file the window already holds. ``flock`` survives the closing of other descriptors
(POSIX record locks do not), so SQLite's own descriptors never release it; in turn the
lock's descriptor is kept open only as long as needed, since closing any descriptor of a
file releases the process's POSIX locks on it — SQLite's.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from checkin.errors import EventFileError, EventLocked

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # A byte in SQLite's lock page (at 1 GiB, beyond its shared range): never read or written.
    _LOCK_OFFSET = 0x40000000 + 1024

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
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
RETRY_SECONDS = 0.1  # how often a waiting writer tries again
Identity = tuple[int, int]  # (st_dev, st_ino)


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
    """The holder note of ``path`` (beside the real file, whatever name led to it)."""
    path = Path(path).resolve()
    return path.with_name(path.name + LOCK_SUFFIX)


def identity(path: str | os.PathLike) -> Identity:
    """Device and inode of the file ``path`` leads to (symlinks followed)."""
    st = os.stat(path)
    return st.st_dev, st.st_ino


def read_holder(path: str | os.PathLike) -> Holder | None:
    """Who holds the lock of ``path``, from its note (None if the note is missing or stale)."""
    try:
        data = json.loads(lock_path(path).read_text("utf-8").strip("\x00 \n") or "{}")
        wanted = identity(path)
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    if "ino" in data and (data.get("dev"), data.get("ino")) != wanted:
        return None  # a note left for an earlier file of that name
    try:
        return Holder(int(data.get("pid", 0)), str(data.get("host", "")), str(data.get("user", "")))
    except (TypeError, ValueError):
        return None


def _me(ident: Identity) -> dict:
    try:
        user = os.getlogin()
    except OSError:
        user = os.environ.get("USER") or os.environ.get("USERNAME") or ""
    return {"pid": os.getpid(), "host": socket.gethostname(), "user": user,
            "dev": ident[0], "ino": ident[1]}  # fmt: skip


class _Held:
    def __init__(self, fd: int, note: Path | None):
        self.fd = fd
        self.note = note
        self.count = 0


_held: dict[Identity, _Held] = {}
_guard = threading.Lock()


class FileLock:
    """The writer lock of one event file; ``release()`` when the event is closed."""

    def __init__(self, path: Path, ident: Identity):
        self.path = path
        self.identity = ident
        self._released = False

    def release(self) -> None:
        with _guard:
            if self._released:
                return
            self._released = True
            held = _held.get(self.identity)
            if held is None:
                return
            held.count -= 1
            if held.count > 0:
                return
            del _held[self.identity]
            if held.note is not None:  # before unlocking: the next holder writes its own
                with contextlib.suppress(OSError):
                    held.note.unlink(missing_ok=True)
            try:
                _unlock(held.fd)
            finally:
                os.close(held.fd)

    @property
    def released(self) -> bool:
        return self._released

    def check(self) -> None:
        """Raise EventFileError('file_gone') unless ``path`` still leads to the locked file.

        A deleted folder, a file moved away or replaced: the desk would go on writing into a
        file nobody will ever open again, so it must stop and say so instead.
        """
        try:
            now = identity(self.path)
        except OSError as exc:
            raise EventFileError("file_gone", path=str(self.path)) from exc
        if now != self.identity:
            raise EventFileError("file_gone", path=str(self.path))


def acquire(path: str | os.PathLike, *, wait: float = 0.0) -> FileLock:
    """Take the writer lock of the event file ``path``; if another process has it, try
    again for up to ``wait`` seconds, then raise EventLocked. Raises EventFileError if the
    file is missing, cannot be written, or has a second name (hard link)."""
    path = Path(path)
    deadline = time.monotonic() + wait
    while True:
        try:
            return _acquire_once(path)
        except EventLocked:
            if time.monotonic() >= deadline:
                raise
        _sleep(min(RETRY_SECONDS, max(0.0, deadline - time.monotonic())))


def _sleep(seconds: float) -> None:
    time.sleep(seconds)  # tests swap this to see that a writer waits


def _acquire_once(path: Path) -> FileLock:
    try:
        st = os.stat(path)
    except FileNotFoundError as exc:
        raise EventFileError("file_missing", path=str(path)) from exc
    except OSError as exc:
        raise EventFileError("file_unreachable", path=str(path), detail=exc.strerror) from exc
    ident = (st.st_dev, st.st_ino)
    with _guard:
        held = _held.get(ident)
        if held is None:
            if st.st_nlink > 1:
                raise EventFileError("hard_linked", path=str(path), links=st.st_nlink)
            held = _lock_file(path, ident)
            _held[ident] = held
        held.count += 1
    return FileLock(path, ident)


def _lock_file(path: Path, ident: Identity) -> _Held:
    try:
        fd = os.open(path, os.O_RDWR)
    except PermissionError as exc:
        raise EventFileError("read_only", path=str(path)) from exc
    except OSError as exc:
        if exc.errno == errno.EROFS:
            raise EventFileError("read_only", path=str(path)) from exc
        raise EventFileError("file_unreachable", path=str(path), detail=exc.strerror) from exc
    try:
        found = os.fstat(fd)
        if (found.st_dev, found.st_ino) != ident:  # replaced between stat and open
            raise EventFileError("file_gone", path=str(path))
        if not _try_lock(fd):
            holder = read_holder(path) or Holder()
            raise EventLocked("file_locked", path=str(path), holder=holder.describe())
    except BaseException:
        os.close(fd)
        raise
    return _Held(fd, _write_note(path, ident))


def _write_note(path: Path, ident: Identity) -> Path | None:
    note = lock_path(path)
    try:
        note.write_text(json.dumps(_me(ident)) + "\n", "utf-8")
    except OSError:
        return None  # the lock holds even if its note cannot be written
    return note


def is_locked_elsewhere(path: str | os.PathLike) -> bool:
    """True if another process holds the writer lock of ``path`` right now."""
    try:
        ident = identity(path)
    except OSError:
        return False
    with _guard:
        if ident in _held:
            return False
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return False
        try:
            if _try_lock(fd):
                _unlock(fd)
                return False
            return True
        finally:
            os.close(fd)
