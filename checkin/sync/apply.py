"""Apply the other desks' journals to this desk's event file, idempotently.

Merge rules (explained to staff in the README):
- the check-in log is a union: every desk's entries are kept with their own desk and time;
  if two desks that could not see each other both checked a guest in, both entries stay and
  the earlier one counts as the arrival (``checkins.fold``); ``double_entries`` lists them;
- guest edits: per field, the later edit wins; the value that lost goes to the history;
- a walk-in registered at two desks (same name, or same e-mail) is flagged as a likely duplicate.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from checkin.checkins import LogEntry, fold
from checkin.clock import to_text
from checkin.event import Event
from checkin.sync import designs as sync_designs
from checkin.sync import shared_settings
from checkin.sync.journal import DESK_ID, Record, load_state, read_records, save_state


class _Waiting(Exception):
    """A record needs something another desk's journal has not delivered yet."""


@dataclass
class ApplyReport:
    applied: int = 0
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
    if seen is not None:
        waiting = seen.get("waiting", {})
        signatures = {d.name: _signature(d) for d in desks}
        desks = [d for d in desks if d.name in waiting or seen.get(d.name) != signatures[d.name]]
        report.waiting.update(waiting)
    progress = True
    while progress:  # a record may wait for another desk's (a walk-in checked in elsewhere)
        progress = False
        for desk_dir in desks:
            records, problem = read_records(desk_dir, applied_seq(event, desk_dir.name))
            done, why = 0, problem
            with event.writing():  # one transaction (one fsync) per desk and pass
                for record in records:
                    try:
                        apply_record(event, record)
                    except _Waiting as wait:  # raised before the record wrote anything
                        why = str(wait)
                        break
                    done += 1
            if why:
                report.waiting[desk_dir.name] = why
            else:
                report.waiting.pop(desk_dir.name, None)
            if done:
                progress = True
                report.applied += done
    if report.applied or sync_designs.missing_any(event):
        with event.writing():
            sync_designs.fetch_images(event, Path(folder))
    if seen is not None:
        seen.update(signatures)
        seen["waiting"] = dict(report.waiting)
    return report


def apply_record(event: Event, record: Record) -> None:
    """Apply one record (caller holds the transaction); a record applied before is skipped."""
    if applied_seq(event, record.desk) >= record.seq:
        return
    if record.kind == "checkin":
        _apply_checkin(event, record)
    elif record.kind == "guest":
        _apply_guest(event, record)
    elif record.kind == "unpair":
        _apply_unpair(event, record.payload["device"])
    elif record.kind == "setting" and isinstance(record.payload.get("key"), str):
        value = record.payload.get("value")
        shared_settings.apply(
            event,
            record.payload["key"],
            None if value is None else str(value),
            record.at,
            record.desk,
        )
    elif record.kind == sync_designs.KIND:
        sync_designs.apply(event, record.payload)
    event.db.execute(
        "INSERT OR REPLACE INTO sync_applied (desk, seq) VALUES (?, ?)", [record.desk, record.seq]
    )


def _apply_unpair(event: Event, device_id: str) -> None:
    """Another desk unpaired a device: this desk stops sharing with it too (see desk.tick)."""
    hit = event.db.execute("SELECT value FROM settings WHERE key = 'sync.unpaired'").fetchone()
    unpaired = set(json.loads(hit[0])) if hit else set()
    unpaired.add(device_id)
    event.db.execute(
        "INSERT OR REPLACE INTO settings (key, value) VALUES ('sync.unpaired', ?)",
        [json.dumps(sorted(unpaired))],
    )


def _guest_id(event: Event, token: str) -> int | None:
    hit = event.db.execute("SELECT id FROM guests WHERE token = ?", [token]).fetchone()
    return hit[0] if hit else None


def _apply_checkin(event: Event, record: Record) -> None:
    db, p = event.db, record.payload
    if db.execute(
        "SELECT 1 FROM sync_origins WHERE desk = ? AND seq = ?", [record.desk, record.seq]
    ).fetchone():
        return
    guest_id = _guest_id(event, p["guest"])
    if guest_id is None:
        raise _Waiting(f"guest {p['guest']} not known yet")
    if not db.execute("SELECT 1 FROM programme_items WHERE id = ?", [p["item"]]).fetchone():
        # an item added at another desk after this desk joined: keep its check-ins anyway
        db["programme_items"].insert(
            {"id": p["item"], "name": p.get("item_name") or f"#{p['item']}", "all_guests": 1}
        )
    undoes = None
    if p.get("undoes"):
        hit = db.execute(
            "SELECT checkin_id FROM sync_origins WHERE desk = ? AND seq = ?", p["undoes"]
        ).fetchone()
        if hit is None:
            raise _Waiting(f"undone entry {p['undoes']} not known yet")
        undoes = hit[0]
    cur = db.execute(
        "INSERT INTO checkins (guest_id, item_id, action, at, desk, operator, undoes, scanned) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            guest_id,
            p["item"],
            p["action"],
            p["at"],
            p["desk"],
            p["operator"],
            undoes,
            p.get("scanned", ""),
        ],
    )
    db.execute(
        "INSERT INTO sync_origins (checkin_id, desk, seq) VALUES (?, ?, ?)",
        [cur.lastrowid, record.desk, record.seq],
    )


def _columns(event: Event) -> set[str]:
    return {c.name for c in event.db["guests"].columns}


def _table_id(event: Event, number) -> int | None:
    if number is None:
        return None
    hit = event.db.execute("SELECT id FROM tables WHERE number = ?", [number]).fetchone()
    if hit:
        return hit[0]
    return event.db["tables"].insert({"number": number}).last_pk  # made at another desk


def _row_values(event: Event, fields: dict, columns: set[str]) -> dict:
    row = {k: v for k, v in fields.items() if k in columns}
    if "table_number" in fields:
        row["table_id"] = _table_id(event, fields["table_number"])
    return row


def _apply_guest(event: Event, record: Record) -> None:
    p = record.payload
    token, incoming = p["token"], p["fields"]
    stamp = [record.at, record.desk]
    columns = _columns(event)
    guest_id = _guest_id(event, token)
    if guest_id is None:
        if not p.get("new"):
            raise _Waiting(f"guest {token} not known yet")
        row = _row_values(event, incoming, columns)
        row.update(token=token, created_at=p.get("created_at") or record.at, updated_at=record.at)
        new_id = event.db["guests"].insert(row).last_pk
        save_state(event, token, dict(incoming), {k: stamp for k in incoming})
        _flag_duplicates(event, new_id, token)
        return
    fields, stamps = load_state(event, token) or ({}, {})
    winners = {}
    for key, value in incoming.items():
        current = fields.get(key)
        if value == current:
            stamps[key] = max(stamps.get(key, stamp), stamp)
            continue
        old = stamps.get(key)
        if old is None or stamp > old:  # the later edit wins
            _history(event, token, key, current, old, value, stamp)
            fields[key], stamps[key] = value, stamp
            winners[key] = value
        else:
            _history(event, token, key, value, stamp, current, old)
    if winners:
        row = _row_values(event, winners, columns)
        row["updated_at"] = max(record.at, to_text(event.clock()))
        event.db["guests"].update(guest_id, row)
    save_state(event, token, fields, stamps)


def _history(event, token, key, lost, lost_stamp, kept, kept_stamp) -> None:
    lost_stamp = lost_stamp or [None, None]
    event.db["sync_guest_history"].insert(
        {
            "token": token,
            "field": key,
            "value": json.dumps(lost, ensure_ascii=False),
            "at": lost_stamp[0],
            "desk": lost_stamp[1],
            "kept_value": json.dumps(kept, ensure_ascii=False),
            "kept_at": kept_stamp[0],
            "kept_desk": kept_stamp[1],
        }
    )


def _norm(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


def _flag_duplicates(event: Event, guest_id: int, token: str) -> None:
    """A guest arriving from another desk who looks like one already here: flag for an admin."""
    new = next(event.db.query("SELECT * FROM guests WHERE id = ?", [guest_id]))
    name = (_norm(new["given_name"]), _norm(new["family_name"]))
    for other in event.db.query("SELECT * FROM guests WHERE id != ?", [guest_id]):
        reason = None
        if name[0] + name[1] and name == (_norm(other["given_name"]), _norm(other["family_name"])):
            reason = "same_name"
        elif _norm(new["email"]) and _norm(new["email"]) == _norm(other["email"]):
            reason = "same_email"
        if reason:
            a, b = sorted([other["token"], token])
            event.db.execute(
                "INSERT OR IGNORE INTO sync_duplicates (token_a, token_b, reason, found_at) "
                "VALUES (?, ?, ?, ?)",
                [a, b, reason, to_text(event.clock())],
            )


# -- reports ------------------------------------------------------------------------------
@dataclass(frozen=True)
class DoubleEntry:
    """A guest checked in at two desks (or twice) while already in: the arrival and the extras."""

    guest_id: int
    item_id: int
    arrival: LogEntry
    extra: tuple[LogEntry, ...]


def double_entries(event: Event, item_id: int | None = None) -> list[DoubleEntry]:
    from checkin.checkins import log_entries

    per: dict[tuple[int, int], list[LogEntry]] = {}
    for entry in log_entries(event, item_id=item_id):
        per.setdefault((entry.guest_id, entry.item_id), []).append(entry)
    found = []
    for (guest_id, item), entries in sorted(per.items()):
        status = fold(entries)
        undone = {e.undoes for e in entries if e.action == "undo"}
        effective = sorted(
            (e for e in entries if e.action != "undo" and e.id not in undone),
            key=lambda e: (e.at, e.id),
        )
        inside, extra = False, []
        for entry in effective:
            if entry.action == "in":
                if inside:
                    extra.append(entry)
                inside = True
            else:
                inside = False
        if extra and status.first_in is not None:
            found.append(DoubleEntry(guest_id, item, status.first_in, tuple(extra)))
    return found


@dataclass(frozen=True)
class LikelyDuplicate:
    guest_a: int
    guest_b: int
    reason: str  # same_name / same_email


def likely_duplicates(event: Event) -> list[LikelyDuplicate]:
    rows = event.db.execute(
        "SELECT a.id, b.id, d.reason FROM sync_duplicates d "
        "JOIN guests a ON a.token = d.token_a JOIN guests b ON b.token = d.token_b ORDER BY d.id"
    )
    return [LikelyDuplicate(*r) for r in rows]


def edit_history(event: Event, guest_token: str) -> list[dict]:
    rows = event.db.query(
        "SELECT * FROM sync_guest_history WHERE token = ? ORDER BY id", [guest_token]
    )
    return [dict(r) for r in rows]
