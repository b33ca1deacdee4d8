"""Write imported records into the event: re-importing a list is a merge.

A record updates the guest it matches (by external id, barcode, email, then name and
organisation) and is added otherwise. Nobody is deleted, the check-in log is not
touched, and everything is written in one transaction. Lookups are loaded into dicts
once and rows are written with executemany: no query per row (50,000 rows: see
tests/benchmarks/test_import_benchmark.py).
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field

from checkin import audit
from checkin import changes as change_hook
from checkin.clock import to_text
from checkin.codes import ALPHABET, TOKEN_LEN
from checkin.event import Event
from checkin.importing.matching import (
    EXCHANGE_FIELDS,
    TEXT_FIELDS,
    Lookups,
    duplicate_of,
    key,
    match,
    name_key,
    valid_email,
)
from checkin.importing.report import (
    Added,
    ImportReport,
    LikelyDuplicate,
    Problem,
    Skipped,
    Updated,
)

Progress = Callable[[int, int], None]
_HOOK_CHUNK = 10_000

INSERT_COLUMNS = (
    *TEXT_FIELDS,
    *EXCHANGE_FIELDS,
    "extra",
    "cancelled",
    "table_id",
    "table_locked",
    "token",
)
_CATEGORY = TEXT_FIELDS.index("category")
_to_json = json.JSONEncoder(ensure_ascii=False).encode


def _display(rec: dict) -> str:
    given, family = rec.get("given_name", ""), rec.get("family_name", "")
    return f"{given} {family}" if given and family else given or family


@dataclass
class Writes:
    inserts: list[list] = field(default_factory=list)  # values in INSERT_COLUMNS order
    updates: list[tuple[int, dict]] = field(default_factory=list)  # guest id, full new values
    seats: list[tuple[str | int, int, int | None]] = field(default_factory=list)  # who, to, from


def plan(
    event: Event,
    records: list[tuple[int, dict]],
    report: ImportReport,
    progress: Progress | None = None,
) -> Writes:
    """Decide, row by row, what to add and what to update; fill in the report."""
    known = Lookups.load(event)
    writes = Writes()
    emails_in_file: dict[str, int] = {}
    for _, rec in records:
        email = rec.get("email", "").casefold()
        if email:
            emails_in_file[email] = emails_in_file.get(email, 0) + 1
    seen: dict[tuple, int] = {}
    claimed: dict[int, int] = {}  # guest id -> row that matched it
    new_tokens = _tokens(len(records), known.tokens)
    total = len(records)
    for done, (row, rec) in enumerate(records, 1):
        if progress and done % 2000 == 0:
            progress(done, total)
        name = _display(rec)
        if not (rec.get("given_name") or rec.get("family_name")):
            report.skipped.append(Skipped(row, "no_name"))
            continue
        person = (
            name_key(rec.get("given_name", ""), rec.get("family_name", "")),
            key(rec.get("organisation", "")),
        )
        duplicate = duplicate_of(rec, person, row, seen)
        if duplicate:
            report.skipped.append(Skipped(row, "duplicate_in_file", duplicate, name))
            continue
        for flag in ("consent", "meeting_point"):
            if f"{flag}_unclear" in rec:
                report.unclear_values.append(Problem(row, rec[f"{flag}_unclear"], name))
        email = rec.get("email", "")
        if email and not valid_email(email):
            report.invalid_emails.append(Problem(row, email, name))
        table_id = None
        if rec.get("table"):
            table_id = known.table_id(rec["table"])
            if table_id is None:
                report.unknown_tables.append(Problem(row, rec["table"], name))
        gid, matched_by = match(rec, person, known, emails_in_file)
        if gid is not None and gid in claimed:
            report.skipped.append(Skipped(row, "same_guest_twice", {"row": claimed[gid]}, name))
            continue
        if gid is None:
            _add(rec, row, name, table_id, known, new_tokens, writes, report)
        else:
            claimed[gid] = row
            _update(rec, row, name, gid, matched_by, table_id, known, writes, report)
    if progress:
        progress(total, total)
    return writes


def _add(rec, row, name, table_id, known, new_tokens, writes, report) -> None:
    token = next(new_tokens)
    values = [rec.get(f, "") for f in TEXT_FIELDS]
    values[_CATEGORY] = values[_CATEGORY] or "Guest"
    values += _exchange_values(rec)
    values += (
        _to_json(rec["extra"]) if rec.get("extra") else "{}",
        int(bool(rec.get("cancelled"))),
        table_id,
        int(table_id is not None),
        token,
    )
    writes.inserts.append(values)
    if table_id is not None:
        writes.seats.append((token, table_id, None))
    report.added.append(Added(row, name))
    if known.guests:
        other = known.similar_name(rec.get("given_name", ""), rec.get("family_name", ""))
        if other is not None:
            old = known.guests[other]
            existing = " ".join(p for p in (old["given_name"], old["family_name"]) if p) + (
                f" ({old['organisation']})" if old["organisation"] else ""
            )
            report.likely_duplicates.append(LikelyDuplicate(row, name, other, existing))


def _exchange_values(rec: dict) -> list:
    """Languages, consent and meeting point of a new guest, as stored (no cell: none)."""
    languages = _languages(rec)
    return [
        _to_json(languages) if languages else "",
        int(rec.get("consent") is True),
        int(rec.get("meeting_point") is True),
    ]


def _languages(rec: dict) -> list[str]:
    return [code for code in rec.get("languages", "").split(", ") if code]


def _exchange_changes(rec: dict, old: dict, new: dict, changes: dict) -> None:
    """A re-import sets languages, consent and meeting point only where the list says so: an
    empty cell keeps what is known (e.g. consent given at the desk), "no" takes it back."""
    languages = _languages(rec)
    known = json.loads(old["languages"]) if old["languages"] else []
    if languages and languages != known:
        new["languages"] = _to_json(languages)
        changes["languages"] = [known, languages]
    for flag, column in (("consent", "contact_consent"), ("meeting_point", "meeting_point")):
        value = rec.get(flag)
        if isinstance(value, bool) and value != bool(old[column]):
            new[column] = int(value)
            changes[column] = [bool(old[column]), value]


def _update(rec, row, name, gid, matched_by, table_id, known, writes, report) -> None:
    old = known.guests[gid]
    new = dict(old)
    changes: dict[str, list] = {}
    for f in TEXT_FIELDS:
        value = rec.get(f, "")
        if value and value != (old[f] or ""):  # an empty cell never blanks what is known
            new[f] = value
            changes[f] = [old[f] or "", value]
    _exchange_changes(rec, old, new, changes)
    old_extra = json.loads(old["extra"] or "{}")
    extra = {**old_extra, **(rec.get("extra") or {})}
    if extra != old_extra:
        new["extra"] = json.dumps(extra, ensure_ascii=False)
        changes["extra"] = [old_extra, extra]
    if rec.get("cancelled") and not old["cancelled"]:
        new["cancelled"] = 1
        changes["cancelled"] = [False, True]
    if table_id is not None and table_id != old["table_id"]:
        if gid in known.manual_seats and old["table_id"] is not None:
            report.seats_kept.append(Problem(row, rec["table"], name))
        else:
            writes.seats.append((gid, table_id, old["table_id"]))
            changes["table_id"] = [old["table_id"], table_id]
    if not changes:
        report.unchanged.append(row)
        return
    writes.updates.append((gid, new))
    report.updated.append(Updated(row, gid, name, matched_by, changes))


_CROCKFORD = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", ALPHABET.encode())


def _tokens(count: int, taken: set[str]):
    """Fresh random guest tokens in bulk: one base32 call instead of a choice per character."""
    while True:
        text = base64.b32encode(os.urandom(5 * (count + 16))).translate(_CROCKFORD).decode()
        for i in range(0, len(text), 8):
            token = text[i : i + TOKEN_LEN]
            if token not in taken:
                taken.add(token)
                yield token


def apply(
    event: Event, writes: Writes, report: ImportReport, *, desk: str = "", operator: str = ""
) -> None:
    """Write everything in one transaction; fill in the new guests' ids."""
    now = to_text(event.clock())
    db = event.db
    new_ids: list[int] = []
    ids_by_token: dict[str, int] = {}
    desk, operator = audit.actor(event, desk or None, operator or None)
    with event.writing():
        before = db.execute("SELECT COALESCE(MAX(id), 0) FROM guests").fetchone()[0]
        if writes.inserts:
            db.conn.executemany(
                f"INSERT INTO guests ({', '.join(INSERT_COLUMNS)}, created_at, updated_at) "
                f"VALUES ({', '.join('?' * len(INSERT_COLUMNS))}, ?, ?)",
                ([*values, now, now] for values in writes.inserts),
            )
            ids_by_token = dict(
                db.execute("SELECT token, id FROM guests WHERE id > ?", [before]).fetchall()
            )
            new_ids = [ids_by_token[values[-1]] for values in writes.inserts]
        if writes.updates:
            update_cols = (*TEXT_FIELDS, *EXCHANGE_FIELDS, "extra", "cancelled")
            db.conn.executemany(
                f"UPDATE guests SET {', '.join(c + ' = ?' for c in update_cols)}, "
                "updated_at = ? WHERE id = ?",
                ([*(new[c] for c in update_cols), now, gid] for gid, new in writes.updates),
            )
        if writes.seats:
            seat_rows = []
            for who, table_id, previous in writes.seats:
                gid = ids_by_token[who] if isinstance(who, str) else who
                seat_rows.append((gid, table_id, previous, now))
            # New guests were inserted with their seat; guests already there move now.
            db.conn.executemany(
                "UPDATE guests SET table_id = ?, table_locked = 1 WHERE id = ?",
                ((t, who) for who, t, _ in writes.seats if isinstance(who, int)),
            )
            params_of = {
                tid: _to_json({"table": number})
                for tid, number in db.execute("SELECT id, number FROM tables")
            }
            db.conn.executemany(
                "INSERT INTO seating_log (guest_id, table_id, previous_table_id, locked, source,"
                " reason_key, reason_params, at) VALUES (?, ?, ?, 1, 'import', 'imported', ?, ?)",
                ((g, t, p, params_of[t], at) for g, t, p, at in seat_rows),
            )
        if writes.inserts or writes.updates:
            # Each edited guest's trail shows the change, like an edit by hand; additions
            # are covered by the one entry for the file (as guests.add_guests does).
            db.conn.executemany(
                "INSERT INTO audit (at, desk, operator, action, guest_id, details)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    (
                        now,
                        desk,
                        operator,
                        audit.GUEST_EDITED,
                        u.guest_id,
                        json.dumps(u.changes, ensure_ascii=False, default=str),
                    )
                    for u in report.updated
                ),
            )
            audit.record(
                event,
                "guests_imported",
                details={"file": report.file, **report.counts()},
                desk=desk,
                operator=operator,
            )
    report.added = [Added(a.row, a.name, gid) for a, gid in zip(report.added, new_ids, strict=True)]
    # In chunks: listeners look guests up with "id IN (...)", which SQLite caps at 32766.
    updated_ids = [gid for gid, _ in writes.updates]
    for start in range(0, len(new_ids), _HOOK_CHUNK):
        change_hook.record(event, "guest_added", {"ids": new_ids[start : start + _HOOK_CHUNK]})
    for start in range(0, len(updated_ids), _HOOK_CHUNK):
        change_hook.record(
            event, "guest_updated", {"ids": updated_ids[start : start + _HOOK_CHUNK]}
        )
