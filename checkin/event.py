"""One event, one SQLite file: create, open, upgrade and close it."""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from checkin import codes, schema
from checkin.clock import Clock, system_clock, to_text
from checkin.errors import EventFileError

SUFFIX = ".checkin"


@dataclass(frozen=True)
class EventInfo:
    name: str
    venue: str = ""
    starts: str = ""
    ends: str = ""
    languages: list[str] = field(default_factory=lambda: ["de", "en"])


def _connect(path: Path) -> sqlite_utils.Database:
    conn = sqlite3.connect(str(path), timeout=10, check_same_thread=False)
    db = sqlite_utils.Database(conn)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA journal_mode = WAL")
    # FULL: a check-in shown on screen has reached the disk, even if power fails next.
    db.execute("PRAGMA synchronous = FULL")
    return db


def _backup_before_migration(db: sqlite_utils.Database, path: Path, version: int) -> None:
    target = path.with_name(f"{path.name}.v{version}.bak")
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()


class Event:
    """An open event file. Pass it to the core's services; close it when done."""

    def __init__(self, path: Path, db: sqlite_utils.Database, clock: Clock = system_clock):
        self.path = path
        self.db = db
        self.clock = clock

    # -- lifecycle -----------------------------------------------------------------------
    @classmethod
    def create(
        cls, path: str | os.PathLike, info: EventInfo, *, clock: Clock = system_clock
    ) -> Event:
        path = Path(path)
        if path.exists():
            raise EventFileError("file_exists", path=str(path))
        try:
            db = _connect(path)
        except sqlite3.Error as exc:
            raise EventFileError("read_only", path=str(path)) from exc
        with db.conn:
            db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
            for migrate in schema.MIGRATIONS:
                migrate(db)
            db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
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
        return cls(path, db, clock)

    @classmethod
    def open(cls, path: str | os.PathLike, *, clock: Clock = system_clock) -> Event:
        path = Path(path)
        if not path.is_file():
            raise EventFileError("file_missing", path=str(path))
        try:
            with path.open("rb") as fh:
                header = fh.read(16)
        except OSError as exc:
            raise EventFileError("file_damaged", path=str(path), detail=exc.strerror) from exc
        if header != b"SQLite format 3\x00":
            raise EventFileError("not_an_event", path=str(path))
        try:
            db = _connect(path)
            app_id = db.execute("PRAGMA application_id").fetchone()[0]
            version = db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise EventFileError("file_damaged", path=str(path), detail=str(exc)) from exc
        if app_id != schema.APPLICATION_ID:
            db.conn.close()
            raise EventFileError("not_an_event", path=str(path))
        if version > schema.SCHEMA_VERSION:
            db.conn.close()
            raise EventFileError(
                "newer_schema", path=str(path), found=version, supported=schema.SCHEMA_VERSION
            )
        if version < schema.SCHEMA_VERSION:
            cls._upgrade(db, path, version)
        return cls(path, db, clock)

    @staticmethod
    def _upgrade(db: sqlite_utils.Database, path: Path, version: int) -> None:
        try:
            _backup_before_migration(db, path, version)
            with db.conn:
                for migrate in schema.MIGRATIONS[version:]:
                    migrate(db)
                db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
        except sqlite3.OperationalError as exc:
            raise EventFileError("read_only", path=str(path)) from exc

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> Event:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- event data ------------------------------------------------------------------------
    def _row(self) -> dict:
        return self.db["event"].get(1)

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
        with self.db.conn:
            self.db["event"].update(1, changes)

    @property
    def secret(self) -> str:
        return self._row()["secret"]

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str | None) -> None:
        with self.db.conn:
            if value is None:
                self.db.execute("DELETE FROM settings WHERE key = ?", [key])
            else:
                self.db["settings"].upsert({"key": key, "value": value}, pk="key")
