"""What the other desks' journals say happened, for staff to look at: double check-ins
(desks that could not see each other), likely duplicate walk-ins, lost edits."""

from __future__ import annotations

from dataclasses import dataclass

from checkin.checkins import LogEntry, fold, log_entries
from checkin.event import Event


@dataclass(frozen=True)
class DoubleEntry:
    """A guest checked in at two desks (or twice) while already in: the arrival and the extras."""

    guest_id: int
    item_id: int
    arrival: LogEntry
    extra: tuple[LogEntry, ...]


def double_entries(event: Event, item_id: int | None = None) -> list[DoubleEntry]:
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
