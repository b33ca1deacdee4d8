"""Each desk's journal: every change this desk makes, appended to its own files in the sync folder.

Layout of the event's sync folder (shared between desks by Syncthing)::

    journal/<desk id>/desk.json          who the desk is (name)
    journal/<desk id>/000000001.jsonl    segment: records with seq 1..; closed segments never change
    snapshots/<desk id>-<time>.checkin   a copy of the event file for desks that join late

One writer per file (a desk writes only below its own id), so Syncthing never sees a conflict.
Kinds: ``guest``, ``checkin``, ``unpair``, ``setting`` (the ``shared.*`` settings, see
shared_settings.py) and ``design`` (badge designs, designs.py). The record format and how lines are read back are in ``records.py``;
what another desk may put in a record is checked by ``validate.py``.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
from collections.abc import Callable, Iterable
from pathlib import Path

from checkin import audit, changes
from checkin.clock import to_text
from checkin.event import Event
from checkin.sync import designs, shared_settings
from checkin.sync.records import Record, encode, last_seq, read_lines, segments
from checkin.sync.validate import GUEST_FIELDS

SEGMENT_RECORDS = 1000
DESK_ID = "sync.desk_id"
DESK_NAME = audit.DESK_NAME
EVENT_ID = "sync.event_id"
_ATTACHED = "_sync_journal"  # the event's attached journal (like changes' listener list)
__all__ = ["DESK_ID", "DESK_NAME", "EVENT_ID", "Journal", "Record", "encode", "read_lines"]


# -- the guest row as synced data -----------------------------------------------------------
def table_numbers(event: Event) -> dict[int, int]:
    return dict(event.db.execute("SELECT id, number FROM tables").fetchall())


def guest_fields(event: Event, row: dict, numbers: dict[int, int] | None = None) -> dict:
    """The synced part of a guest row: the fields a desk may change, the table as its number."""
    fields = {k: v for k, v in row.items() if k in GUEST_FIELDS}
    if numbers is None:
        numbers = table_numbers(event)
    fields["table_number"] = numbers.get(row.get("table_id"))
    return fields


def load_state(event: Event, token: str) -> tuple[dict, dict] | None:
    hit = event.db.execute(
        "SELECT fields, stamps FROM sync_guest_state WHERE token = ?", [token]
    ).fetchone()
    return (json.loads(hit[0]), json.loads(hit[1])) if hit else None


def save_state(event: Event, token: str, fields: dict, stamps: dict) -> None:
    event.db.execute(
        "INSERT OR REPLACE INTO sync_guest_state (token, fields, stamps) VALUES (?, ?, ?)",
        [token, json.dumps(fields, ensure_ascii=False), json.dumps(stamps)],
    )


def ensure_identity(event: Event, desk_name: str | None = None) -> tuple[str, str]:
    """This desk's id (random, per event file) and display name; the event's shared sync id."""
    if event.setting(EVENT_ID) is None:
        event.set_setting(EVENT_ID, "checkin-" + secrets.token_hex(5))
    desk_id = event.setting(DESK_ID)
    if desk_id is None:
        desk_id = secrets.token_hex(4)
        event.set_setting(DESK_ID, desk_id)
    if desk_name:
        event.set_setting(DESK_NAME, desk_name)
    name = event.setting(DESK_NAME) or socket.gethostname() or desk_id
    return desk_id, name


class Journal:
    """The writer of this desk's journal; subscribes to the core's change hook."""

    def __init__(
        self,
        event: Event,
        folder: Path,
        *,
        desk_name: str | None = None,
        on_written: Callable[[], None] | None = None,
        device_id: str = "",
    ):
        self.event = event
        self.folder = Path(folder)
        self.desk_id, self.desk_name = ensure_identity(event, desk_name)
        self.dir = self.folder / "journal" / self.desk_id
        self.dir.mkdir(parents=True, exist_ok=True)
        self.on_written = on_written
        self.device_id = device_id
        ignore = self.folder / ".stignore"
        if not ignore.exists():
            ignore.write_text("*.tmp\n")
        self._write_desk_info()
        self._seq = max(last_seq(self.dir), self._applied_own())
        self._segment: Path | None = None
        self._segment_count = 0
        self._open_segment()
        self._recover()

    # -- lifecycle ------------------------------------------------------------------------
    @classmethod
    def attach(cls, event: Event, folder: Path, **kwargs) -> Journal:
        """Start journaling this desk's changes; changes made while detached are caught up."""
        journal = cls(event, folder, **kwargs)
        changes.subscribe(event, journal._on_change)
        setattr(event, _ATTACHED, journal)
        journal.flush()
        return journal

    def detach(self) -> None:
        changes.unsubscribe(self.event, self._on_change)
        if getattr(self.event, _ATTACHED, None) is self:
            setattr(self.event, _ATTACHED, None)

    @classmethod
    def writer(cls, event: Event, folder: Path) -> Journal:
        """The journal attached to ``event`` (one writer per journal), or a new one."""
        attached = getattr(event, _ATTACHED, None)
        if attached is not None and attached.folder == Path(folder):
            return attached
        return cls(event, folder)

    def _write_desk_info(self) -> None:
        info = self.dir / "desk.json"
        data = {"desk": self.desk_id, "name": self.desk_name, "device": self.device_id}
        if not info.exists() or json.loads(info.read_text() or "{}") != data:
            tmp = info.with_suffix(".tmp")
            tmp.write_text(json.dumps(data, ensure_ascii=False))
            os.replace(tmp, info)

    def _applied_own(self) -> int:
        hit = self.event.db.execute(
            "SELECT seq FROM sync_applied WHERE desk = ?", [self.desk_id]
        ).fetchone()
        return hit[0] if hit else 0

    def _open_segment(self) -> None:
        segs = segments(self.dir)
        if segs:
            first, path = segs[-1]
            data = path.read_bytes()
            count = data.count(b"\n")
            # A crash can leave a half-written line: that segment stays closed as it is.
            complete = data.endswith(b"\n") or not data
            if complete and count < SEGMENT_RECORDS and first + count == self._seq + 1:
                self._segment, self._segment_count = path, count
                return
        self._segment = self.dir / f"{self._seq + 1:09d}.jsonl"
        self._segment_count = 0

    def _recover(self) -> None:
        """Records written just before a crash, but not yet noted in the event file."""
        own = self._applied_own()
        if own >= self._seq:
            return
        lines, _ = read_lines(self.dir, own)
        with self.event.writing():
            for line in lines:
                if line.record is not None:
                    self._note(line.record)

    # -- writing ----------------------------------------------------------------------------
    def note_change(self, kind: str, payload: dict) -> None:
        """A change committed through another connection to this event file (the window's)."""
        self._on_change(kind, payload)

    def _on_change(self, kind: str, payload: dict) -> None:
        if kind == "checkin":
            self.flush_checkins()
        elif kind in ("guest_added", "guest_updated"):
            self.flush_guests(payload.get("ids"))
        elif kind == "settings":
            self.flush_settings()
        else:
            self.flush()

    def flush(self) -> int:
        """Journal every change not yet journaled (guests first: check-ins refer to them)."""
        done = self.flush_guests(None) + self.flush_checkins() + self.flush_settings()
        return done + designs.flush(self)

    def flush_settings(self) -> int:
        """Shared settings changed since the journal last carried them (shared_settings.py)."""
        changed = shared_settings.unjournaled(self.event)
        return self.append("setting", [{"key": k, "value": v} for k, v in sorted(changed.items())])

    def append(self, kind: str, payloads: list[dict]) -> int:
        """One record of ``kind`` per payload, written and noted."""
        self._write([self._next(kind, p) for p in payloads])
        return len(payloads)

    def flush_guests(self, ids: Iterable[int] | None) -> int:
        """Journal the guests that changed: ``ids``, or all that were marked as changed."""
        db = self.event.db
        select = (
            "SELECT g.*, d.n AS _dirty FROM guests g LEFT JOIN sync_dirty d ON d.guest_id = g.id"
        )
        if ids is None:
            rows = list(db.query(f"{select} WHERE d.guest_id IS NOT NULL ORDER BY g.id"))
        else:
            ids = list(ids)
            marks = ",".join("?" * len(ids))
            rows = list(db.query(f"{select} WHERE g.id IN ({marks}) ORDER BY g.id", ids))
        records = []
        numbers = table_numbers(self.event)
        for row in rows:
            fields = guest_fields(self.event, row, numbers)
            state = load_state(self.event, row["token"])
            payload = {"token": row["token"], "uid": row["uid"], "new": state is None}
            if state is None:
                payload.update(fields=fields, created_at=row.get("created_at"))
            else:
                payload["fields"] = {k: v for k, v in fields.items() if state[0].get(k) != v}
            if payload["fields"] or payload["new"]:
                records.append(self._next("guest", payload))
        self._write(records)
        seen = [(row["id"], row["_dirty"]) for row in rows if row["_dirty"] is not None]
        if seen:
            with self.event.writing():  # journaled (or unchanged): no longer to look at
                db.conn.executemany("DELETE FROM sync_dirty WHERE guest_id = ? AND n = ?", seen)
        return len(records)

    def flush_checkins(self) -> int:
        db = self.event.db
        rows = list(
            db.query(
                "SELECT c.*, g.token, g.uid, i.name AS item_name FROM checkins c "
                "JOIN guests g ON g.id = c.guest_id "
                "LEFT JOIN programme_items i ON i.id = c.item_id "
                "LEFT JOIN sync_origins o ON o.checkin_id = c.id "
                "WHERE o.checkin_id IS NULL ORDER BY c.id"
            )
        )
        if not rows:
            return 0
        batch: dict[int, list] = {}
        records = []
        for row in rows:
            undoes = None
            if row["undoes"] is not None:
                hit = db.execute(
                    "SELECT desk, seq FROM sync_origins WHERE checkin_id = ?", [row["undoes"]]
                ).fetchone()
                undoes = list(hit) if hit else batch.get(row["undoes"])
            record = self._next(
                "checkin",
                {
                    "id": row["id"],
                    "guest": row["token"],
                    "uid": row["uid"],
                    "item": row["item_id"],
                    "item_name": row["item_name"] or "",
                    "action": row["action"],
                    "at": row["at"],
                    "desk": row["desk"] or "",
                    "operator": row["operator"] or "",
                    "scanned": row["scanned"] or "",
                    "undoes": undoes,
                },
                at=row["at"],
            )
            batch[row["id"]] = [self.desk_id, record.seq]
            records.append(record)
        self._write(records)
        return len(records)

    def record_unpair(self, device_id: str) -> None:
        """Tell every desk that this device no longer belongs to the event."""
        self._write([self._next("unpair", {"device": device_id})])

    def _next(self, kind: str, payload: dict, at: str | None = None) -> Record:
        self._seq += 1
        return Record(self.desk_id, self._seq, kind, at or to_text(self.event.clock()), payload)

    def _write(self, records: list[Record]) -> None:
        """Append to the open segment and reach the disk, then note them in the event file."""
        if not records:
            return
        i = 0
        while i < len(records):
            room = SEGMENT_RECORDS - self._segment_count
            if room <= 0:
                self._segment = self.dir / f"{records[i].seq:09d}.jsonl"
                self._segment_count, room = 0, SEGMENT_RECORDS
            chunk = records[i : i + room]
            with open(self._segment, "ab") as fh:
                fh.write(b"".join(encode(r) for r in chunk))
                fh.flush()
                os.fsync(fh.fileno())
            self._segment_count += len(chunk)
            i += len(chunk)
        with self.event.writing():
            for record in records:
                self._note(record)
        if self.on_written is not None:
            self.on_written()

    def _note(self, record: Record) -> None:
        """Remember in the event file that a record of ours covers this change."""
        db = self.event.db
        if record.kind == "checkin":
            db.execute(
                "INSERT OR IGNORE INTO sync_origins (checkin_id, desk, seq) VALUES (?,?,?)",
                [record.payload["id"], record.desk, record.seq],
            )
        elif record.kind == "guest":
            token = record.payload["token"]
            state = load_state(self.event, token) or ({}, {})
            fields, stamps = state
            for key, value in record.payload["fields"].items():
                fields[key] = value
                stamps[key] = [record.at, record.desk]
            save_state(self.event, token, fields, stamps)
        elif record.kind == "setting":
            p = record.payload
            shared_settings.note(self.event, p["key"], p["value"], record.at, record.desk)
        db.execute(
            "INSERT OR REPLACE INTO sync_applied (desk, seq) VALUES (?, ?)",
            [record.desk, record.seq],
        )
