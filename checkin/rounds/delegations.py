"""Delegations on the day: who has arrived, who is missing, which tables lose their partner,
and re-planning the remaining rounds around the no-shows."""

from __future__ import annotations

from dataclasses import dataclass

from checkin import checkins
from checkin.errors import InvalidInput, NotFound
from checkin.event import Event
from checkin.models import ProgrammeItem
from checkin.rounds import model, service
from checkin.rounds.model import Person


@dataclass(frozen=True)
class Delegation:
    id: int
    name: str
    leader_id: int | None
    members: tuple[int, ...]


@dataclass(frozen=True)
class AffectedTable:
    round: int
    table_id: int
    missing: tuple[int, ...]  # delegation members seated here who have not arrived
    left_without_partner: tuple[int, ...]  # locals here who now meet no visitor


@dataclass(frozen=True)
class DelegationStatus:
    delegation: Delegation
    arrived: list[Person]
    missing: list[Person]
    affected: list[AffectedTable]


def create(
    event: Event, name: str, member_ids: list[int], leader_id: int | None = None
) -> Delegation:
    if leader_id is not None and leader_id not in member_ids:
        member_ids = [leader_id, *member_ids]
    known = model.people(event)
    for gid in member_ids:
        if gid not in known:
            raise NotFound("guest_not_found", guest_id=gid)
    if not name.strip():
        raise InvalidInput("invalid_value", field="name", value=name)
    with event.writing():
        did = event.db["delegations"].insert({"name": name.strip(), "leader_id": leader_id}).last_pk
        event.db["delegation_members"].insert_all(
            {"delegation_id": did, "guest_id": g} for g in dict.fromkeys(member_ids)
        )
    return get(event, did)


def add_members(event: Event, delegation_id: int, member_ids: list[int]) -> Delegation:
    """Add guests to a delegation (those already in it stay as they are)."""
    get(event, delegation_id)
    known = model.people(event)
    for gid in member_ids:
        if gid not in known:
            raise NotFound("guest_not_found", guest_id=gid)
    with event.writing():
        event.db["delegation_members"].insert_all(
            ({"delegation_id": delegation_id, "guest_id": g} for g in dict.fromkeys(member_ids)),
            ignore=True,
        )
    return get(event, delegation_id)


def get(event: Event, delegation_id: int) -> Delegation:
    row = event.db.execute(
        "SELECT id, name, leader_id FROM delegations WHERE id = ?", [delegation_id]
    ).fetchone()
    if row is None:
        raise NotFound("delegation_not_found", delegation=delegation_id)
    members = tuple(
        r[0]
        for r in event.db.execute(
            "SELECT guest_id FROM delegation_members WHERE delegation_id = ? ORDER BY guest_id",
            [delegation_id],
        )
    )
    return Delegation(row[0], row[1], row[2], members)


def list_delegations(event: Event) -> list[Delegation]:
    return [get(event, r[0]) for r in event.db.execute("SELECT id FROM delegations ORDER BY id")]


def arrived_ids(event: Event, item: ProgrammeItem) -> set[int]:
    """Guests with a check-in at the item still in effect (checked out later counts too)."""
    return {g for g, s in checkins.statuses(event, item.id).items() if s.first_in is not None}


def status(
    event: Event, item: ProgrammeItem, delegation: Delegation, from_round: int = 1
) -> DelegationStatus:
    plan = service.load(event, item)
    arrived = arrived_ids(event, item)
    people = plan.people
    members = [people[g] for g in delegation.members if g in people]
    missing = [p for p in members if p.id not in arrived]
    missing_ids = {p.id for p in missing}
    affected = []
    for rnd in plan.rounds:
        if rnd.number < from_round:
            continue
        for table_id, guests in sorted(plan.seating.get(rnd.number, {}).items()):
            gone = tuple(g for g in guests if g in missing_ids)
            if not gone:
                continue
            visitors_left = [g for g in guests if people[g].visitor and g not in missing_ids]
            lonely = tuple(g for g in guests if not people[g].visitor and not visitors_left)
            affected.append(AffectedTable(rnd.number, table_id, gone, lonely))
        # after a re-plan the no-shows have no seat, but their field's tables may still have
        # nobody to meet: those tables stay on the list
        for table_id, guests in sorted(plan.seating.get(rnd.number, {}).items()):
            if any(g in missing_ids or people[g].visitor for g in guests):
                continue
            theme = (plan.tables[table_id].theme or plan.tables[table_id].name).casefold()
            gone = tuple(p.id for p in missing if p.industry.casefold() == theme)
            if gone:
                affected.append(AffectedTable(rnd.number, table_id, gone, tuple(guests)))
    key = lambda p: p.sort_key  # noqa: E731
    return DelegationStatus(
        delegation,
        sorted(arrived_members(members, arrived), key=key),
        sorted(missing, key=key),
        affected,
    )


def arrived_members(members: list[Person], arrived: set[int]) -> list[Person]:
    return [p for p in members if p.id in arrived]


def replan_remaining(
    event: Event, item: ProgrammeItem, from_round: int
) -> tuple[service.ItemPlan, set[int]]:
    """Re-plan rounds ``from_round``.. around everyone expected who has not arrived.

    Earlier rounds and locked seats stay as they are. Returns the new plan and the ids of
    the participants whose schedule changed (their table or the people at it)."""
    before = service.load(event, item)
    if not 1 <= from_round <= len(before.rounds):
        raise NotFound("round_not_found", round=from_round)
    arrived = arrived_ids(event, item)
    members = service.participants(event, item, before.people)
    interpreters = service.interpreters_of(event, item, before.people)
    absent = {p.id for p in members + interpreters if p.id not in arrived}
    service.plan_item(event, item, from_round=from_round, absent=absent)
    after = service.load(event, item)
    return after, changed_schedules(before, after)


def _view(plan: service.ItemPlan, guest: int) -> list:
    out = []
    for rnd in plan.rounds:
        table = plan.table_of(rnd.number, guest)
        mates = tuple(plan.seating.get(rnd.number, {}).get(table, [])) if table else ()
        out.append((table, mates, plan.interpreters.get(rnd.number, {}).get(table)))
    return out


def changed_schedules(before: service.ItemPlan, after: service.ItemPlan) -> set[int]:
    ids = set(before.people) | set(after.people)
    return {g for g in ids if _view(before, g) != _view(after, g)}
