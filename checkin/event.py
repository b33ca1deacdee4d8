"""One event, one SQLite file: create, open, upgrade and close it."""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from checkin import backup, codes, lock, read_only_file, schema, schema_upgrade
from checkin.clock import Clock, system_clock, to_text
from checkin.database import Database
from checkin.errors import EventFileError

SUFFIX = ".checkin"


@dataclass(frozen=True)
class EventInfo:
    name: str
    venue: str = ""
    starts: str = ""
    ends: str = ""
    languages: list[str] = field(default_factory=lambda: ["de", "en"])


# A flipped bit in a name must not make the whole list unreadable: show U+FFFD instead.
# A partial, not a def: SQLite calls it for every text value read (a C call, no frame).
_text = partial(bytes.decode, encoding="utf-8", errors="replace")


def _connect(path: Path) -> Database:
    db = _with_pragmas(sqlite3.connect(str(path), timeout=10, check_same_thread=False))
    db.conn.text_factory = _text
    return db


def _with_pragmas(conn: sqlite3.Connection) -> Database:
    db = Database(conn)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA journal_mode = WAL")
    # FULL: a check-in shown on screen has reached the disk, even if power fails next.
    db.execute("PRAGMA synchronous = FULL")
    return db


def _backup_before_migration(db: Database, path: Path, version: int) -> None:
    target = path.with_name(f"{path.name}.v{version}.bak")
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()


def _check_schema(db: Database, path: Path) -> None:
    """Every table's columns must read back: quick_check does not look inside names."""
    try:
        names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for name in names:
            db.conn.execute(f'SELECT * FROM "{name}" LIMIT 0').fetchall()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise backup.damaged_error(path, f"unreadable table definitions: {exc}") from exc


def _write_error(exc: sqlite3.Error, path: Path) -> EventFileError:
    text = str(exc).lower()
    if "disk is full" in text or ("disk i/o error" in text and _disk_full(path)):
        # SQLite says "disk I/O error" when a full disk stops its WAL index from growing
        return EventFileError("disk_full", path=str(path))
    if "readonly" in text or "read-only" in text or "permission" in text:
        return EventFileError("read_only", path=str(path))
    return EventFileError("write_failed", path=str(path), detail=str(exc))


def _disk_full(path: Path) -> bool:
    """Next to no space left where the event file is (less than a few WAL frames)."""
    try:
        return shutil.disk_usage(path.parent).free < 1024 * 1024
    except OSError:
        return False


def _open_error(exc: Exception, path: Path) -> EventFileError:
    text = str(exc).lower()
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return backup.damaged_error(path, str(exc))
    if isinstance(exc, sqlite3.OperationalError):
        return _write_error(exc, path)
    return backup.damaged_error(path, str(exc))


def _upgrade_error(path: Path, version: int, exc: Exception) -> EventFileError:
    return EventFileError(
        "upgrade_failed",
        path=str(path),
        found=version,
        supported=schema.SCHEMA_VERSION,
        detail=str(exc),
    )


class Event:
    """An open event file. Pass it to the core's services; close it when done."""

    def __init__(
        self,
        path: Path,
        db: Database,
        clock: Clock = system_clock,
        *,
        file_lock: lock.FileLock | None = None,
    ):
        self.path = path
        self.db = db
        self.clock = clock
        self.file_lock = file_lock  # None: opened read-only
        self._scratch: Path | None = None  # a read-only medium's file, copied to be read
        # Who works with the file, for the audit trail (None: host name / login name).
        self.desk: str | None = None
        self.operator: str | None = None

    @property
    def read_only(self) -> bool:
        return self.file_lock is None

    @contextmanager
    def writing(self) -> Iterator[Database]:
        """One transaction: committed (synchronous=FULL: on disk) or rolled back as a whole.

        A full disk or a read-only medium becomes an EventFileError with a clear message.
        """
        conn = self.db.conn
        if self.file_lock is not None and not conn.in_transaction:
            self.file_lock.check()  # deleted or replaced under us: save nothing, say so
        try:
            if conn.in_transaction:  # nested: a savepoint inside the caller's transaction
                conn.execute("SAVEPOINT checkin_writing")
                try:
                    yield self.db
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK TO checkin_writing")
                        conn.execute("RELEASE checkin_writing")
                    raise
                conn.execute("RELEASE checkin_writing")
                return
            # An explicit BEGIN: sqlite-utils then nests its writes as savepoints instead of
            # committing each one (``with conn:`` alone would not make them one transaction).
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                conn.rollback()
                raise
            conn.commit()
        except sqlite3.OperationalError as exc:
            raise _write_error(exc, self.path) from exc

    # -- lifecycle -----------------------------------------------------------------------
    @classmethod
    def create(
        cls, path: str | os.PathLike, info: EventInfo, *, clock: Clock = system_clock
    ) -> Event:
        path = Path(path)
        try:  # exclusive: two desks creating the same name never share one file
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
        except FileExistsError as exc:
            raise EventFileError("file_exists", path=str(path)) from exc
        except PermissionError as exc:
            raise EventFileError("read_only", path=str(path)) from exc
        except OSError as exc:
            if exc.errno == errno.EROFS:
                raise EventFileError("read_only", path=str(path)) from exc
            raise EventFileError("file_unreachable", path=str(path), detail=exc.strerror) from exc
        try:
            held = lock.acquire(path)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        db = None
        try:
            db = _connect(path)
            db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
            schema_upgrade.upgrade(db, 0)
            with db.conn:
                db["event"].insert(
                    {
                        "id": 1,
                        "name": info.name,
                        "venue": info.venue,
                        "starts": info.starts,
                        "ends": info.ends,
                        "languages": json.dumps(info.languages),
                        "secret": codes.new_secret(),
                        "created_at": to_text(clock()),
                    }
                )
        except BaseException as exc:
            if db is not None:
                db.conn.close()
            held.release()
            for leftover in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
                leftover.unlink(missing_ok=True)  # a half-made event is no event
            if isinstance(exc, sqlite3.Error):
                raise _write_error(exc, path) from exc
            raise
        return cls(path, db, clock, file_lock=held)

    @classmethod
    def open(
        cls,
        path: str | os.PathLike,
        *,
        clock: Clock = system_clock,
        read_only: bool = False,
        wait: float = 0.0,
    ) -> Event:
        """Open an event file for writing (one writer per file) or ``read_only``.

        Raises EventLocked if another checkin has it open (after trying for ``wait``
        seconds), DamagedEventFile (naming the last good backup) if it is damaged or
        truncated.
        """
        path = Path(path)
        if not path.is_file():
            raise EventFileError("file_missing", path=str(path))
        try:
            with path.open("rb") as fh:
                header = fh.read(16)
        except OSError as exc:
            raise EventFileError("file_unreachable", path=str(path), detail=exc.strerror) from exc
        if header != b"SQLite format 3\x00":
            if b"SQLite format 3\x00".startswith(header) and backup.list_backups(path):
                raise backup.damaged_error(path, "the file is truncated")
            raise EventFileError("not_an_event", path=str(path))
        held = None if read_only else lock.acquire(path, wait=wait)
        try:
            return cls._open_locked(path, clock, held)
        except BaseException:
            if held is not None:
                held.release()
            raise

    @classmethod
    def _open_locked(cls, path: Path, clock: Clock, held: lock.FileLock | None) -> Event:
        if held is not None and not os.access(path, os.W_OK):
            raise EventFileError("read_only", path=str(path))
        scratch = None
        try:
            if held is None:
                conn, scratch = read_only_file.connect(path)
                db = Database(conn)
                db.conn.text_factory = _text
            else:
                db = _connect(path)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            read_only_file.discard(scratch)
            raise _open_error(exc, path) from exc
        try:
            app_id = db.execute("PRAGMA application_id").fetchone()[0]
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if app_id != schema.APPLICATION_ID:
                raise EventFileError("not_an_event", path=str(path))
            if version > schema.SCHEMA_VERSION:
                raise EventFileError(
                    "newer_schema", path=str(path), found=version, supported=schema.SCHEMA_VERSION
                )
            # Damage (a yanked USB stick, a truncated copy) is found now, not mid-check-in.
            problems = [row[0] for row in db.execute("PRAGMA quick_check")]
            if problems != ["ok"]:
                raise backup.damaged_error(path, "; ".join(problems[:3]))
            _check_schema(db, path)
            if version < schema.SCHEMA_VERSION:
                if held is None:
                    raise EventFileError("read_only", path=str(path))
                cls._upgrade(db, path, version)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            db.conn.close()
            read_only_file.discard(scratch)
            raise _open_error(exc, path) from exc
        except BaseException:
            db.conn.close()
            read_only_file.discard(scratch)
            raise
        event = cls(path, db, clock, file_lock=held)
        event._scratch = scratch
        return event

    @staticmethod
    def _upgrade(db: Database, path: Path, version: int) -> None:
        """All migrations in one transaction: a failure leaves the file at ``version``."""
        try:
            _backup_before_migration(db, path, version)
        except sqlite3.Error as exc:
            raise _write_error(exc, path) from exc
        try:
            schema_upgrade.upgrade(db, version)
        except sqlite3.OperationalError as exc:
            error = _write_error(exc, path)
            if error.key != "write_failed":  # read-only medium, full disk
                raise error from exc
            raise _upgrade_error(path, version, exc) from exc
        except (sqlite3.Error, schema_upgrade.MigrationError) as exc:
            raise _upgrade_error(path, version, exc) from exc

    def close(self) -> None:
        self.db.conn.close()
        if self.file_lock is not None:
            self.file_lock.release()
        read_only_file.discard(self._scratch)
        self._scratch = None

    def __enter__(self) -> Event:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- event data ------------------------------------------------------------------------
    def _row(self) -> dict:
        return next(self.db.query("SELECT * FROM event WHERE id = 1"))

    @property
    def info(self) -> EventInfo:
        row = self._row()
        return EventInfo(
            name=row["name"],
            venue=row["venue"] or "",
            starts=row["starts"] or "",
            ends=row["ends"] or "",
            languages=json.loads(row["languages"] or "[]"),
        )

    def update_info(self, **changes) -> None:
        if "languages" in changes:
            changes["languages"] = json.dumps(changes["languages"])
        with self.writing():
            self.db["event"].update(1, changes)

    @property
    def secret(self) -> str:
        return self._row()["secret"]

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str | None) -> None:
        with self.writing():
            if value is None:
                self.db.execute("DELETE FROM settings WHERE key = ?", [key])
            else:
                self.db["settings"].upsert({"key": key, "value": value}, pk="key")
