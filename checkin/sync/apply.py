"""Apply the other desks' journals to this desk's event file, idempotently, in linear time.

Merge rules (explained to staff in the README):
- the check-in log is a union: every desk's entries are kept with their own desk and time;
  if two desks that could not see each other both checked a guest in, both entries stay and
  the earlier one counts as the arrival (``checkins.fold``); ``double_entries`` lists them;
- guest edits: per field, the later edit wins; the value that lost goes to the history;
  a badge version never goes back (that would make a voided badge valid again);
- a walk-in registered at two desks (same name, or same e-mail) is flagged as a likely duplicate.

Every record is checked first (``validate``); one that fails, or fails to apply, is
quarantined with its reason and the records after it go on. A record that needs something
another desk has not delivered yet (a walk-in checked in elsewhere) waits, and so do the
records of its desk after it.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from checkin.clock import to_text
from checkin.event import Event
from checkin.sync import designs as sync_designs
from checkin.sync import quarantine, shared_settings
from checkin.sync.duplicates import Lookalikes
from checkin.sync.journal import DESK_ID, load_state, save_state
from checkin.sync.merge_report import (  # noqa: F401 (where the desks panel finds them)
    double_entries,
    edit_history,
    likely_duplicates,
)
from checkin.sync.records import Line, Record, read_lines
from checkin.sync.schema import uid_from_token
from checkin.sync.validate import DESK_ID as DESK_ID_PATTERN
from checkin.sync.validate import Refused, validate

BATCH = 500  # records per transaction: the desk's own writes get their turn in between


class _Waiting(Exception):
    """A record needs something another desk's journal has not delivered yet."""


@dataclass
class ApplyReport:
    applied: int = 0
    quarantined: int = 0
    waiting: dict[str, str] = field(default_factory=dict)  # desk id -> why it waits


def applied_seq(event: Event, desk: str) -> int:
    hit = event.db.execute("SELECT seq FROM sync_applied WHERE desk = ?", [desk]).fetchone()
    return hit[0] if hit else 0


def _signature(desk_dir: Path) -> tuple:
    out = []
    for path in sorted(desk_dir.glob("*.jsonl")):
        try:
            st = path.stat()
        except OSError:
            continue
        out.append((path.name, st.st_size, st.st_mtime_ns))
    return tuple(out)


def apply_all(event: Event, folder: Path, seen: dict | None = None) -> ApplyReport:
    """Apply every complete record of the other desks not applied yet; safe to call any time.

    ``seen`` (kept by the caller between calls) skips desks whose journal files did not
    change since the last call, so a timer can call this often.
    """
    report = ApplyReport()
    own = event.setting(DESK_ID)
    root = Path(folder) / "journal"
    if not root.is_dir():
        return report
    desks = sorted(p for p in root.iterdir() if p.is_dir() and p.name != own)
    for odd in [d for d in desks if not DESK_ID_PATTERN.match(d.name)]:
        report.waiting[odd.name] = "not a desk's journal"
        desks.remove(odd)
    if seen is not None:
        waiting = seen.get("waiting", {})
        signatures = {d.name: _signature(d) for d in desks}
        desks = [d for d in desks if d.name in waiting or seen.get(d.name) != signatures[d.name]]
        report.waiting.update(waiting)
    applier = _Applier(event)
    progress = True
    while progress:  # a record may wait for another desk's (a walk-in checked in elsewhere)
        progress = False
        for desk_dir in desks:
            lines, problem = read_lines(desk_dir, applied_seq(event, desk_dir.name))
            done, why = applier.apply_lines(desk_dir.name, lines)
            why = why or problem
            if why:
                report.waiting[desk_dir.name] = why
            else:
                report.waiting.pop(desk_dir.name, None)
            if done:
                progress = True
    report.applied, report.quarantined = applier.applied, applier.quarantined
    if report.applied or sync_designs.missing_any(event):  # images arrive beside the journal
        with event.writing():
            sync_designs.fetch_images(event, Path(folder))
    if seen is not None:
        seen.update(signatures)
        seen["waiting"] = dict(report.waiting)
    return report


class _Applier:
    """Applies lines of one apply pass; keeps lookups that would otherwise cost a query each."""

    def __init__(self, event: Event):
        self.event = event
        self.db = event.db
        self.now = event.clock()
        self.columns = {c.name for c in event.db["guests"].columns}
        self.refused_uids = quarantine.refused_guests(event)
        self.applied = self.quarantined = 0
        self.lookalikes = Lookalikes(event.db, self.now)

    def apply_lines(self, desk: str, lines: list[Line]) -> tuple[int, str | None]:
        """Apply a desk's lines in order, BATCH per transaction; stop at one that must wait."""
        done = 0
        for start in range(0, len(lines), BATCH):
            waiting, last = None, None
            with self.event.writing():
                for line in lines[start : start + BATCH]:
                    try:
                        self._one(desk, line)
                    except _Waiting as wait:
                        waiting = str(wait)
                        break
                    last = line.seq
                    done += 1
                if last is not None:
                    self.db.execute(
                        "INSERT OR REPLACE INTO sync_applied (desk, seq) VALUES (?, ?)",
                        [desk, last],
                    )
            if waiting:
                return done, waiting
        return done, None

    def _one(self, desk: str, line: Line) -> None:
        if line.record is None:
            return self._refuse(desk, line, Refused(line.problem))
        try:
            record = validate(line.record, desk, self.now)
            if record.seq != line.seq:
                raise Refused("bad_value", f"seq {record.seq} in the place of {line.seq}")
        except Refused as refused:
            return self._refuse(desk, line, refused, _arriving_uid(line.record))
        self.db.execute("SAVEPOINT sync_record")
        try:
            self._apply(record)
        except _Waiting:
            self._rollback()
            raise
        except Refused as refused:
            self._rollback()
            return self._refuse(desk, line, refused, _arriving_uid(record))
        except (sqlite3.Error, KeyError, ValueError, TypeError, OverflowError) as exc:
            self._rollback()
            failed = Refused("apply_failed", f"{type(exc).__name__}: {exc}")
            return self._refuse(desk, line, failed, _arriving_uid(record))
        self.db.execute("RELEASE sync_record")
        self.applied += 1

    def _rollback(self) -> None:
        self.db.execute("ROLLBACK TO sync_record")
        self.db.execute("RELEASE sync_record")

    def _refuse(self, desk: str, line: Line, refused: Refused, uid: str | None = None) -> None:
        quarantine.add(self.event, desk, line.seq, refused.reason, refused.detail, line.raw, uid)
        if uid:
            self.refused_uids.add(uid)
        self.quarantined += 1

    def _apply(self, record: Record) -> None:
        if record.kind == "checkin":
            self._checkin(record)
        elif record.kind == "guest":
            self._guest(record)
        elif record.kind == "unpair":
            self._unpair(record.payload["device"])
        elif record.kind == "setting":  # validated: a shared.* key (shared_settings.py)
            p = record.payload
            shared_settings.apply(self.event, p["key"], p["value"], record.at, record.desk)
        elif record.kind == sync_designs.KIND:  # the design itself is checked there
            sync_designs.apply(self.event, record.payload)

    # -- check-ins ---------------------------------------------------------------------------
    def _guest_row(self, payload: dict, token_key: str) -> tuple[int, str] | None:
        """(id, token) of the guest a record means: by uid, or by token in older journals."""
        if "uid" in payload:
            found = self.db.execute(
                "SELECT id, token FROM guests WHERE uid = ?", [payload["uid"]]
            ).fetchone()
        else:
            found = self.db.execute(
                "SELECT id, token FROM guests WHERE token = ?", [payload[token_key]]
            ).fetchone()
        return tuple(found) if found else None

    def _unknown(self, payload: dict, token_key: str) -> Exception:
        uid = payload.get("uid") or uid_from_token(payload[token_key])
        if uid in self.refused_uids:
            return Refused("refers_to_refused", f"guest {payload[token_key]}")
        return _Waiting(f"guest {payload[token_key]} not known yet")

    def _checkin(self, record: Record) -> None:
        db, p = self.db, record.payload
        if db.execute(
            "SELECT 1 FROM sync_origins WHERE desk = ? AND seq = ?", [record.desk, record.seq]
        ).fetchone():
            return  # already here (e.g. in the snapshot this desk started from)
        guest = self._guest_row(p, "guest")
        if guest is None:
            raise self._unknown(p, "guest")
        guest_id = guest[0]
        if not db.execute("SELECT 1 FROM programme_items WHERE id = ?", [p["item"]]).fetchone():
            # an item added at another desk after this desk joined: keep its check-ins anyway
            db.execute(
                "INSERT INTO programme_items (id, name, all_guests) VALUES (?, ?, 1)",
                [p["item"], p.get("item_name") or f"#{p['item']}"],
            )
        undoes = None
        if p.get("undoes"):
            undoes = self._undone(p["undoes"], guest_id, p["item"])
        cur = db.execute(
            "INSERT INTO checkins (guest_id, item_id, action, at, desk, operator, undoes, scanned)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                guest_id,
                p["item"],
                p["action"],
                p["at"],
                p.get("desk", ""),
                p.get("operator", ""),
                undoes,
                p.get("scanned", ""),
            ],
        )
        db.execute(
            "INSERT INTO sync_origins (checkin_id, desk, seq) VALUES (?, ?, ?)",
            [cur.lastrowid, record.desk, record.seq],
        )

    def _undone(self, origin: list, guest_id: int, item_id: int) -> int:
        hit = self.db.execute(
            "SELECT c.id, c.guest_id, c.item_id FROM sync_origins o "
            "JOIN checkins c ON c.id = o.checkin_id WHERE o.desk = ? AND o.seq = ?",
            origin,
        ).fetchone()
        if hit is None:
            if quarantine.is_refused(self.event, *origin):
                raise Refused("refers_to_refused", f"entry {origin[0]}/{origin[1]}")
            raise _Waiting(f"undone entry {origin} not known yet")
        if (hit[1], hit[2]) != (guest_id, item_id):  # an undo reverts that guest's own entry
            raise Refused("bad_value", "undoes")
        return hit[0]

    # -- guests ------------------------------------------------------------------------------
    def _guest(self, record: Record) -> None:
        p = record.payload
        token, incoming = p["token"], p["fields"]
        stamp = [record.at, record.desk]
        found = self._guest_row(p, "token")
        if found is None:
            if self.db.execute("SELECT 1 FROM guests WHERE token = ?", [token]).fetchone():
                raise Refused("token_taken", token)
            if not p.get("new"):
                raise self._unknown(p, "token")
            self._insert_guest(record, p.get("uid") or uid_from_token(token))
            save_state(self.event, token, dict(incoming), {k: stamp for k in incoming})
            return
        guest_id, local_token = found
        if local_token != token:  # a guest's badge token never changes
            raise Refused("bad_value", "token")
        fields, stamps = load_state(self.event, token) or ({}, {})
        winners = {}
        for key, value in incoming.items():
            current = fields.get(key)
            if value == current:
                stamps[key] = max(stamps.get(key, stamp), stamp)
                continue
            old = stamps.get(key)
            going_back = key == "badge_version" and current is not None and value < current
            if (old is None or stamp > old) and not going_back:  # the later edit wins
                _history(self.db, token, key, current, old, value, stamp)
                fields[key], stamps[key] = value, stamp
                winners[key] = value
            else:
                _history(self.db, token, key, value, stamp, current, old)
        if winners:
            row = self._row_values(winners)
            row["updated_at"] = max(record.at, to_text(self.now))
            sets = ", ".join(f"{k} = ?" for k in row)
            unjournaled = self.db.execute(
                "SELECT 1 FROM sync_dirty WHERE guest_id = ?", [guest_id]
            ).fetchone()
            self.db.execute(f"UPDATE guests SET {sets} WHERE id = ?", [*row.values(), guest_id])
            if not unjournaled:  # the row is what the journals say: nothing for ours to tell
                self.db.execute("DELETE FROM sync_dirty WHERE guest_id = ?", [guest_id])
        save_state(self.event, token, fields, stamps)

    def _insert_guest(self, record: Record, uid: str) -> None:
        p = record.payload
        row = self._row_values(p["fields"])
        row.update(
            token=p["token"], uid=uid, created_at=p.get("created_at") or record.at,
            updated_at=record.at,
        )  # fmt: skip
        names = ", ".join(row)
        marks = ", ".join("?" * len(row))
        cur = self.db.execute(f"INSERT INTO guests ({names}) VALUES ({marks})", list(row.values()))
        self.db.execute("DELETE FROM sync_dirty WHERE guest_id = ?", [cur.lastrowid])
        self.lookalikes.flag(cur.lastrowid, p["token"], row, record.desk)

    def _row_values(self, fields: dict) -> dict:
        """Guest columns for validated fields; the table number becomes this desk's table id."""
        row = {k: v for k, v in fields.items() if k in self.columns}
        if "table_number" in fields:
            row["table_id"] = self._table_id(fields["table_number"])
        return row

    def _table_id(self, number) -> int | None:
        if number is None:
            return None
        hit = self.db.execute("SELECT id FROM tables WHERE number = ?", [number]).fetchone()
        if hit:
            return hit[0]
        return self.db.execute("INSERT INTO tables (number) VALUES (?)", [number]).lastrowid

    def _unpair(self, device_id: str) -> None:
        """Another desk unpaired a device: this desk stops sharing with it too (see desk.tick)."""
        hit = self.db.execute("SELECT value FROM settings WHERE key = 'sync.unpaired'").fetchone()
        unpaired = set(json.loads(hit[0])) if hit else set()
        unpaired.add(device_id)
        self.db.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES ('sync.unpaired', ?)",
            [json.dumps(sorted(unpaired))],
        )


def _arriving_uid(record: Record) -> str | None:
    """The guest a refused record would have added: records about that guest cannot apply."""
    p = record.payload if isinstance(record.payload, dict) else {}
    if record.kind != "guest" or p.get("new") is not True:
        return None
    uid, token = p.get("uid"), p.get("token")
    if isinstance(uid, str):
        return uid[:40]
    return uid_from_token(token) if isinstance(token, str) else None


def _history(db, token, key, lost, lost_stamp, kept, kept_stamp) -> None:
    lost_stamp = lost_stamp or [None, None]
    db.execute(
        "INSERT INTO sync_guest_history (token, field, value, at, desk, kept_value, kept_at,"
        " kept_desk) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            token,
            key,
            json.dumps(lost, ensure_ascii=False),
            lost_stamp[0],
            lost_stamp[1],
            json.dumps(kept, ensure_ascii=False),
            kept_stamp[0] if kept_stamp else None,
            kept_stamp[1] if kept_stamp else None,
        ],
    )
