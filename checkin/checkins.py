"""Checking guests in and out. The state of a guest at an item is derived from the log.

The log (table ``checkins``) is append-only: an undo is a new entry pointing at the
entry it reverts, so the full history of every scan stays in the file.
"""

from __future__ import annotations

import getpass
import socket
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from enum import Enum

from checkin import audit, codes, guest_codes, guests, programme, tables
from checkin import changes as change_hook
from checkin.clock import to_text
from checkin.errors import InvalidInput
from checkin.event import Event
from checkin.models import Guest, ProgrammeItem, Table


class Result(Enum):
    CHECKED_IN = "checked_in"
    ALREADY_CHECKED_IN = "already_checked_in"
    UNKNOWN_CODE = "unknown_code"
    FORGED_CODE = "forged_code"
    MISTYPED_CODE = "mistyped_code"  # a typing error in one of our codes (check character)
    OTHER_EVENT = "other_event"
    CANCELLED = "cancelled"
    NOT_ON_THIS_LIST = "not_on_this_list"
    REPLACED_BADGE = "replaced_badge"
    TICKET_NOT_VALID = "ticket_not_valid"  # a genuine pretix ticket, but revoked or not for this

    @property
    def ok(self) -> bool:
        return self is Result.CHECKED_IN


class State(Enum):
    NOT_YET = "not_yet"
    IN = "in"
    OUT = "out"


@dataclass(frozen=True)
class LogEntry:
    id: int
    guest_id: int
    item_id: int
    action: str
    at: str
    desk: str = ""
    operator: str = ""
    undoes: int | None = None
    scanned: str = ""


@dataclass(frozen=True)
class Status:
    state: State
    first_in: LogEntry | None = None  # the arrival: the earliest check-in still in effect
    last: LogEntry | None = None  # the entry that set the current state


@dataclass(frozen=True)
class CheckinResult:
    result: Result
    item: ProgrammeItem
    scanned: str = ""
    guest: Guest | None = None
    table: Table | None = None
    entry: LogEntry | None = None  # the new log entry (checked_in)
    first_in: LogEntry | None = None  # for already_checked_in: when and where
    reason: str = ""  # for ticket_not_valid: revoked / product / time
    added_from_ticket: bool = False  # a pretix ticket not pulled yet: the guest was just added

    def to_dict(self) -> dict:
        out = {"result": self.result.value, "item": asdict(self.item), "scanned": self.scanned}
        if self.guest is not None:
            g = self.guest
            out["guest"] = {
                "id": g.id,
                "given_name": g.given_name,
                "family_name": g.family_name,
                "organisation": g.organisation,
                "category": g.category,
                "notes": g.notes,
                "language": g.language,
                "attention": g.attention,
                "checkin_text": g.checkin_text,
            }
        out["table"] = asdict(self.table) if self.table else None
        if self.entry is not None:
            out["at"], out["desk"] = self.entry.at, self.entry.desk
        if self.first_in is not None:
            out["first_checked_in_at"] = self.first_in.at
            out["first_checked_in_desk"] = self.first_in.desk
        if self.reason:
            out["reason"] = self.reason
        if self.added_from_ticket:
            out["added_from_ticket"] = True
        return out


def default_desk(event: Event | None = None) -> str:
    """The desk to record when none is given: the event's desk, its sync name, else the host."""
    if event is not None:
        return audit.actor(event)[0]
    return socket.gethostname() or "desk"


def default_operator() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on some kiosk set-ups
        return ""


# -- reading the log ---------------------------------------------------------------------
def log_entries(
    event: Event, guest_id: int | None = None, item_id: int | None = None
) -> list[LogEntry]:
    where, args = [], []
    if guest_id is not None:
        where.append("guest_id = ?")
        args.append(guest_id)
    if item_id is not None:
        where.append("item_id = ?")
        args.append(item_id)
    sql = "SELECT * FROM checkins" + (" WHERE " + " AND ".join(where) if where else "")
    return [_entry(r) for r in event.db.query(sql + " ORDER BY id", args)]


def _entry(row: dict) -> LogEntry:
    return LogEntry(
        id=row["id"],
        guest_id=row["guest_id"],
        item_id=row["item_id"],
        action=row["action"],
        at=row["at"],
        desk=row["desk"] or "",
        operator=row["operator"] or "",
        undoes=row["undoes"],
        scanned=row["scanned"] or "",
    )


_NOT_YET = Status(State.NOT_YET)


def fold(entries: list[LogEntry]) -> Status:
    """Replay one guest's entries at one item into the current state."""
    if not entries:
        return _NOT_YET
    if len(entries) == 1 and entries[0].action != "undo":  # most guests: one scan
        only = entries[0]
        return (
            Status(State.IN, only, only) if only.action == "in" else Status(State.OUT, None, only)
        )
    effective: list[LogEntry] = []
    for entry in entries:
        if entry.action == "undo":
            effective = [e for e in effective if e.id != entry.undoes]
        else:
            effective.append(entry)
    if not effective:
        return Status(State.NOT_YET)
    last = effective[-1]
    ins = [e for e in effective if e.action == "in"]
    first_in = min(ins, key=lambda e: (e.at, e.id)) if ins else None
    return Status(State.IN if last.action == "in" else State.OUT, first_in, last)


def status(event: Event, guest_id: int, item_id: int) -> Status:
    return fold(log_entries(event, guest_id, item_id))


def statuses(
    event: Event, item_id: int, guest_ids: Iterable[int] | None = None
) -> dict[int, Status]:
    """Every guest's state at one item (or only these guests'), in one pass over the log."""
    if guest_ids is None:
        entries = log_entries(event, item_id=item_id)
    else:
        entries, ids = [], sorted(set(guest_ids))
        for start in range(0, len(ids), 500):  # within SQLite's limit on parameters
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = event.db.query(
                f"SELECT * FROM checkins WHERE item_id = ? AND guest_id IN ({marks}) ORDER BY id",
                [item_id, *chunk],
            )
            entries += [_entry(r) for r in rows]
        entries.sort(key=lambda e: e.id)
    per_guest: dict[int, list[LogEntry]] = {}
    for entry in entries:
        per_guest.setdefault(entry.guest_id, []).append(entry)
    return {gid: fold(entries) for gid, entries in per_guest.items()}


# -- writing the log -----------------------------------------------------------------------
def _append(
    event: Event,
    guest_id: int,
    item_id: int,
    action: str,
    *,
    desk: str,
    operator: str,
    undoes: int | None = None,
    scanned: str = "",
) -> LogEntry:
    row = {
        "guest_id": guest_id,
        "item_id": item_id,
        "action": action,
        "at": to_text(event.clock()),
        "desk": desk,
        "operator": operator,
        "undoes": undoes,
        "scanned": scanned,
    }
    with event.writing():  # committed (and with synchronous=FULL, on disk) before we return
        row["id"] = event.db.insert("checkins", row)
    change_hook.record(event, "checkin", {"id": row["id"]})
    return LogEntry(**row)


def resolve(event: Event, scanned: str) -> tuple[Result | None, Guest | None]:
    """Turn scanned text into a guest, or the reason it is refused."""
    parsed = codes.parse_code(event.secret, scanned)
    if parsed.status is codes.CodeStatus.VALID:
        guest = guests.find_by_token(event, parsed.token)
        if guest is None:
            return Result.UNKNOWN_CODE, None
        if parsed.version != guest.badge_version:
            return Result.REPLACED_BADGE, guest
        return None, guest
    if parsed.status is codes.CodeStatus.FORGED:
        return Result.FORGED_CODE, None
    if parsed.status is codes.CodeStatus.MISTYPED:
        return Result.MISTYPED_CODE, None
    if parsed.status is codes.CodeStatus.OTHER_EVENT:
        return Result.OTHER_EVENT, None
    guest = guest_codes.find_by_code(event, scanned)
    if guest is not None:
        return None, guest
    if codes.near_miss(scanned):  # one character missing or extra
        return Result.MISTYPED_CODE, None
    return Result.UNKNOWN_CODE, None


def check_in(
    event: Event,
    scanned_or_guest: str | Guest | int,
    item: ProgrammeItem | int | None = None,
    *,
    desk: str | None = None,
    operator: str | None = None,
) -> CheckinResult:
    """Check a guest in by scanned text, guest or guest id at an item (default: the active one)."""
    item = _item(event, item)
    desk = default_desk(event) if desk is None else desk
    operator = default_operator() if operator is None else operator
    scanned, added = "", False
    if isinstance(scanned_or_guest, str):
        scanned = scanned_or_guest.strip()
        refusal, guest = resolve(event, scanned)
        reason = ""
        if refusal is Result.UNKNOWN_CODE:
            refusal, guest, reason = _pretix_ticket(event, scanned, item)
            added = guest is not None
        if refusal is not None:
            table = tables.table_of(event, guest.table_id) if guest else None
            audit.note_scan(event, refusal.value, guest, item.id, scanned, desk, operator)
            return CheckinResult(refusal, item, scanned, guest, table, reason=reason)
    elif isinstance(scanned_or_guest, Guest):
        guest = guests.get_guest(event, scanned_or_guest.id)
    else:
        guest = guests.get_guest(event, int(scanned_or_guest))
    table = tables.table_of(event, guest.table_id)
    if guest.cancelled:
        return CheckinResult(Result.CANCELLED, item, scanned, guest, table)
    if not programme.is_registered(event, item, guest.id):
        return CheckinResult(Result.NOT_ON_THIS_LIST, item, scanned, guest, table)
    current = status(event, guest.id, item.id)
    if current.state is State.IN:
        audit.note_scan(event, "already_checked_in", guest, item.id, scanned, desk, operator)
        return CheckinResult(
            Result.ALREADY_CHECKED_IN, item, scanned, guest, table, first_in=current.first_in
        )
    entry = _append(event, guest.id, item.id, "in", desk=desk, operator=operator, scanned=scanned)
    return CheckinResult(
        Result.CHECKED_IN, item, scanned, guest, table, entry=entry, added_from_ticket=added
    )


def _pretix_ticket(
    event: Event, scanned: str, item: ProgrammeItem
) -> tuple[Result | None, Guest | None, str]:
    """An unknown scan may be a signed pretix ticket bought after the last pull."""
    # Loaded on the first unknown code: pretix's crypto and HTTP cost a known badge nothing.
    from checkin.pretix import tickets as pretix_tickets

    outcome = pretix_tickets.resolve(event, scanned, item)
    if outcome is None:
        return Result.UNKNOWN_CODE, None, ""
    if outcome.kind == pretix_tickets.FORGED:
        return Result.FORGED_CODE, None, ""
    if outcome.kind == pretix_tickets.NOT_VALID:
        if outcome.guest is not None and outcome.guest.cancelled:
            return Result.CANCELLED, outcome.guest, ""  # the old ticket of a cancelled order
        return Result.TICKET_NOT_VALID, outcome.guest, outcome.reason
    return None, outcome.guest, ""


def check_out(
    event: Event,
    guest_id: int,
    item: ProgrammeItem | int | None = None,
    *,
    desk: str | None = None,
    operator: str | None = None,
) -> LogEntry:
    item = _item(event, item)
    guest = guests.get_guest(event, guest_id)
    if status(event, guest_id, item.id).state is not State.IN:
        raise InvalidInput("not_checked_in", guest=guest.full_name, item=item.name)
    return _append(
        event,
        guest_id,
        item.id,
        "out",
        desk=default_desk(event) if desk is None else desk,
        operator=default_operator() if operator is None else operator,
    )


def undo(
    event: Event,
    guest_id: int,
    item: ProgrammeItem | int | None = None,
    *,
    desk: str | None = None,
    operator: str | None = None,
) -> LogEntry:
    """Revert the guest's last check-in or check-out at the item."""
    item = _item(event, item)
    guest = guests.get_guest(event, guest_id)
    current = status(event, guest_id, item.id)
    if current.last is None:
        raise InvalidInput("nothing_to_undo", guest=guest.full_name, item=item.name)
    return _append(
        event,
        guest_id,
        item.id,
        "undo",
        desk=default_desk(event) if desk is None else desk,
        operator=default_operator() if operator is None else operator,
        undoes=current.last.id,
    )


def last_checked_in(event: Event, item: ProgrammeItem | int | None = None) -> int | None:
    """The guest of the most recent check-in still in effect at the item (for 'undo last')."""
    item = _item(event, item)
    for entry in reversed(log_entries(event, item_id=item.id)):
        if entry.action == "in":
            state = status(event, entry.guest_id, item.id)
            if state.last is not None and state.last.id == entry.id:
                return entry.guest_id
    return None


def _item(event: Event, item: ProgrammeItem | int | None) -> ProgrammeItem:
    if item is None:
        return programme.active_item(event)
    if isinstance(item, ProgrammeItem):
        return item
    return programme.get_item(event, int(item))
