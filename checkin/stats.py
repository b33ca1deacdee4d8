"""Counts for the desk and the CLI: expected, arrived, still here, by category."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from checkin import checkins, programme
from checkin.event import Event
from checkin.models import ProgrammeItem


@dataclass(frozen=True)
class ItemStats:
    item: ProgrammeItem
    expected: int
    checked_in: int  # arrived and not undone (includes those who left again)
    present: int  # checked in and not checked out
    checked_out: int
    by_category: dict[str, tuple[int, int]] = field(default_factory=dict)  # cat: (in, expected)

    def to_dict(self) -> dict:
        return {
            "item": {"id": self.item.id, "name": self.item.name},
            "expected": self.expected,
            "checked_in": self.checked_in,
            "present": self.present,
            "checked_out": self.checked_out,
            "by_category": {
                k: {"checked_in": a, "expected": e} for k, (a, e) in self.by_category.items()
            },
        }


class LiveCounts:
    """An item's counts, kept current guest by guest: after a check-in only that guest's
    log entries are read again, not the whole log (at 100,000 guests a frame's work, not
    a tenth of a second). Built from one pass over the log."""

    def __init__(self, event: Event, item: ProgrammeItem):
        self.event = event  # a desk may build this on another connection, then hand it over
        self.item = item
        self._category: dict[int, str] = dict(
            event.db.execute("SELECT id, category FROM guests").fetchall()
        )
        self._expected = set(programme.expected_guest_ids(event, item))
        self._arrived: set[int] = set()
        self._present: set[int] = set()
        self._out: set[int] = set()
        for guest_id, status in checkins.statuses(event, item.id).items():
            self._place(guest_id, status)
        self._expected_by = Counter(self._category[g] for g in self._expected)
        self._arrived_by = Counter(self._category[g] for g in self._arrived)

    def _place(self, guest_id: int, status: checkins.Status) -> None:
        arrived = status.first_in is not None
        for group, member in (
            (self._arrived, arrived),
            (self._present, status.state is checkins.State.IN),
            (self._out, status.state is checkins.State.OUT and arrived),
        ):
            if member:
                group.add(guest_id)
            else:
                group.discard(guest_id)

    def update(self, guest_id: int) -> None:
        """Count one guest again (after a check-in, check-out or undo of theirs)."""
        if guest_id not in self._category:
            row = self.event.db.execute(
                "SELECT category FROM guests WHERE id = ?", [guest_id]
            ).fetchone()
            if row is None:
                return
            self._category[guest_id] = row[0]
        was_arrived = guest_id in self._arrived
        self._place(guest_id, checkins.status(self.event, guest_id, self.item.id))
        if (guest_id in self._arrived) != was_arrived:
            self._arrived_by[self._category[guest_id]] += 1 if not was_arrived else -1

    def stats(self) -> ItemStats:
        cats = sorted(c for c in set(self._expected_by) | set(self._arrived_by)
                      if self._expected_by[c] or self._arrived_by[c])  # fmt: skip
        return ItemStats(
            item=self.item,
            expected=len(self._expected),
            checked_in=len(self._arrived),
            present=len(self._present),
            checked_out=len(self._out),
            by_category={c: (self._arrived_by[c], self._expected_by[c]) for c in cats},
        )


def item_stats(event: Event, item: ProgrammeItem) -> ItemStats:
    return LiveCounts(event, item).stats()


def event_stats(event: Event) -> list[ItemStats]:
    return [item_stats(event, item) for item in programme.list_items(event)]
