"""Who came to what: attendance per programme item, computed from the append-only log.

Every figure of the exports, the PDF report and the live statistics comes from here, so
they agree. The state of a guest at an item is ``checkins.fold`` of the guest's entries:
undone entries do not count, and when two desks both checked a guest in, the earliest
check-in still in effect is the arrival.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cached_property

from checkin import checkins, collation, programme
from checkin.checkins import LogEntry, State
from checkin.clock import from_text
from checkin.event import Event
from checkin.models import ProgrammeItem
from checkin.tables import list_tables

STATUS_PRESENT, STATUS_LEFT, STATUS_NO_SHOW = "present", "left", "no_show"
STATUS_NOT_YET = "not_yet"  # expected, not arrived, and the item is not over yet


@dataclass(slots=True)  # not frozen: 50,000 of them are made per export, and frozen is slow
class GuestInfo:
    """The guest fields the exports show (never codes, tokens or the event secret)."""

    id: int
    given_name: str
    family_name: str
    patronymic: str
    organisation: str
    position: str
    email: str
    category: str
    language: str
    table_number: int | None
    table: str  # the table's label, "" when unseated
    cancelled: bool
    substitute_for: str = ""  # the person first registered, when a colleague came instead
    # The name in a reader's script, by language (exporting.columns): worked out once per
    # export, though the guest is on the list of every item.
    readings: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.given_name, self.patronymic, self.family_name) if p)

    @property
    def sort_key(self) -> tuple:
        return collation.guest_key(self)


@dataclass(slots=True)
class Attendance:
    """One guest at one programme item."""

    guest: GuestInfo
    expected: bool  # on the item's list (registered, not cancelled)
    state: State
    first_in_at: datetime | None = None  # the arrival (UTC)
    first_in_desk: str = ""
    check_outs: int = 0  # check-outs still in effect
    last_out_at: datetime | None = None
    item_ended: bool = True  # not arrived at an item that is not over: not yet a no-show

    @property
    def arrived(self) -> bool:
        return self.first_in_at is not None

    @property
    def status(self) -> str:
        if not self.arrived:
            return STATUS_NO_SHOW if self.item_ended else STATUS_NOT_YET
        return STATUS_PRESENT if self.state is State.IN else STATUS_LEFT


@dataclass(frozen=True)
class Breakdown:
    """Arrivals against expectations for one category, organisation or table."""

    key: str  # "" means: none (no table, no organisation)
    arrived: int
    expected: int


@dataclass
class ItemAttendance:
    item: ProgrammeItem
    rows: list[Attendance]  # expected guests and anyone who checked in, A–Z
    ended: bool = True  # the item is over (``programme.has_ended``): who did not come, did not

    @cached_property
    def expected(self) -> int:
        return sum(1 for r in self.rows if r.expected)

    @cached_property
    def checked_in(self) -> int:
        """Guests who arrived (including those who left again), as ``stats`` counts them."""
        return sum(1 for r in self.rows if r.arrived)

    @cached_property
    def present(self) -> int:
        return sum(1 for r in self.rows if r.state is State.IN)

    @cached_property
    def checked_out(self) -> int:
        return sum(1 for r in self.rows if r.arrived and r.state is State.OUT)

    @cached_property
    def not_arrived_rows(self) -> list[Attendance]:
        """Expected guests who have not arrived (no-shows once the item is over)."""
        return [r for r in self.rows if r.expected and not r.arrived]

    @cached_property
    def no_show_rows(self) -> list[Attendance]:
        return self.not_arrived_rows if self.ended else []

    @property
    def not_yet(self) -> int:
        """Expected guests still to come at an item that is not over."""
        return 0 if self.ended else len(self.not_arrived_rows)

    @property
    def no_shows(self) -> int:
        return len(self.no_show_rows)

    @cached_property
    def rate(self) -> float | None:
        """Share of the expected guests who came (None when nobody was expected)."""
        expected = self.expected
        came = sum(1 for r in self.rows if r.expected and r.arrived)
        return came / expected if expected else None

    def arrival_times(self) -> list[datetime]:
        return sorted(r.first_in_at for r in self.rows if r.first_in_at is not None)

    def by_category(self) -> list[Breakdown]:
        return _breakdown(self.rows, lambda g: g.category, order=lambda b: b.key.casefold())

    def by_organisation(self) -> list[Breakdown]:
        return _breakdown(
            self.rows,
            lambda g: g.organisation,
            order=lambda b: (not b.key, -b.arrived, -b.expected, b.key.casefold()),
        )

    def by_table(self) -> list[Breakdown]:
        numbers = {r.guest.table: r.guest.table_number for r in self.rows}
        return _breakdown(
            self.rows,
            lambda g: g.table,
            order=lambda b: (numbers[b.key] is None, numbers[b.key] or 0),
        )


@dataclass(slots=True)
class GuestAttendance:
    """One guest over the whole event (the 'overall' export)."""

    guest: GuestInfo
    items_expected: int
    items_attended: int
    first_in_at: datetime | None
    first_in_desk: str


@dataclass
class EventAttendance:
    name: str
    venue: str
    starts: str
    ends: str
    items: list[ItemAttendance]
    guests: list[GuestInfo] = field(default_factory=list)  # A–Z, cancelled included
    _overall: list[GuestAttendance] | None = field(default=None, repr=False, compare=False)

    def item(self, item_id: int) -> ItemAttendance:
        for it in self.items:
            if it.item.id == item_id:
                return it
        raise KeyError(item_id)

    def overall(self) -> list[GuestAttendance]:
        """Each guest once (A–Z): at how many items expected and attended, first arrival."""
        if self._overall is None:
            expected: dict[int, int] = {}
            attended: dict[int, int] = {}
            first: dict[int, Attendance] = {}
            for it in self.items:
                for r in it.rows:
                    gid = r.guest.id
                    if r.expected:
                        expected[gid] = expected.get(gid, 0) + 1
                    at = r.first_in_at
                    if at is not None:
                        attended[gid] = attended.get(gid, 0) + 1
                        known = first.get(gid)
                        if known is None or at < known.first_in_at:
                            first[gid] = r
            out = []
            for g in self.guests:
                f = first.get(g.id)
                if f is None and g.id not in expected:
                    continue  # cancelled before anything happened
                out.append(
                    GuestAttendance(
                        g,
                        expected.get(g.id, 0),
                        attended.get(g.id, 0),
                        f.first_in_at if f else None,
                        f.first_in_desk if f else "",
                    )
                )
            self._overall = out
        return self._overall

    @property
    def guests_expected(self) -> int:
        return sum(1 for g in self.overall() if g.items_expected)

    @property
    def guests_attended(self) -> int:
        return sum(1 for g in self.overall() if g.items_attended)


# -- computing ------------------------------------------------------------------------------
def load_guests(event: Event, lang: str = "de") -> dict[int, GuestInfo]:
    """Every guest, A–Z in the reader's order (see checkin.collation)."""
    tables = {t.id: (t.number, t.label_in(lang)) for t in list_tables(event)}
    # NULLIF: empty optional fields come back as None without being decoded (50,000 guests).
    rows = event.db.execute(
        "SELECT id, given_name, family_name, NULLIF(patronymic, ''), NULLIF(organisation, ''),"
        " NULLIF(position, ''), NULLIF(email, ''), category, NULLIF(language, ''), table_id,"
        " cancelled FROM guests"
    )
    out: dict[int, GuestInfo] = {}
    no_table = (None, "")
    for gid, given, family, patr, org, pos, email, cat, language, table_id, canc in rows:
        num, label = tables.get(table_id, no_table)
        out[gid] = GuestInfo(
            gid,
            given or "",
            family or "",
            patr or "",
            org or "",
            pos or "",
            email or "",
            cat or "",
            language or "",
            num,
            label,
            bool(canc),
        )
    _mark_substitutes(event, out)
    return dict(sorted(out.items(), key=lambda kv: collation.guest_key(kv[1], lang)))


def _mark_substitutes(event: Event, out: dict[int, GuestInfo]) -> None:
    """Registrations handed to a colleague (checkin.badge_lifecycle.substitution)."""
    columns = {row[1] for row in event.db.execute("PRAGMA table_info(guests)")}
    if "substitute_for" not in columns:
        return  # a file opened read-only before its upgrade
    rows = event.db.execute("SELECT id, substitute_for FROM guests WHERE substitute_for != ''")
    for gid, name in rows:
        if gid in out:
            out[gid].substitute_for = name


def _effective_outs(entries: list[LogEntry]) -> list[LogEntry]:
    undone = {e.undoes for e in entries if e.action == "undo"}
    return [e for e in entries if e.action == "out" and e.id not in undone]


def item_attendance(
    event: Event,
    item: ProgrammeItem,
    guests: dict[int, GuestInfo] | None = None,
    at: datetime | None = None,
) -> ItemAttendance:
    """One item's rows, A–Z (``guests`` must then be in A–Z order, as load_guests gives),
    as of ``at`` (default: now by the event's clock)."""
    guests = load_guests(event) if guests is None else guests
    ended = programme.has_ended(event, item, at)
    expected_ids = set(programme.expected_guest_ids(event, item))
    per_guest: dict[int, list[LogEntry]] = {}
    with_outs: set[int] = set()
    for rid, gid, action, at, desk, undoes in event.db.execute(
        "SELECT id, guest_id, action, at, desk, undoes FROM checkins WHERE item_id = ? ORDER BY id",
        [item.id],
    ):
        entry = LogEntry(rid, gid, item.id, action, at, desk or "", "", undoes)
        per_guest.setdefault(gid, []).append(entry)
        if action == "out":
            with_outs.add(gid)
    rows = []
    wanted = expected_ids | per_guest.keys()
    for gid in (g for g in guests if g in wanted):  # guests are in A–Z order
        entries = per_guest.get(gid, [])
        status = checkins.fold(entries)
        first = status.first_in
        if first is None and gid not in expected_ids:
            continue  # checked in, then undone, and not on the list (anymore)
        outs = _effective_outs(entries) if gid in with_outs else []
        rows.append(
            Attendance(
                guest=guests[gid],
                expected=gid in expected_ids,
                state=status.state,
                first_in_at=from_text(first.at) if first else None,
                first_in_desk=first.desk if first else "",
                check_outs=len(outs),
                last_out_at=from_text(outs[-1].at) if outs else None,
                item_ended=ended,
            )
        )
    return ItemAttendance(item, rows, ended)


def event_attendance(event: Event, item_id: int | None = None, lang: str = "de") -> EventAttendance:
    """Attendance at every programme item (or only ``item_id``), names in ``lang``'s order."""
    guests = load_guests(event, lang)
    items = programme.list_items(event)
    if item_id is not None:
        items = [programme.get_item(event, item_id)]
    info = event.info
    now = event.clock()
    return EventAttendance(
        name=info.name,
        venue=info.venue,
        starts=info.starts,
        ends=info.ends,
        items=[item_attendance(event, it, guests, now) for it in items],
        guests=list(guests.values()),
    )


def _breakdown(
    rows: Iterable[Attendance], key_of: Callable[[GuestInfo], str], order: Callable
) -> list[Breakdown]:
    arrived: Counter[str] = Counter()
    expected: Counter[str] = Counter()
    for r in rows:
        key = key_of(r.guest)
        expected[key] += r.expected
        arrived[key] += r.arrived
    return sorted(
        (Breakdown(k, arrived[k], expected[k]) for k in expected.keys() | arrived.keys()),
        key=order,
    )


# -- the arrival chart -------------------------------------------------------------------------
_BIN_MINUTES = (1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 720, 1440)


@dataclass(frozen=True)
class ArrivalBins:
    start: datetime  # local wall-clock time of the first bin
    minutes: int
    counts: list[int]

    def label(self, index: int, fmt: str = "%H:%M") -> str:
        return (self.start + timedelta(minutes=self.minutes * index)).strftime(fmt)


def arrival_bins(times: Iterable[datetime], max_bins: int = 24) -> ArrivalBins | None:
    """Arrivals per interval in local time; the interval is chosen so the chart stays readable."""
    local = sorted(t.astimezone() for t in times)
    if not local:
        return None
    first, last = local[0], local[-1]
    span = (last - first).total_seconds() / 60
    minutes = next((m for m in _BIN_MINUTES if span / m < max_bins), _BIN_MINUTES[-1])
    midnight = first.replace(hour=0, minute=0, second=0, microsecond=0)
    offset = (first - midnight).total_seconds() // 60
    start = midnight + timedelta(minutes=offset - offset % minutes)
    count = max(1, math.floor((last - start).total_seconds() / 60 / minutes) + 1)
    counts = [0] * count
    for t in local:
        counts[min(count - 1, int((t - start).total_seconds() // 60 // minutes))] += 1
    return ArrivalBins(start, minutes, counts)
