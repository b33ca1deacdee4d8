"""The badge print log: who printed which badge when, and where it sits in its batch.

Every printed badge adds a row to ``badge_prints`` and bumps the guest's
``badge_printed_count`` / ``badge_printed_at``, so nobody prints a badge twice by accident
and the desk can find a pre-printed badge ("box P, sheet 12, slot 3").
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from checkin import audit
from checkin import changes as change_hook
from checkin.clock import to_text
from checkin.event import Event


@dataclass(frozen=True)
class PrintRecord:
    guest_id: int
    at: str
    layout: str
    desk: str
    operator: str
    batch_id: str
    box: str
    sheet: int
    slot: int
    badge_version: int

    @property
    def location(self) -> str:
        where = f"sheet {self.sheet}, slot {self.slot}"
        return f"box {self.box}, {where}" if self.box else where


def new_batch_id() -> str:
    return uuid.uuid4().hex[:12]


def record_batch(
    event: Event,
    layout: str,
    entries: list[tuple[int, int, str, int, int]],
    *,
    batch_id: str,
    desk: str | None = None,
    operator: str | None = None,
) -> None:
    """Log a printed batch: ``entries`` are (guest_id, badge_version, box, sheet, slot)."""
    now = to_text(event.clock())
    desk, operator = audit.actor(event, desk, operator)  # the desk's own name, as in the log
    rows = [
        {
            "guest_id": guest_id,
            "at": now,
            "layout": layout,
            "desk": desk,
            "operator": operator,
            "batch_id": batch_id,
            "box": box,
            "sheet": sheet,
            "slot": slot,
            "badge_version": version,
        }
        for guest_id, version, box, sheet, slot in entries
    ]
    with event.writing():
        event.db["badge_prints"].insert_all(rows, batch_size=500)
        event.db.conn.executemany(
            "UPDATE guests SET badge_printed_count = COALESCE(badge_printed_count, 0) + 1,"
            " badge_printed_at = ?, updated_at = ? WHERE id = ?",
            [(now, now, row["guest_id"]) for row in rows],
        )
    # Other desks learn through the sync journal that these badges are printed.
    change_hook.record(event, "guest_updated", {"ids": sorted({row["guest_id"] for row in rows})})


def _record(row: dict) -> PrintRecord:
    return PrintRecord(**{k: row[k] for k in PrintRecord.__dataclass_fields__})


def prints_of(event: Event, guest_id: int) -> list[PrintRecord]:
    """Every print of the guest's badge, oldest first."""
    rows = event.db.query("SELECT * FROM badge_prints WHERE guest_id = ? ORDER BY id", [guest_id])
    return [_record(r) for r in rows]


def last_print(event: Event, guest_id: int) -> PrintRecord | None:
    rows = event.db.query(
        "SELECT * FROM badge_prints WHERE guest_id = ? ORDER BY id DESC LIMIT 1", [guest_id]
    )
    row = next(rows, None)
    return _record(row) if row else None


def batch(event: Event, batch_id: str) -> list[PrintRecord]:
    rows = event.db.query(
        "SELECT * FROM badge_prints WHERE batch_id = ? ORDER BY sheet, slot", [batch_id]
    )
    return [_record(r) for r in rows]


def badge_location(event: Event, guest_id: int) -> str | None:
    """Where the guest's latest printed badge is, e.g. "box P, sheet 12, slot 3"."""
    record = last_print(event, guest_id)
    return record.location if record else None


def current_badge_print(event: Event, guest_id: int) -> PrintRecord | None:
    """The print of the guest's pre-printed badge (box, sheet, slot), if it is still their
    valid badge. A badge replaced since it was printed (lost, reprinted) is void: None."""
    record = last_print(event, guest_id)
    if record is None or not record.location:
        return None
    row = event.db.execute("SELECT badge_version FROM guests WHERE id = ?", [guest_id]).fetchone()
    if row is None or record.badge_version != row[0]:
        return None
    return record


def current_badge_location(event: Event, guest_id: int) -> str | None:
    """Where the guest's pre-printed badge waits ("box P, sheet 12, slot 3"), if it is
    still their valid badge."""
    record = current_badge_print(event, guest_id)
    return record.location if record else None


def record_printed(
    event: Event,
    layout: str,
    order: list[int],
    boxes: dict[int, str],
    placements: dict[int, tuple[int, int]],
    *,
    batch_id: str,
    desk: str | None = None,
    operator: str | None = None,
) -> None:
    """Log a batch rendered with ``record=False`` once it has really been printed."""
    marks = ",".join("?" * len(order))
    versions = dict(
        event.db.execute(f"SELECT id, badge_version FROM guests WHERE id IN ({marks})", order)
    )
    entries = [(gid, versions.get(gid, 1), boxes[gid], *placements[gid]) for gid in order]
    record_batch(event, layout, entries, batch_id=batch_id, desk=desk, operator=operator)
