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
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from checkin import audit, bulk, guest_codes
from checkin import changes as change_hook
from checkin.clock import to_text
from checkin.codes import ALPHABET, TOKEN_LEN
from checkin.event import Event
from checkin.guest_codes import AcceptedCode
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
from checkin.importing.status import Standing
from checkin.importing.tickets import group_tickets

Progress = Callable[[int, int], None]
_HOOK_CHUNK = 10_000

INSERT_COLUMNS = (
    *TEXT_FIELDS,
    *EXCHANGE_FIELDS,
    "extra",
    "extra_codes",
    "cancelled",
    "table_id",
    "table_locked",
    "token",
)
_UPDATE_COLUMNS = (*TEXT_FIELDS, *EXCHANGE_FIELDS, "extra", "cancelled", "extra_codes")
_CATEGORY = TEXT_FIELDS.index("category")
_BLANKS = ("",) * len(TEXT_FIELDS)  # rec.get(field, "") for each field, mapped in C
_UNCLEAR = ("consent_unclear", "meeting_point_unclear")
_to_json = json.JSONEncoder(ensure_ascii=False).encode


def _display(rec: dict) -> str:
    given, family = rec.get("given_name", ""), rec.get("family_name", "")
    return f"{given} {family}" if given and family else given or family


@dataclass
class Writes:
    source: str = "import"  # the source label of the accepted codes written
    inserts: list[list] = field(default_factory=list)  # values in INSERT_COLUMNS order
    # guest id, full new values, the extra_codes it had
    updates: list[tuple[int, dict, str]] = field(default_factory=list)
    seats: list[tuple[str | int, int, int | None]] = field(default_factory=list)  # who, to, from
    extra_texts: dict[tuple, str] = field(default_factory=dict, repr=False)  # see _extra_text


def plan(
    event: Event,
    records: list[tuple[int, dict]],
    report: ImportReport,
    progress: Progress | None = None,
    *,
    source: str = "import",
) -> Writes:
    """Decide, row by row, what to add and what to update; fill in the report.

    ``source`` labels the ticket codes that become accepted codes ("pretix", ...)."""
    known = Lookups.load(event)
    emails_in_file = Counter(rec.get("email", "").casefold() for _, rec in records)
    records, report.merged_tickets = group_tickets(records, _display, emails_in_file)
    if report.merged_tickets:  # a person's tickets count once
        emails_in_file = Counter(rec.get("email", "").casefold() for _, rec in records)
    writes = Writes(source=source)
    seen: dict[tuple, int] = {}
    claimed: dict[int, int] = {}  # guest id -> row that matched it
    new_tokens = _tokens(len(records), known.tokens)
    total = len(records)
    for done, (row, rec) in enumerate(records, 1):
        if progress and done % 2000 == 0:
            progress(done, total)
        given, family = rec.get("given_name", ""), rec.get("family_name", "")
        if not (given or family):
            report.skipped.append(Skipped(row, "no_name"))
            continue
        name = f"{given} {family}" if given and family else given or family  # as _display
        person = (name_key(given, family), key(rec.get("organisation", "")))
        duplicate = duplicate_of(rec, person, row, seen)
        if duplicate:
            report.skipped.append(Skipped(row, "duplicate_in_file", duplicate, name))
            continue
        for unclear in _UNCLEAR:
            if unclear in rec:
                report.unclear_values.append(Problem(row, rec[unclear], name))
        if "standing" in rec:
            _report_standing(rec, row, name, report)
        email = rec.get("email", "")
        if email and not valid_email(email):
            report.invalid_emails.append(Problem(row, email, name))
        table_id = None
        if rec.get("table"):
            table_id = known.table_id(rec["table"])
            if table_id is None:
                report.unknown_tables.append(Problem(row, rec["table"], name))
        gid, matched_by = match(rec, person, known, emails_in_file) if known.guests else (None, "")
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


def _report_standing(rec: dict, row: int, name: str, report: ImportReport) -> None:
    standing = rec.get("standing")
    if standing is None:
        return
    problem = Problem(row, rec.get("status_text", ""), name)
    {
        Standing.NOT_ATTENDING: report.not_attending,
        Standing.PENDING: report.pending,
        Standing.UNKNOWN: report.unknown_status,
    }[standing].append(problem)


def _free_codes(rec, row, name, gid, known, report) -> list[str]:
    """The row's further ticket codes that no other guest holds (the others are reported)."""
    out = []
    for code in rec.get("codes", ()):
        owner = known.by_barcode.get(code)
        if owner is not None and owner != gid:
            report.code_conflicts.append(Problem(row, code, name))
        else:
            out.append(code)
    return out


def _add(rec, row, name, table_id, known, new_tokens, writes, report) -> None:
    token = next(new_tokens)
    values = list(map(rec.get, TEXT_FIELDS, _BLANKS))
    values[_CATEGORY] = values[_CATEGORY] or "Guest"
    values += _exchange_values(rec)
    codes = _free_codes(rec, row, name, None, known, report) if "codes" in rec else ()
    values += (
        _extra_text(rec["extra"], writes.extra_texts) if rec.get("extra") else "{}",
        guest_codes.encode(AcceptedCode(c, writes.source) for c in codes) if codes else "[]",
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


def _extra_text(extra: dict, known: dict[tuple, str]) -> str:
    """The extra columns as JSON; a list repeats the same few (a yes/no column, a ticket
    type): each different set is encoded once."""
    items = tuple(extra.items())
    text = known.get(items)
    if text is None:
        text = known[items] = _to_json(extra)
    return text


def _exchange_values(rec: dict) -> list:
    """Languages, consent and meeting point of a new guest, as stored (no cell: none)."""
    if "languages" not in rec and "consent" not in rec and "meeting_point" not in rec:
        return ["", 0, 0]
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


def _code_changes(rec, row, name, gid, old, new, changes, known, source, report) -> None:
    """Further tickets add accepted codes; a ticket the list shows cancelled takes its code
    away; codes already accepted stay (a re-import of a shorter list removes nothing)."""
    before = guest_codes.decode(old["extra_codes"])
    withdrawn = set(rec.get("withdrawn_codes", ())) | {new["external_barcode"] or ""}
    after = [c for c in before if c.code not in withdrawn]
    have = {c.code for c in after} | {new["external_barcode"] or ""}
    for code in _free_codes(rec, row, name, gid, known, report):
        if code not in have:
            after.append(AcceptedCode(code, source))
            have.add(code)
    if after != before:
        new["extra_codes"] = guest_codes.encode(after)
        changes["extra_codes"] = [[c.code for c in before], [c.code for c in after]]


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
    _code_changes(rec, row, name, gid, old, new, changes, known, writes.source, report)
    if table_id is not None and table_id != old["table_id"]:
        if gid in known.manual_seats and old["table_id"] is not None:
            report.seats_kept.append(Problem(row, rec["table"], name))
        else:
            writes.seats.append((gid, table_id, old["table_id"]))
            changes["table_id"] = [old["table_id"], table_id]
    if not changes:
        report.unchanged.append(row)
        report.unchanged_ids.append(gid)
        return
    writes.updates.append((gid, new, old["extra_codes"]))
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
            # Each guest's uid given here, as the trigger would make it (16 hex digits):
            # the trigger's UPDATE per row, and the triggers that fire on it, took half the time.
            # In ascending order: each goes to the end of the uid index, not to a random page.
            drawn = os.urandom(8 * len(writes.inserts)).hex().upper()
            uids = sorted(drawn[i : i + 16] for i in range(0, len(drawn), 16))
            bulk.insert_rows(
                db.conn,
                "guests",
                (*INSERT_COLUMNS, "created_at", "updated_at", "uid"),
                (
                    [*values, now, now, uid]
                    for values, uid in zip(writes.inserts, uids, strict=True)
                ),
            )
            ids_by_token = dict(
                db.execute("SELECT token, id FROM guests WHERE id > ?", [before]).fetchall()
            )
            new_ids = [ids_by_token[values[-1]] for values in writes.inserts]
        if writes.updates:
            # extra_codes only where it changed: setting it fires the trigger that re-indexes
            with_codes = [u for u in writes.updates if u[1]["extra_codes"] != u[2]]
            without = [u for u in writes.updates if u[1]["extra_codes"] == u[2]]
            for group, columns in ((with_codes, _UPDATE_COLUMNS), (without, _UPDATE_COLUMNS[:-1])):
                db.conn.executemany(
                    f"UPDATE guests SET {', '.join(c + ' = ?' for c in columns)}, "
                    "updated_at = ? WHERE id = ?",
                    ([*(new[c] for c in columns), now, gid] for gid, new, _ in group),
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
    for added, gid in zip(report.added, new_ids, strict=True):
        added.guest_id = gid
    # In chunks: listeners look guests up with "id IN (...)", which SQLite caps at 32766.
    updated_ids = [gid for gid, _, _ in writes.updates]
    for start in range(0, len(new_ids), _HOOK_CHUNK):
        change_hook.record(event, "guest_added", {"ids": new_ids[start : start + _HOOK_CHUNK]})
    for start in range(0, len(updated_ids), _HOOK_CHUNK):
        change_hook.record(
            event, "guest_updated", {"ids": updated_ids[start : start + _HOOK_CHUNK]}
        )
