"""Rolling snapshots of an event file, taken with SQLite's backup API, and restoring one.

Snapshots go to ``<name>.backups/`` next to the event file (or a chosen folder), named
``<stem>-<UTC time>.checkin``; the newest ``keep`` are kept. Every snapshot is checked
(``PRAGMA quick_check``) before it counts, so a damaged file never pushes good backups out.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from checkin import lock, schema
from checkin.errors import DamagedEventFile, EventFileError

if TYPE_CHECKING:
    from checkin.event import Event

DEFAULT_KEEP = 20
FOLDER_SETTING = "backup_folder"  # the event's chosen backup folder (default: beside it)
BACKUP_SUFFIX = ".checkin"
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)(?:-(?P<n>\d+))?\.checkin$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime  # UTC

    @property
    def taken_text(self) -> str:
        return self.taken.astimezone().strftime("%d.%m.%Y %H:%M:%S")

    def to_dict(self) -> dict:
        return {
            "path": str(self.path),
            "taken": self.taken.isoformat(),
            "size": self.path.stat().st_size if self.path.exists() else None,
        }


def backup_dir(event_path: str | os.PathLike, folder: str | os.PathLike | None = None) -> Path:
    """Where the snapshots of ``event_path`` live: ``folder`` or ``<name>.backups/``."""
    event_path = Path(event_path)
    return Path(folder) if folder else event_path.with_name(event_path.name + ".backups")


def stem(event_path: Path) -> str:
    """The name a snapshot of ``event_path`` starts with."""
    return event_path.name.removesuffix(BACKUP_SUFFIX)


def list_backups(
    event_path: str | os.PathLike, folder: str | os.PathLike | None = None
) -> list[Backup]:
    """The snapshots of ``event_path``, newest first."""
    event_path = Path(event_path)
    where = backup_dir(event_path, folder)
    found = []
    try:
        entries = list(where.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        if match and match["stem"] == stem(event_path) and entry.is_file():
            taken = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
            found.append((taken, int(match["n"] or 0), entry))
    found.sort(reverse=True)
    return [Backup(path, taken) for taken, _, path in found]


def check(path: str | os.PathLike) -> str | None:
    """None if ``path`` is a healthy event file, else what is wrong with it."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                return "not an SQLite file or truncated"
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error) as exc:
        return str(exc)
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != schema.APPLICATION_ID:
            return "not a checkin event file"
        rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
        return None if rows == ["ok"] else "; ".join(rows[:3])
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()


def last_good_backup(
    event_path: str | os.PathLike, folder: str | os.PathLike | None = None
) -> Backup | None:
    """The newest snapshot of ``event_path`` that passes the integrity check."""
    for candidate in list_backups(event_path, folder):
        if check(candidate.path) is None:
            return candidate
    return None


def _write_error(exc: Exception, path: Path) -> EventFileError:
    code = getattr(exc, "errno", None)
    text = str(exc)
    if code == errno.ENOSPC or "database or disk is full" in text:  # SQLite says it so
        return EventFileError("disk_full", path=str(path))
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text:
        return EventFileError("read_only", path=str(path))
    return EventFileError("write_failed", path=str(path), detail=getattr(exc, "strerror", text))


def _copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Write a consistent copy of ``source`` to ``target`` (a single file, no WAL)."""
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")  # self-contained: no -wal beside it
    finally:
        dest.close()


def snapshot(
    event: Event, folder: str | os.PathLike | None = None, *, keep: int = DEFAULT_KEEP
) -> Backup:
    """Take a snapshot of the open event now and drop all but the newest ``keep``."""
    if event.file_lock is not None:
        event.file_lock.check()  # the event's folder is gone: never bring it back empty
    where = backup_dir(event.path, folder)
    taken = event.clock().astimezone(UTC)
    name = f"{stem(event.path)}-{taken.strftime(_STAMP)}"
    target = where / f"{name}{BACKUP_SUFFIX}"
    counter = 0
    while target.exists():
        counter += 1
        target = where / f"{name}-{counter}{BACKUP_SUFFIX}"
    partial = target.with_name(target.name + ".partial")
    try:
        where.mkdir(exist_ok=True)  # only the backup folder: a missing parent is an error
        partial.unlink(missing_ok=True)
        _copy_database(event.db.conn, partial)
        problem = check(partial)
        if problem is not None:
            _discard(partial)
            good = last_good_backup(event.path, folder)
            raise _damaged(event.path, problem, good)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        _discard(partial)
        raise _write_error(exc, where) from exc
    prune(event.path, folder, keep=keep)
    return Backup(target, taken)


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def prune(
    event_path: str | os.PathLike, folder: str | os.PathLike | None = None, *, keep: int
) -> list[Path]:
    """Delete all but the newest ``keep`` snapshots; returns what was deleted."""
    dropped = []
    for old in list_backups(event_path, folder)[max(keep, 1) :]:
        try:
            old.path.unlink()
            dropped.append(old.path)
        except OSError:
            pass  # a backup we cannot delete is still a backup
    return dropped


def _damaged(path: Path, detail: str, good: Backup | None) -> DamagedEventFile:
    if good is None:
        return DamagedEventFile("file_damaged_no_backup", path=str(path), detail=detail)
    return DamagedEventFile(
        "file_damaged_backup",
        backup=good,
        path=str(path),
        detail=detail,
        backup_path=str(good.path),
        backup_time=good.taken_text,
    )


def damaged_error(
    path: str | os.PathLike, detail: str, folder: str | os.PathLike | None = None
) -> DamagedEventFile:
    """The error for a damaged event file, naming its last good backup if there is one."""
    return _damaged(Path(path), detail, last_good_backup(path, folder))


def restore(
    backup: Backup | str | os.PathLike, target: str | os.PathLike, *, wait: float = 0.0
) -> Path | None:
    """Put ``backup`` in place of the event file ``target``.

    The file it replaces is not deleted: it is renamed to ``<name>.replaced-<time>`` (with
    its -wal), and that path is returned (None if there was no file).
    """
    source = Path(backup.path if isinstance(backup, Backup) else backup)
    target = Path(target)
    if not source.is_file():
        raise EventFileError("backup_missing", path=str(source))
    problem = check(source)
    if problem is not None:
        raise EventFileError("backup_damaged", path=str(source), detail=problem)
    held = lock.acquire(target, wait=wait)  # nobody else may have it open while we swap it
    try:
        return _swap_in(source, target)
    except (OSError, sqlite3.Error) as exc:
        raise _write_error(exc, target) from exc
    finally:
        held.release()


def _swap_in(source: Path, target: Path) -> Path | None:
    stamp = datetime.now(UTC).strftime(_STAMP)
    incoming = target.with_name(f".{target.name}.restoring")
    incoming.unlink(missing_ok=True)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        _copy_database(src, incoming)
    finally:
        src.close()
    kept = None
    if target.exists():
        kept = target.with_name(f"{target.name}.replaced-{stamp}")
        os.replace(target, kept)
    # A -wal left by the replaced file would be replayed onto the backup: move it aside too.
    for suffix in ("-wal", "-shm"):
        side = target.with_name(target.name + suffix)
        if side.exists():
            if kept is not None:
                os.replace(side, kept.with_name(kept.name + suffix))
            else:
                side.unlink()
    os.replace(incoming, target)
    return kept
