"""Automatic seating rules on generated events with several hundred guests."""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest

from checkin import guests, tables
from checkin.models import Table
from checkin.search import fold
from checkin.seating import assign, auto, matching
from checkin.seating.reasons import describe

FIELDS = ["Medizintechnik", "Pflege", "Metallverarbeitung", "Lebensmittel", "IT", "Bau und Energie"]


def _by_id(event) -> dict[int, Table]:
    return {t.id: t for t in tables.list_tables(event)}


def _seated(event) -> dict[int, list]:
    out = defaultdict(list)
    for g in guests.list_guests(event, include_cancelled=False):
        if g.table_id is not None:
            out[g.table_id].append(g)
    return out


def test_capacity_is_never_exceeded_and_everyone_fits(big_event):
    active = guests.list_guests(big_event, include_cancelled=False)
    assert len(active) > 250
    plan = auto.plan_seating(big_event)
    auto.apply_plan(big_event, plan)
    by_id = _by_id(big_event)
    for table_id, people in _seated(big_event).items():
        assert len(people) <= by_id[table_id].capacity
    # 288 seats for 278 seatable guests: nobody left over, staff left alone
    assert plan.unplaced == []
    assert {s.reason.key for s in plan.skipped} == {"category_not_seated"}
    assert len(plan.placements) + len(plan.skipped) == len(active)


def test_guests_sit_at_a_table_of_their_field(big_event):
    plan = auto.plan_seating(big_event)
    by_id = _by_id(big_event)
    people = {g.id: g for g in guests.list_guests(big_event)}
    themed = [p for p in plan.placements if people[p.guest_id].industry in FIELDS]
    assert len(themed) > 240
    off_theme = [p for p in themed if by_id[p.table_id].theme != people[p.guest_id].industry]
    # only the few that had to move when a field's tables filled up
    assert all(p.reason.key in ("field_full", "organisation_split") for p in off_theme)
    assert len(off_theme) < len(themed) * 0.05
    orphans = [p for p in plan.placements if people[p.guest_id].industry == "Tourismus"]
    assert {p.reason.key for p in orphans} == {"no_matching_table"}
    assert "Tourismus" in describe(orphans[0].reason)


def test_each_delegation_is_spread_over_its_field_tables(big_event):
    plan = auto.plan_seating(big_event)
    auto.apply_plan(big_event, plan)
    by_id = _by_id(big_event)
    seated = _seated(big_event)
    for country in ("Russia", "Kazakhstan"):
        per_field: dict[str, Counter] = defaultdict(Counter)
        for table_id, people in seated.items():
            members = [g for g in people if g.extra.get("country") == country]
            per_field[by_id[table_id].theme][table_id] += len(members)
        for theme, counts in per_field.items():
            field_tables = [t.id for t in by_id.values() if t.theme == theme]
            spread = [counts.get(t, 0) for t in field_tables]
            if sum(spread):
                # no table takes a second visitor before every table of the field has one
                # (colleagues of one organisation travel as a pair, hence the 2)
                assert max(spread) - min(spread) <= 2, (country, theme, spread)
    # every table with visitors also has local companies to meet
    for people in seated.values():
        if any(g.category == "Delegation" for g in people):
            assert any(g.category == "Guest" for g in people)


def test_visitors_are_not_clustered_when_singles(make_event):
    """Ten visitors of one field, five tables of it: exactly two per table."""
    ev = make_event(
        "spread", omsk=0, astana=0, locals_=60, orphans=0, no_field=0, tables_per_field=5
    )
    for i in range(10):
        guests.add_guest(
            ev,
            given_name="Пётр",
            family_name=f"Гость{i}",
            organisation=f"Org {i}",
            industry="IT",
            category="Delegation",
            language="ru",
        )
    plan = auto.plan_seating(ev)
    it_tables = [t.id for t in tables.list_tables(ev) if t.theme == "IT"]
    visitors = {g.id for g in guests.list_guests(ev) if g.category == "Delegation"}
    counts = Counter(p.table_id for p in plan.placements if p.guest_id in visitors)
    assert sorted(counts[t] for t in it_tables) == [2, 2, 2, 2, 2]
    assert all(
        p.reason.key == "delegation_spread" for p in plan.placements if p.guest_id in visitors
    )


def test_locked_guests_are_never_moved(big_event):
    by_number = {t.number: t for t in tables.list_tables(big_event)}
    people = guests.list_guests(big_event, include_cancelled=False)
    # lock 20 guests at tables that do NOT match their field, and overfill table 1
    locked = {}
    for i, g in enumerate(p for p in people if p.industry == "IT"):
        if i == 20:
            break
        table = by_number[1 + i % 3]  # Medizintechnik tables
        assign.assign(big_event, g.id, table.id)
        locked[g.id] = table.id
    for g in people[:3]:
        if g.id not in locked and g.category != "Staff":
            assign.assign(big_event, g.id, by_number[1].id)
            locked[g.id] = by_number[1].id
    plan = auto.plan_seating(big_event)
    auto.apply_plan(big_event, plan)
    for guest_id, table_id in locked.items():
        g = guests.get_guest(big_event, guest_id)
        assert g.table_id == table_id and g.table_locked
    kept = [p for p in plan.placements if p.locked]
    assert {p.guest_id for p in kept} == set(locked)
    assert all(p.reason.key == "locked" for p in kept)
    # automatic seating added nobody to the tables the locks filled
    by_id = _by_id(big_event)
    for table_id, people_at in _seated(big_event).items():
        unlocked = [g for g in people_at if not g.table_locked]
        if unlocked:
            assert len(people_at) <= by_id[table_id].capacity


def test_same_organisation_sits_together(big_event):
    plan = auto.plan_seating(big_event)
    people = {g.id: g for g in guests.list_guests(big_event)}
    tables_of_org = defaultdict(set)
    for p in plan.placements:
        org = fold(people[p.guest_id].organisation)
        if org:
            tables_of_org[org].add(p.table_id)
    split = [p for p in plan.placements if p.reason.key == "organisation_split"]
    split_orgs = {fold(people[p.guest_id].organisation) for p in split}
    multi = [org for org, ids in tables_of_org.items() if len(ids) > 1]
    assert set(multi) <= split_orgs
    big_orgs = [
        org
        for org in tables_of_org
        if sum(fold(g.organisation) == org for g in people.values()) >= 3
    ]
    assert len(big_orgs) > 10
    assert sum(len(tables_of_org[o]) == 1 for o in big_orgs) >= len(big_orgs) - len(split_orgs)


def test_organisations_spread_when_asked(big_event):
    plan = auto.plan_seating(big_event, auto.Options(keep_organisations_together=False))
    people = {g.id: g for g in guests.list_guests(big_event)}
    per_table = Counter()
    for p in plan.placements:
        org = fold(people[p.guest_id].organisation)
        if org:
            per_table[(org, p.table_id)] += 1
    # organisations have at most 4 people and each field 4 tables: nobody shares a table
    assert max(per_table.values()) == 1
    assert plan.unplaced == []


def test_unplaceable_guests_are_reported_with_a_reason(make_event):
    ev = make_event("full", capacity=8)  # 192 seats for 278 guests
    plan = auto.plan_seating(ev)
    seats = sum(t.capacity for t in tables.list_tables(ev))
    assert len(plan.placements) == seats
    assert len(plan.unplaced) == 278 - seats
    assert {u.reason.key for u in plan.unplaced} == {"event_full"}
    assert describe(plan.unplaced[0].reason) == "No free seat left at any table."
    auto.apply_plan(ev, plan)
    for u in plan.unplaced:
        assert guests.get_guest(ev, u.guest_id).table_id is None


def test_without_overflow_guests_of_full_fields_stay_unseated(make_event):
    ev = make_event("strict", capacity=8)
    plan = auto.plan_seating(ev, auto.Options(overflow=False))
    keys = Counter(u.reason.key for u in plan.unplaced)
    assert keys["no_matching_table_unplaced"] == 6  # the Tourismus guests
    assert keys["field_full_unplaced"] > 0
    by_id = _by_id(ev)
    people = {g.id: g for g in guests.list_guests(ev)}
    for p in plan.placements:
        industry = people[p.guest_id].industry
        if industry:
            assert by_id[p.table_id].theme == industry


def test_dry_run_writes_nothing_and_apply_logs_reasons(big_event):
    before = [(g.id, g.table_id) for g in guests.list_guests(big_event)]
    plan = auto.plan_seating(big_event)
    assert [(g.id, g.table_id) for g in guests.list_guests(big_event)] == before
    assert big_event.db["seating_log"].count == 0
    changed = auto.apply_plan(big_event, plan)
    assert changed == len(plan.moves) > 250
    reasons = assign.latest_reasons(big_event)
    some = plan.placements[0]
    assert reasons[some.guest_id] == some.reason
    # planning again changes nobody: the plan is stable
    again = auto.plan_seating(big_event)
    assert again.moves == []


def test_only_unseated_keeps_current_seats(big_event):
    auto.apply_plan(big_event, auto.plan_seating(big_event))
    first = {g.id: g.table_id for g in guests.list_guests(big_event)}
    newcomer = guests.add_guest(big_event, given_name="Neu", family_name="Gast", industry="IT")
    plan = auto.plan_seating(big_event, auto.Options(only_unseated=True))
    assert [p.guest_id for p in plan.moves] == [newcomer.id]
    assert all(
        p.table_id == first[p.guest_id] for p in plan.placements if p.guest_id != newcomer.id
    )


@pytest.mark.parametrize(
    ("industry", "theme", "name", "matches"),
    [
        ("Bau und Energie", "Bau & Energie", "", True),
        ("energie", "Bau und Energie", "", True),
        ("Medizintechnik", "Medizintechnik", "", True),
        ("IT", "Pflege", "Pflege & Gesundheit", False),
        ("Pflege", "", "Pflege & Gesundheit", True),
        ("", "Pflege", "", False),
    ],
)
def test_match_score(industry, theme, name, matches):
    table = Table(id=1, number=1, name=name, theme=theme)
    assert (matching.match_score(industry, table) > 0) is matches


def test_no_tables_reported(event):
    for t in tables.list_tables(event):
        assign.remove_table(event, t.id)
    plan = auto.plan_seating(event)
    assert plan.placements == []
    assert {u.reason.key for u in plan.unplaced} == {"no_tables"}


def test_manual_assignment_is_logged_and_removing_a_table_unseats(event):
    from checkin import audit

    anna = next(g for g in guests.list_guests(event) if g.family_name == "Müller")
    t1, t2 = tables.list_tables(event)
    change = assign.assign(event, anna.id, t2.id)
    assert change.guest.table_locked and change.previous_table_id == t1.id
    assert change.seated == 2 and not change.over_capacity
    [entry] = assign.history(event, anna.id)
    assert (entry.source, entry.reason.key, entry.reason.params) == (
        "manual",
        "manual",
        {"table": 2},
    )
    edits = [e for e in audit.entries(event, anna.id) if e.details.get("table_id")]
    assert edits[-1].details["table_id"] == [t1.id, t2.id]
    at_two = sorted(g.id for g in guests.list_guests(event) if g.table_id == t2.id)
    assert assign.remove_table(event, t2.id) == at_two == [1, 2]
    anna = guests.get_guest(event, anna.id)
    assert anna.table_id is None and not anna.table_locked
    assert assign.latest_reasons(event)[anna.id].key == "manual_unseated"


def test_named_delegation_members_are_spread_as_visitors(make_event):
    """Members of a delegation created in the rounds module count as visitors of it."""
    ev = make_event(
        "named", omsk=0, astana=0, locals_=80, orphans=0, no_field=0, tables_per_field=3
    )
    members = []
    for i in range(6):
        members.append(
            guests.add_guest(
                ev,
                given_name="Gast",
                family_name=f"Omsk{i}",
                organisation=f"Omsk Org {i}",
                industry="Pflege",
                category="VIP",
            ).id
        )
    with ev.db.conn:
        ev.db["delegations"].insert({"id": 1, "name": "Omsk 2027", "leader_id": members[0]})
        ev.db["delegation_members"].insert_all({"delegation_id": 1, "guest_id": m} for m in members)
    plan = auto.plan_seating(ev)
    placed = [p for p in plan.placements if p.guest_id in members]
    assert {p.reason.key for p in placed} == {"delegation_spread"}
    assert placed[0].reason.params["delegation"] == "Omsk 2027"
    assert sorted(Counter(p.table_id for p in placed).values()) == [2, 2, 2]
