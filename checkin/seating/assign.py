"""Seating by hand: put a guest at a table (locked against automatic seating), and the log.

Every seat change goes through ``record`` so the seating log can say who went where, when,
and why (a reason key + params from ``checkin.seating.reasons``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from checkin import audit, guests, tables
from checkin import changes as change_hook
from checkin.clock import to_text
from checkin.errors import InvalidInput
from checkin.event import Event
from checkin.models import Guest, Table
from checkin.seating.reasons import Reason


@dataclass(frozen=True)
class SeatChange:
    guest: Guest
    table: Table | None
    previous_table_id: int | None
    seated: int  # guests at the table afterwards
    over_capacity: bool  # the table now has more guests than seats


@dataclass(frozen=True)
class LogEntry:
    guest_id: int
    table_id: int | None
    previous_table_id: int | None
    locked: bool
    source: str
    reason: Reason
    at: str


def record(
    event: Event,
    guest_id: int,
    table_id: int | None,
    previous_table_id: int | None,
    *,
    locked: bool,
    source: str,
    reason: Reason,
) -> None:
    """Write one seat change: guest row, seating log and audit trail.

    The caller holds the transaction (``event.writing()``) and afterwards calls ``announce``.
    """
    event.db.execute(
        "UPDATE guests SET table_id = ?, table_locked = ?, updated_at = ? WHERE id = ?",
        [table_id, int(locked), to_text(event.clock()), guest_id],
    )
    event.db["seating_log"].insert(
        {
            "guest_id": guest_id,
            "table_id": table_id,
            "previous_table_id": previous_table_id,
            "locked": int(locked),
            "source": source,
            "reason_key": reason.key,
            "reason_params": json.dumps(reason.params, ensure_ascii=False),
            "at": to_text(event.clock()),
        }
    )
    if table_id != previous_table_id:
        details = {"table_id": [previous_table_id, table_id], "seating": source}
        audit.record(event, audit.GUEST_EDITED, guest_id=guest_id, details=details)


def announce(event: Event, guest_ids: list[int]) -> None:
    """Tell listeners (the desks' journal) which guests' seats changed, after the commit."""
    if guest_ids:
        change_hook.record(event, "guest_updated", {"ids": list(guest_ids)})


def assign(
    event: Event,
    guest_id: int,
    table_id: int | None,
    *,
    lock: bool = True,
    source: str = "manual",
) -> SeatChange:
    """Seat a guest at ``table_id`` (None: remove the seat).

    A seat set by hand is locked by default: automatic seating will not move it. Going over
    capacity is allowed (staff decide on the day) and reported in ``over_capacity``.
    """
    guest = guests.get_guest(event, guest_id)
    table = tables.get_table(event, table_id) if table_id is not None else None
    if table is None:
        reason = Reason("manual_unseated")
    elif source == "import":
        reason = Reason("imported", {"table": table.number})
    else:
        reason = Reason("manual", {"table": table.number})
    with event.writing():
        record(
            event,
            guest.id,
            table_id,
            guest.table_id,
            locked=lock and table is not None,
            source=source,
            reason=reason,
        )
    announce(event, [guest.id])
    seated = tables.seated_counts(event).get(table_id, 0) if table else 0
    over = bool(table and table.capacity is not None and seated > table.capacity)
    return SeatChange(guests.get_guest(event, guest_id), table, guest.table_id, seated, over)


def assign_by_number(event: Event, guest_id: int, number: int, *, lock: bool = True) -> SeatChange:
    return assign(event, guest_id, tables.table_by_number(event, number).id, lock=lock)


def set_locked(event: Event, guest_ids: Iterable[int], locked: bool) -> None:
    """Lock or release seats without moving anyone."""
    guest_ids = list(guest_ids)
    with event.writing():
        for guest_id in guest_ids:
            guests.get_guest(event, guest_id)
            event.db.execute(
                "UPDATE guests SET table_locked = ? WHERE id = ?", [int(locked), guest_id]
            )
    announce(event, list(guest_ids))


def history(event: Event, guest_id: int) -> list[LogEntry]:
    """A guest's seat changes, oldest first."""
    rows = event.db.query("SELECT * FROM seating_log WHERE guest_id = ? ORDER BY id", [guest_id])
    return [_entry(r) for r in rows]


def latest_reasons(event: Event) -> dict[int, Reason]:
    """The reason of each guest's current seat (the last log entry per guest)."""
    rows = event.db.query(
        "SELECT * FROM seating_log WHERE id IN (SELECT MAX(id) FROM seating_log GROUP BY guest_id)"
    )
    return {r["guest_id"]: _entry(r).reason for r in rows}


def remove_table(event: Event, table_id: int) -> list[int]:
    """Delete a table; its guests lose their seat (logged). Returns their ids."""
    tables.get_table(event, table_id)
    seated = [
        r[0] for r in event.db.execute("SELECT id FROM guests WHERE table_id = ?", [table_id])
    ]
    try:
        _remove_table(event, table_id, seated)
    except sqlite3.IntegrityError as exc:  # the meeting rounds still seat people there
        number = tables.get_table(event, table_id).number
        raise InvalidInput("table_in_use", number=number) from exc
    announce(event, seated)
    return seated


def _remove_table(event: Event, table_id: int, seated: list[int]) -> None:
    with event.writing():
        for guest_id in seated:
            record(
                event,
                guest_id,
                None,
                table_id,
                locked=False,
                source="manual",
                reason=Reason("manual_unseated"),
            )
        event.db.execute("DELETE FROM tables WHERE id = ?", [table_id])


def _entry(row: dict) -> LogEntry:
    return LogEntry(
        guest_id=row["guest_id"],
        table_id=row["table_id"],
        previous_table_id=row["previous_table_id"],
        locked=bool(row["locked"]),
        source=row["source"],
        reason=Reason(row["reason_key"] or "", json.loads(row["reason_params"] or "{}")),
        at=row["at"],
    )
