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


def item_stats(event: Event, item: ProgrammeItem) -> ItemStats:
    expected_ids = set(programme.expected_guest_ids(event, item))
    states = checkins.statuses(event, item.id)
    arrived = {g for g, s in states.items() if s.first_in is not None}
    present = {g for g, s in states.items() if s.state is checkins.State.IN}
    out = {g for g, s in states.items() if s.state is checkins.State.OUT and s.first_in}
    category_of = dict(event.db.execute("SELECT id, category FROM guests").fetchall())
    expected_by = Counter(category_of[g] for g in expected_ids)
    arrived_by = Counter(category_of[g] for g in arrived)
    cats = sorted(set(expected_by) | set(arrived_by))
    return ItemStats(
        item=item,
        expected=len(expected_ids),
        checked_in=len(arrived),
        present=len(present),
        checked_out=len(out),
        by_category={c: (arrived_by[c], expected_by[c]) for c in cats},
    )


def event_stats(event: Event) -> list[ItemStats]:
    return [item_stats(event, item) for item in programme.list_items(event)]
