"""Automatic seating: match guests to themed tables and explain every decision.

Rules, in order of strength:
1. a locked seat (set by hand) is never moved, and no table gets more guests than seats;
2. a guest sits at a table whose theme matches their field (``guest.industry``);
3. each visiting delegation is spread over the tables of its fields, so that every table
   mixes visitors and local companies;
4. people from the same organisation sit together (or apart, if asked);
5. whoever cannot be seated is reported with the reason.

``plan_seating`` only computes a Plan (a dry run); ``apply_plan`` writes it.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from checkin import guests, tables
from checkin.event import Event
from checkin.models import Guest, Table
from checkin.seating.assign import announce, record
from checkin.seating.matching import (
    delegation_of,
    explicit_delegations,
    field_tables,
    folded,
)
from checkin.seating.reasons import Reason, describe


@dataclass(frozen=True)
class Options:
    keep_organisations_together: bool = True  # False: spread colleagues over the tables
    only_unseated: bool = False  # True: keep everyone seated where they are, fill in the rest
    overflow: bool = True  # seat guests at other tables when their field's tables are full
    # not seated automatically (interpreters move between tables with the meeting rounds)
    skip_categories: tuple[str, ...] = ("Staff", "Press", "Interpreter")


@dataclass(frozen=True)
class Placement:
    guest_id: int
    guest_name: str
    table_id: int
    table_number: int
    previous_table_id: int | None
    reason: Reason
    locked: bool = False

    @property
    def moved(self) -> bool:
        return self.table_id != self.previous_table_id


@dataclass(frozen=True)
class Unplaced:
    guest_id: int
    guest_name: str
    previous_table_id: int | None
    reason: Reason


@dataclass
class Plan:
    options: Options
    placements: list[Placement] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)
    skipped: list[Unplaced] = field(default_factory=list)  # categories left as they are

    def table_of(self, guest_id: int) -> int | None:
        for p in self.placements:
            if p.guest_id == guest_id:
                return p.table_id
        return None

    def counts(self) -> Counter:
        """Guests per table id after the plan (skipped guests who keep a seat included)."""
        counted = Counter(p.table_id for p in self.placements)
        counted.update(s.previous_table_id for s in self.skipped if s.previous_table_id)
        return counted

    @property
    def moves(self) -> list[Placement]:
        return [p for p in self.placements if p.moved and not p.locked]

    def to_dict(self) -> dict:
        def placed(p: Placement) -> dict:
            return {
                "guest_id": p.guest_id,
                "name": p.guest_name,
                "table": p.table_number,
                "moved": p.moved,
                "locked": p.locked,
                "reason": p.reason.to_dict(),
            }

        def left(u: Unplaced) -> dict:
            return {"guest_id": u.guest_id, "name": u.guest_name, "reason": u.reason.to_dict()}

        return {
            "placed": [placed(p) for p in self.placements],
            "unplaced": [left(u) for u in self.unplaced],
            "skipped": [left(u) for u in self.skipped],
            "moves": len(self.moves),
        }

    def report(self) -> str:
        lines = [
            f"{p.guest_name}: {describe(p.reason)}"
            + (" (moved)" if p.moved and not p.locked else "")
            for p in self.placements
        ]
        lines += [f"NOT SEATED {u.guest_name}: {describe(u.reason)}" for u in self.unplaced]
        return "\n".join(lines)


# -- the planner ----------------------------------------------------------------------------
@dataclass
class _Seats:
    """Running state of the tables while planning."""

    tables: list[Table]
    delegation_of: dict  # guest id -> delegation name (visitors only)
    used: Counter = field(default_factory=Counter)
    visitors: Counter = field(default_factory=Counter)
    by_delegation: dict = field(default_factory=lambda: defaultdict(Counter))
    by_org: dict = field(default_factory=lambda: defaultdict(Counter))

    def capacity(self, t: Table) -> float:
        return math.inf if t.capacity is None else t.capacity

    def free(self, t: Table) -> float:
        return self.capacity(t) - self.used[t.id]

    def fill(self, t: Table, extra: int = 0) -> float:
        cap = self.capacity(t)
        return 0.0 if cap == math.inf else (self.used[t.id] + extra) / max(cap, 1)

    def take(self, t: Table, guest: Guest) -> None:
        self.used[t.id] += 1
        org = folded(guest.organisation)
        if org:
            self.by_org[org][t.id] += 1
        delegation = self.delegation_of.get(guest.id)
        if delegation:
            self.visitors[t.id] += 1
            self.by_delegation[delegation][t.id] += 1


@dataclass
class _Unit:
    members: list[Guest]
    industry: str
    delegation: str | None
    organisation: str

    @property
    def size(self) -> int:
        return len(self.members)


def _units(todo: list[Guest], together: bool, visitors: dict[int, str]) -> list[_Unit]:
    groups: dict[tuple, list[Guest]] = defaultdict(list)
    for g in todo:
        org = folded(g.organisation)
        key = (visitors.get(g.id), org) if together and org else ("single", g.id)
        groups[key].append(g)
    units = []
    for members in groups.values():
        fields_ = Counter(g.industry for g in members if g.industry.strip())
        industry = fields_.most_common(1)[0][0] if fields_ else ""
        units.append(_Unit(members, industry, visitors.get(members[0].id), members[0].organisation))
    # Visitors first (they are spread), then big groups (hardest to fit), fields before none.
    units.sort(key=lambda u: (u.delegation is None, not u.industry, -u.size, u.members[0].id))
    return units


def plan_seating(event: Event, options: Options | None = None) -> Plan:
    """Compute where every guest should sit; writes nothing (see ``apply_plan``)."""
    options = options or Options()
    all_tables = tables.list_tables(event)
    by_id = {t.id: t for t in all_tables}
    seats = _Seats(all_tables, {})
    plan = Plan(options)
    skip = {c.casefold() for c in options.skip_categories}
    active = [g for g in guests.list_guests(event, include_cancelled=False)]
    active.sort(key=lambda g: g.id)
    named = explicit_delegations(event)
    for g in active:
        delegation = named.get(g.id) or delegation_of(g)
        if delegation:
            seats.delegation_of[g.id] = delegation

    def place(g: Guest, t: Table, reason: Reason, locked: bool = False) -> None:
        seats.take(t, g)
        plan.placements.append(
            Placement(g.id, g.full_name, t.id, t.number, g.table_id, reason, locked)
        )

    def unplace(g: Guest, reason: Reason) -> None:
        plan.unplaced.append(Unplaced(g.id, g.full_name, g.table_id, reason))

    todo: list[Guest] = []
    anchors: dict[str, Counter] = defaultdict(Counter)  # organisation -> locked seats
    for g in active:
        table = by_id.get(g.table_id)
        if table is not None and g.table_locked:
            place(g, table, Reason("locked", {"table": table.number}), locked=True)
            if folded(g.organisation):
                anchors[folded(g.organisation)][table.id] += 1
        elif g.category.casefold() in skip:
            plan.skipped.append(
                Unplaced(
                    g.id,
                    g.full_name,
                    g.table_id,
                    Reason("category_not_seated", {"category": g.category}),
                )
            )
            if table is not None:
                seats.take(table, g)
        elif table is not None and options.only_unseated:
            place(g, table, Reason("kept", {"table": table.number}))
        else:
            todo.append(g)

    if not all_tables:
        for g in todo:
            unplace(g, Reason("no_tables"))
        return plan

    together = options.keep_organisations_together
    fields_cache: dict[str, list[Table]] = {}
    for unit in _units(todo, together, seats.delegation_of):
        if unit.industry not in fields_cache:
            fields_cache[unit.industry] = field_tables(unit.industry, all_tables)
        candidates = fields_cache[unit.industry]
        org_key = folded(unit.organisation)
        params = {"industry": unit.industry, "organisation": unit.organisation}
        if unit.delegation:
            params["delegation"] = unit.delegation

        def key(t: Table, unit: _Unit = unit, org_key: str = org_key) -> tuple:
            org = seats.by_org[org_key][t.id] if org_key else 0
            spread_org = 0 if together else org
            if unit.delegation:
                return (
                    spread_org,
                    seats.by_delegation[unit.delegation][t.id],
                    seats.visitors[t.id],
                    seats.fill(t, unit.size),
                    t.number,
                )
            # Locals: balance the fill, and prefer tables that have visitors to meet.
            return (spread_org, seats.fill(t, unit.size), seats.visitors[t.id] == 0, t.number)

        # 1. colleagues already seated by hand pull the group to their table
        anchor = anchors.get(org_key) if together else None
        if anchor:
            table = by_id[anchor.most_common(1)[0][0]]
            if seats.free(table) >= unit.size:
                for g in unit.members:
                    place(g, table, Reason("joins_colleague", {**params, "table": table.number}))
                continue
        # 2. the whole group at one table of its field
        fitting = [t for t in candidates if seats.free(t) >= unit.size]
        if fitting:
            table = min(fitting, key=key)
            if unit.delegation:
                reason_key = "delegation_spread"
            elif unit.size > 1:
                reason_key = "with_colleagues"
            else:
                reason_key = "theme_match"
            for g in unit.members:
                place(
                    g,
                    table,
                    Reason(
                        reason_key,
                        {**params, "table": table.number, "theme": table.theme or table.name},
                    ),
                )
            continue
        # 3. one by one: split a group, or overflow to other tables
        for g in unit.members:
            _place_single(
                g, unit, candidates, all_tables, seats, options, params, key, place, unplace
            )
    return plan


def _place_single(g, unit, candidates, all_tables, seats, options, params, key, place, unplace):
    split = unit.size > 1
    fitting = [t for t in candidates if seats.free(t) >= 1]
    if fitting:
        org = folded(g.organisation)
        # a split group still keeps as many colleagues together as the tables allow
        table = min(
            fitting,
            key=lambda t: (
                (-seats.by_org[org][t.id], -seats.free(t), key(t)) if split and org else key(t)
            ),
        )
        reason_key = (
            "organisation_split"
            if split
            else ("delegation_spread" if unit.delegation else "theme_match")
        )
        place(
            g,
            table,
            Reason(
                reason_key, {**params, "table": table.number, "theme": table.theme or table.name}
            ),
        )
        return
    anywhere = [t for t in all_tables if seats.free(t) >= 1]
    if not unit.industry:
        why, why_not = "no_field", "event_full"
    elif candidates:
        why, why_not = "field_full", "field_full_unplaced"
    else:
        why, why_not = "no_matching_table", "no_matching_table_unplaced"
    if unit.industry and not options.overflow:
        unplace(g, Reason(why_not, params))
    elif not anywhere:
        unplace(g, Reason("event_full", params))
    else:
        table = min(anywhere, key=key)
        place(g, table, Reason(why, {**params, "table": table.number}))


def apply_plan(event: Event, plan: Plan) -> int:
    """Write a plan in one transaction; returns how many guests changed table.

    Seats locked by hand since the plan was made are left alone.
    """
    locked_now = {r[0] for r in event.db.execute("SELECT id FROM guests WHERE table_locked = 1")}
    changed, touched = 0, []
    with event.writing():
        for p in plan.placements:
            if p.locked or p.guest_id in locked_now:
                continue
            record(
                event,
                p.guest_id,
                p.table_id,
                p.previous_table_id,
                locked=False,
                source="auto",
                reason=p.reason,
            )
            changed += p.moved
            touched.append(p.guest_id)
        for u in plan.unplaced:
            if u.guest_id in locked_now:
                continue
            if u.previous_table_id is not None:
                changed += 1
            record(
                event,
                u.guest_id,
                None,
                u.previous_table_id,
                locked=False,
                source="auto",
                reason=u.reason,
            )
            touched.append(u.guest_id)
    announce(event, touched)
    return changed
