"""Plan an item's rounds in the event file: load, plan, assign interpreters, save, explain."""

from __future__ import annotations

from dataclasses import dataclass, field

from checkin import programme, tables
from checkin.event import Event
from checkin.models import ProgrammeItem, Table
from checkin.rounds import interpreters, model, planner
from checkin.rounds.model import Person, Round


@dataclass
class ItemPlan:
    """An item's rounds as planned or stored: who sits where, interpreters, what is open."""

    item: ProgrammeItem
    rounds: list[Round]
    tables: dict[int, Table]
    seating: dict[int, dict[int, list[int]]]  # round -> table id -> guest ids
    interpreters: dict[int, dict[int, int]]  # round -> table id -> interpreter id
    needs: list[interpreters.Need]
    people: dict[int, Person]
    unplaced: list[planner.Unplaced] = field(default_factory=list)
    locked: dict[int, set[int]] = field(default_factory=dict)  # round -> locked guest ids

    @property
    def open_needs(self) -> list[interpreters.Need]:
        return interpreters.open_needs(self.needs, self.interpreters)

    def table_of(self, number: int, guest_id: int) -> int | None:
        for table_id, guests in self.seating.get(number, {}).items():
            if guest_id in guests:
                return table_id
        for table_id, interpreter in self.interpreters.get(number, {}).items():
            if interpreter == guest_id:
                return table_id
        return None

    def guest_tables(self, guest_id: int) -> dict[int, int | None]:
        return {r.number: self.table_of(r.number, guest_id) for r in self.rounds}

    def to_json(self) -> dict:
        need_set = {(n.round, n.table_id) for n in self.needs}
        out_rounds = []
        for rnd in self.rounds:
            seated = self.seating.get(rnd.number, {})
            rows = []
            for table_id in sorted(seated, key=lambda t: self.tables[t].number):
                rows.append(
                    {
                        "table": self.tables[table_id].number,
                        "guests": sorted(seated[table_id]),
                        "interpreter": self.interpreters.get(rnd.number, {}).get(table_id),
                        "needs_interpreter": (rnd.number, table_id) in need_set,
                    }
                )
            out_rounds.append({"round": rnd.number, "start": rnd.starts, "tables": rows})
        return {
            "rounds": out_rounds,
            "unplaced": [
                {"round": u.round, "guest": u.guest, "reason": u.reason, "text": u.text}
                for u in self.unplaced
            ],
            "open_interpreter_needs": [
                {
                    "round": n.round,
                    "table": self.tables[n.table_id].number,
                    "languages": sorted({lang for langs in n.languages for lang in langs}),
                }
                for n in self.open_needs
            ],
        }


def participants(event: Event, item: ProgrammeItem, people: dict[int, Person]) -> list[Person]:
    """Who takes part in the rounds: expected at the item, not interpreters, with a field."""
    expected = set(programme.expected_guest_ids(event, item))
    return [
        p
        for gid, p in sorted(people.items())
        if gid in expected and not p.is_interpreter and (p.industry or p.meeting_point)
    ]


def interpreters_of(event: Event, item: ProgrammeItem, people: dict[int, Person]) -> list[Person]:
    expected = set(programme.expected_guest_ids(event, item))
    return [p for gid, p in sorted(people.items()) if gid in expected and p.is_interpreter]


def seatable(person: Person) -> planner.Seatable:
    return planner.Seatable(
        id=person.id,
        org=person.org_key,
        field=person.industry,
        visitor=person.visitor,
        fixed_table=person.table_id if person.meeting_point else None,
        meet=person.meet,
        avoid=person.avoid,
    )


def places(event: Event) -> list[planner.Place]:
    return [
        planner.Place(t.id, t.number, t.theme or t.name, t.capacity or 10)
        for t in tables.list_tables(event)
    ]


def load(event: Event, item: ProgrammeItem) -> ItemPlan:
    """The plan as stored in the file."""
    people = model.people(event)
    stored = model.seats(event, item.id)
    seating: dict[int, dict[int, list[int]]] = {}
    locked: dict[int, set[int]] = {}
    for number, seats in stored.items():
        for gid, (table_id, is_locked) in seats.items():
            seating.setdefault(number, {}).setdefault(table_id, []).append(gid)
            if is_locked:
                locked.setdefault(number, set()).add(gid)
    for per_round in seating.values():
        for guests in per_round.values():
            guests.sort()
    assigned = {
        n: {t: g for t, (g, _) in per.items()}
        for n, per in interpreters.stored(event, item.id).items()
    }
    return ItemPlan(
        item=item,
        rounds=model.list_rounds(event, item.id),
        tables={t.id: t for t in tables.list_tables(event)},
        seating=seating,
        interpreters=assigned,
        needs=interpreters.table_needs(seating, people),
        people=people,
        locked=locked,
    )


def plan_item(
    event: Event,
    item: ProgrammeItem,
    *,
    rounds: int | None = None,
    from_round: int = 1,
    absent: set[int] | frozenset[int] = frozenset(),
    save: bool = True,
) -> ItemPlan:
    """Plan rounds ``from_round``.. of ``item`` (earlier ones are kept as held) and assign
    interpreters; with ``save`` the result is written (locked seats and manual interpreters
    are never touched)."""
    if save:
        round_list = model.ensure_rounds(event, item, rounds)
    else:
        round_list = model.list_rounds(event, item.id) or [
            Round(0, item.id, n) for n in range(1, (rounds or 0) + 1)
        ]
        if rounds is not None and len(round_list) != rounds:
            round_list = [Round(0, item.id, n, "", 25) for n in range(1, rounds + 1)]
        if not round_list:
            model.ensure_rounds(event, item, None)  # raises no_rounds
    people = model.people(event)
    stored = model.seats(event, item.id)
    count = len(round_list)
    locked = {
        n: {g: t for g, (t, is_locked) in seats.items() if is_locked}
        for n, seats in stored.items()
        if n <= count
    }
    keep = {n: {g: t for g, (t, _) in stored.get(n, {}).items()} for n in range(1, from_round)}
    members = participants(event, item, people)
    plan = planner.plan_rounds(
        [seatable(p) for p in members],
        places(event),
        count,
        locked=locked,
        keep=keep,
        absent=set(absent),
        related=model.related_themes(event),
    )
    seating = {n: plan.tables(n) for n in range(1, count + 1)}
    needs = interpreters.table_needs(seating, people)
    manual = {
        n: {t: g for t, (g, by_hand) in per.items() if by_hand or n < from_round}
        for n, per in interpreters.stored(event, item.id).items()
    }
    available = [p for p in interpreters_of(event, item, people) if p.id not in absent]
    assigned = interpreters.auto_assign(needs, available, fixed=manual)
    replanned = list(range(from_round, count + 1))
    if save:
        model.save_round_seats(event, item.id, plan.seats, replanned)
        interpreters.save_auto(event, item.id, assigned, replanned)
    return ItemPlan(
        item=item,
        rounds=round_list,
        tables={t.id: t for t in tables.list_tables(event)},
        seating=seating,
        interpreters=assigned,
        needs=needs,
        people=people,
        unplaced=[u for u in plan.unplaced if u.round >= from_round],
        locked={n: set(s) for n, s in locked.items()},
    )
