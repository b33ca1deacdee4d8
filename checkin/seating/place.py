"""Where a guest sits at a given moment, and what that seat is: one answer for every screen.

During an item with meeting rounds a guest's table changes from round to round; otherwise
it is the table they were seated at. The result card, the guest display, the guests' floor
plan, the search row, the guest list and badges all ask here, so for the same moment they
name the same table and say what it is (this round's table, the next round's, the seat).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from checkin import tables
from checkin.event import Event
from checkin.models import ProgrammeItem
from checkin.rounds.now import RoundSeat, guest_rounds, now_and_next


class PlaceKind(Enum):
    TABLE = "table"  # the table the guest is seated at (no meeting rounds for them now)
    ROUND_NOW = "round_now"  # the table of the round running now
    ROUND_NEXT = "round_next"  # before or between rounds: the table of the next round


@dataclass(frozen=True)
class Place:
    kind: PlaceKind
    table_number: int
    theme: str = ""  # the table's theme, else its name (in the language asked for)
    round: int | None = None  # for the round kinds
    starts: str = ""  # the round's start, "YYYY-MM-DDTHH:MM" (venue time), or ""
    time_range: str = ""  # "10:00–10:25", or ""
    interpreting: bool = False  # the guest interprets at this table in this round
    later: tuple[RoundSeat, ...] = ()  # the guest's rounds after this one

    @property
    def in_rounds(self) -> bool:
        return self.kind is not PlaceKind.TABLE


def _item_id(item: ProgrammeItem | int | None) -> int | None:
    return item.id if isinstance(item, ProgrammeItem) else item


def _table_place(event: Event, guest_id: int, lang: str | None) -> Place | None:
    row = event.db.execute("SELECT table_id FROM guests WHERE id = ?", [guest_id]).fetchone()
    table = tables.table_of(event, row[0]) if row and row[0] is not None else None
    return Place(PlaceKind.TABLE, table.number, table.topic_in(lang)) if table else None


def _round_place(seat: RoundSeat, now: bool, later: tuple[RoundSeat, ...]) -> Place:
    return Place(
        PlaceKind.ROUND_NOW if now else PlaceKind.ROUND_NEXT,
        seat.table_number,
        seat.theme,
        seat.round,
        seat.starts,
        seat.time_range,
        seat.interpreting,
        later,
    )


def place_of(
    event: Event,
    guest_id: int,
    item: ProgrammeItem | int | None,
    at: datetime | None = None,
    *,
    lang: str | None = None,
) -> Place | None:
    """Where the guest sits at ``item`` at ``at`` (default: now by the event's clock), the
    table's theme in ``lang`` where it has one.

    The round running now, else the next of their rounds; once their rounds are over (or
    at an item without rounds) the table they are seated at; None when there is none.
    """
    item_id = _item_id(item)
    if item_id is not None:
        rounds = now_and_next(event, item_id, guest_id, at, lang=lang)
        if rounds is not None:
            main = rounds.main
            later = tuple(s for s in rounds.coming if s.round > main.round)
            return _round_place(main, rounds.now is not None, later)
    return _table_place(event, guest_id, lang)


def places(
    event: Event,
    item: ProgrammeItem | int | None,
    at: datetime | None = None,
    *,
    lang: str | None = None,
) -> dict[int, Place]:
    """``place_of`` for every guest who has a place (for lists: a few queries in all)."""
    seats = {
        t.id: Place(PlaceKind.TABLE, t.number, t.topic_in(lang)) for t in tables.list_tables(event)
    }
    out: dict[int, Place] = {}
    for gid, table_id in event.db.execute(
        "SELECT id, table_id FROM guests WHERE table_id IS NOT NULL"
    ):
        if table_id in seats:
            out[gid] = seats[table_id]
    item_id = _item_id(item)
    if item_id is None:
        return out
    seated = event.db.execute(
        "SELECT s.guest_id FROM round_seats s JOIN rounds r ON r.id = s.round_id"
        " WHERE r.item_id = ? UNION SELECT i.guest_id FROM round_interpreters i"
        " JOIN rounds r ON r.id = i.round_id WHERE r.item_id = ?",
        [item_id, item_id],
    )
    moment = at or event.clock()
    for (gid,) in seated.fetchall():
        place = place_of(event, gid, item_id, moment, lang=lang)
        if place is not None:
            out[gid] = place
        else:
            out.pop(gid, None)
    return out


def rounds_by_guest(event: Event) -> dict[int, list[RoundSeat]]:
    """Every guest's seats in the meeting rounds of all items, in programme order."""
    items = event.db.execute(
        "SELECT DISTINCT r.item_id, p.starts FROM rounds r"
        " JOIN programme_items p ON p.id = r.item_id ORDER BY p.starts, r.item_id"
    ).fetchall()
    out: dict[int, list[RoundSeat]] = {}
    for item_id, _starts in items:
        guest_ids = event.db.execute(
            "SELECT s.guest_id FROM round_seats s JOIN rounds r ON r.id = s.round_id"
            " WHERE r.item_id = ? UNION SELECT i.guest_id FROM round_interpreters i"
            " JOIN rounds r ON r.id = i.round_id WHERE r.item_id = ?",
            [item_id, item_id],
        ).fetchall()
        for (gid,) in guest_ids:
            out.setdefault(gid, []).extend(guest_rounds(event, item_id, gid))
    return out


def badge_tables(seated_at: int | None, seats: list[RoundSeat]) -> list[int]:
    """The table numbers a badge may print for a guest: the rounds' tables in round order
    when the rounds put the guest anywhere but their seat, else just the seat."""
    numbers = [s.table_number for s in seats]
    if not numbers or set(numbers) == {seated_at}:
        return [seated_at] if seated_at is not None else []
    return numbers
