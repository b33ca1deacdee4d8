"""Write imported records into the event: re-importing a list is a merge.

A record updates the guest it matches (by external id, barcode, email, then name and
organisation) and is added otherwise. Nobody is deleted, the check-in log is not
touched, and everything is written in one transaction. Lookups are loaded into dicts
once and rows are written with executemany, so 50,000 rows take about a second.
"""

from __future__ import annotations

import base64
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from unidecode import unidecode

from checkin import audit
from checkin import changes as change_hook
from checkin.clock import to_text
from checkin.codes import ALPHABET, TOKEN_LEN
from checkin.event import Event
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

# Text fields an import may set; table, cancelled and extra are handled apart.
TEXT_FIELDS = (
    "salutation",
    "given_name",
    "patronymic",
    "family_name",
    "organisation",
    "position",
    "industry",
    "email",
    "phone",
    "language",
    "category",
    "notes",
    "external_id",
    "external_barcode",
)
INSERT_COLUMNS = (*TEXT_FIELDS, "extra", "cancelled", "table_id", "table_locked", "token")
_CATEGORY = TEXT_FIELDS.index("category")
_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]{2,}$")
_TABLE_WORDS = re.compile(r"^(tisch|table|стол|t|nr\.?|no\.?|№)\s*", re.IGNORECASE)


def valid_email(text: str) -> bool:
    return bool(_EMAIL.match(text))


@lru_cache(maxsize=65536)  # organisations and names repeat a lot in a long list
def _key(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").split())


_to_json = json.JSONEncoder(ensure_ascii=False).encode


def _name_key(given: str, family: str) -> str:
    return _key(f"{given} {family}")


def _loose_name_key(given: str, family: str) -> str:
    return _key(unidecode(f"{given} {family}"))


def _display(rec: dict) -> str:
    given, family = rec.get("given_name", ""), rec.get("family_name", "")
    return f"{given} {family}" if given and family else given or family


@dataclass
class Lookups:
    """What is already in the event, loaded once."""

    guests: dict[int, dict] = field(default_factory=dict)
    by_external_id: dict[str, int] = field(default_factory=dict)
    by_barcode: dict[str, int] = field(default_factory=dict)
    by_email: dict[str, int | None] = field(default_factory=dict)  # None: shared by several
    by_name_org: dict[tuple[str, str], int] = field(default_factory=dict)
    _loose_names: dict[str, int] | None = None
    tokens: set[str] = field(default_factory=set)
    tables: dict[str, int] = field(default_factory=dict)  # number / name / theme -> id
    manual_seats: set[int] = field(default_factory=set)

    @classmethod
    def load(cls, event: Event) -> Lookups:
        me = cls()
        cur = event.db.execute(
            "SELECT id, token, table_id, cancelled, extra, "
            + ", ".join(TEXT_FIELDS)
            + " FROM guests"
        )
        names = [d[0] for d in cur.description]
        for values in cur:
            row = dict(zip(names, values, strict=True))
            gid = row["id"]
            me.guests[gid] = row
            me.tokens.add(row["token"])
            if row["external_id"]:
                me.by_external_id.setdefault(row["external_id"], gid)
            if row["external_barcode"]:
                me.by_barcode.setdefault(row["external_barcode"], gid)
            email = (row["email"] or "").casefold()
            if email:
                me.by_email[email] = None if email in me.by_email else gid
            name = _name_key(row["given_name"] or "", row["family_name"] or "")
            me.by_name_org.setdefault((name, _key(row["organisation"] or "")), gid)
        for tid, number, name, theme in event.db.execute(
            "SELECT id, number, name, theme FROM tables"
        ):
            me.tables[str(number)] = tid
            for text in (name, theme):
                if text:
                    me.tables.setdefault(_key(text), tid)
        # Seats whose last change was made by hand in the app: an import does not move them.
        for gid, source in event.db.execute(
            "SELECT guest_id, source FROM seating_log WHERE id IN "
            "(SELECT MAX(id) FROM seating_log GROUP BY guest_id)"
        ):
            if source == "manual":
                me.manual_seats.add(gid)
        return me

    def similar_name(self, given: str, family: str) -> int | None:
        """A guest whose name reads the same without accents or in Latin letters."""
        if self._loose_names is None:  # built on first use: transliterating is slow
            self._loose_names = {}
            for gid, row in self.guests.items():
                loose = _loose_name_key(row["given_name"] or "", row["family_name"] or "")
                self._loose_names.setdefault(loose, gid)
        return self._loose_names.get(_loose_name_key(given, family))

    def table_id(self, text: str) -> int | None:
        if text in self.tables:
            return self.tables[text]
        key = _key(text)
        if key in self.tables:
            return self.tables[key]
        number = _TABLE_WORDS.sub("", key).strip()
        if number.endswith(".0"):
            number = number[:-2]
        return self.tables.get(number)


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
            _name_key(rec.get("given_name", ""), rec.get("family_name", "")),
            _key(rec.get("organisation", "")),
        )
        duplicate = _seen_before(rec, person, row, seen)
        if duplicate:
            report.skipped.append(Skipped(row, "duplicate_in_file", duplicate, name))
            continue
        email = rec.get("email", "")
        if email and not valid_email(email):
            report.invalid_emails.append(Problem(row, email, name))
        table_id = None
        if rec.get("table"):
            table_id = known.table_id(rec["table"])
            if table_id is None:
                report.unknown_tables.append(Problem(row, rec["table"], name))
        gid, matched_by = _match(rec, person, known, emails_in_file)
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


_BY_TEXT = {"x": "external id", "b": "barcode", "p": "same name, organisation and email"}


def _seen_before(rec: dict, person: tuple, row: int, seen: dict[tuple, int]) -> dict | None:
    keys = [("p", *person, rec.get("email", "").casefold())]
    if rec.get("external_barcode"):
        keys.insert(0, ("b", rec["external_barcode"]))
    if rec.get("external_id"):
        keys.insert(0, ("x", rec["external_id"]))
    for key in keys:
        first = seen.get(key)
        if first is not None:
            return {"row": first, "by": _BY_TEXT[key[0]]}
    for key in keys:
        seen[key] = row
    return None


def _match(
    rec: dict, person: tuple, known: Lookups, emails_in_file: dict[str, int]
) -> tuple[int | None, str]:
    if rec.get("external_id") and rec["external_id"] in known.by_external_id:
        return known.by_external_id[rec["external_id"]], "external_id"
    if rec.get("external_barcode") and rec["external_barcode"] in known.by_barcode:
        return known.by_barcode[rec["external_barcode"]], "barcode"
    email = rec.get("email", "").casefold()
    # An email shared by several people (a team address, the buyer of several tickets)
    # does not identify anyone.
    if email and valid_email(email) and emails_in_file.get(email) == 1:
        gid = known.by_email.get(email)
        if gid is not None:
            return gid, "email"
    if person in known.by_name_org:
        return known.by_name_org[person], "name_organisation"
    return None, ""


def _add(rec, row, name, table_id, known, new_tokens, writes, report) -> None:
    token = next(new_tokens)
    values = [rec.get(f, "") for f in TEXT_FIELDS]
    values[_CATEGORY] = values[_CATEGORY] or "Guest"
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


def _update(rec, row, name, gid, matched_by, table_id, known, writes, report) -> None:
    old = known.guests[gid]
    new = dict(old)
    changes: dict[str, list] = {}
    for f in TEXT_FIELDS:
        value = rec.get(f, "")
        if value and value != (old[f] or ""):  # an empty cell never blanks what is known
            new[f] = value
            changes[f] = [old[f] or "", value]
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
            update_cols = (*TEXT_FIELDS, "extra", "cancelled")
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
            db.conn.executemany(
                "UPDATE guests SET table_id = ?, table_locked = 1 WHERE id = ?",
                ((t, g) for g, t, _, _ in seat_rows),
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
            # Per guest, like an edit by hand (the guest's trail), and one entry for the file.
            db.conn.executemany(
                "INSERT INTO audit (at, desk, operator, action, guest_id, details)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    *((now, desk, operator, audit.GUEST_ADDED, gid, "{}") for gid in new_ids),
                    *(
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
                ],
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
