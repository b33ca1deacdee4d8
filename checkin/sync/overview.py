"""Everything the desks panel shows, gathered in one go (REST calls and queries included), so
the window can gather it off its UI thread and show plain data."""

from __future__ import annotations

from dataclasses import dataclass, field

from checkin import guests
from checkin.sync import join_codes, quarantine, status
from checkin.sync.desk import SyncedDesk
from checkin.sync.merge_report import double_entries, likely_duplicates

SHOWN_DOUBLES = 5


@dataclass(frozen=True)
class Double:
    guest: str
    arrival_desk: str
    arrival_at: str
    also: tuple[tuple[str, str], ...]  # (desk, time) of the extra check-ins


@dataclass(frozen=True)
class Overview:
    desk_name: str
    health: str  # SyncedDesk.health: running / not_answering / stopped / starting
    removed: bool  # another desk removed this one
    restarts: int
    desks: tuple[status.DeskStatus, ...] = ()
    quarantined: tuple[quarantine.Quarantined, ...] = ()
    waiting: dict[str, str] = field(default_factory=dict)
    double_count: int = 0
    doubles: tuple[Double, ...] = ()  # the first SHOWN_DOUBLES
    duplicate_count: int = 0
    open_codes: int = 0


def overview(desk: SyncedDesk) -> Overview:
    event = desk.event
    instance = desk.instance if desk.health in ("running", "starting") else None
    found = double_entries(event)
    shown = tuple(
        Double(
            guests.get_guest(event, d.guest_id).full_name,
            d.arrival.desk,
            d.arrival.at,
            tuple((e.desk, e.at) for e in d.extra),
        )
        for d in found[:SHOWN_DOUBLES]
    )
    return Overview(
        desk_name=desk.desk_name,
        health=desk.health,
        removed=desk.removed,
        restarts=desk.restarts,
        desks=tuple(status.desks(event, desk.folder, instance)),
        quarantined=tuple(quarantine.entries(event)),
        waiting=dict(desk.last_report.waiting),
        double_count=len(found),
        doubles=shown,
        duplicate_count=len(likely_duplicates(event)),
        open_codes=join_codes.open_codes(event),
    )
