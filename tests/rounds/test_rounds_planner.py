"""The planner on plain data: hard rules, repetition-free constructions, minimal repeats."""

from __future__ import annotations

import itertools
import random
from collections import Counter

import pytest

from checkin.rounds.planner import Place, Seatable, distinct_meetings_upper_bound, plan_rounds


def random_case(seed: int, *, fields=6, per_field=5, capacity=8, visitors=60, locals_=170):
    rnd = random.Random(seed)
    names = [f"F{i}" for i in range(fields)]
    places = [Place(100 + i, i + 1, names[i % fields], capacity) for i in range(fields * per_field)]
    people = [
        Seatable(i + 1, f"host{i}", p.theme, False, fixed_table=p.id) for i, p in enumerate(places)
    ]
    n = len(people)
    people += [Seatable(n + i + 1, f"v{i % 45}", names[i % fields], True) for i in range(visitors)]
    n = len(people)
    people += [Seatable(n + i + 1, f"l{i}", rnd.choice(names), False) for i in range(locals_)]
    return people, places


def check_hard_rules(plan, people, places, locked=None):
    by_id = {p.id: p for p in people}
    table = {p.id: p for p in places}
    for number in range(1, plan.rounds + 1):
        seated = plan.seats[number]
        # nobody at two tables: every seat belongs to exactly one guest and guest ids are unique
        listed = [g for guests in plan.tables(number).values() for g in guests]
        assert len(listed) == len(set(listed)) == len(seated)
        # capacity never exceeded
        for tid, guests in plan.tables(number).items():
            assert len(guests) <= table[tid].capacity, (number, tid)
        # themes and meeting points
        for gid, tid in seated.items():
            person = by_id[gid]
            if (locked or {}).get(number, {}).get(gid) is not None:
                continue
            if person.fixed_table is not None:
                assert tid == person.fixed_table
            else:
                assert table[tid].theme.casefold() == person.field.casefold()
        # everyone is either seated or explained
        unplaced = {u.guest for u in plan.unplaced if u.round == number}
        assert set(seated) | unplaced == set(by_id)
        assert not set(seated) & unplaced
    for number, seats in (locked or {}).items():
        for gid, tid in seats.items():
            assert plan.seats[number][gid] == tid


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_generated_plan_keeps_the_hard_rules(seed):
    people, places = random_case(seed)
    plan = plan_rounds(people, places, 4)
    check_hard_rules(plan, people, places)
    assert plan.distinct_meetings <= distinct_meetings_upper_bound(people, places, 4)
    assert plan.distinct_meetings >= 0.85 * distinct_meetings_upper_bound(people, places, 4)


def test_locked_seats_are_never_moved_even_against_the_theme():
    people, places = random_case(4)
    rnd = random.Random(4)
    movers = [p for p in people if p.fixed_table is None]
    locked = {r: {p.id: rnd.choice(places).id for p in rnd.sample(movers, 15)} for r in (1, 3)}
    plan = plan_rounds(people, places, 4, locked=locked)
    check_hard_rules(plan, people, places, locked)


def _meeting_point_round_robin(tables: int, per_table: int):
    places = [Place(i + 1, i + 1, "Metall", per_table + 1) for i in range(tables)]
    people = [
        Seatable(i + 1, f"host{i}", "Metall", False, fixed_table=i + 1) for i in range(tables)
    ]
    people += [Seatable(1000 + i, f"visitor{i}", "Metall", True) for i in range(tables * per_table)]
    return people, places


@pytest.mark.parametrize(("tables", "per_table", "rounds"), [(8, 3, 4), (8, 3, 8), (12, 5, 6)])
def test_visitors_rotating_past_fixed_hosts_never_meet_one_twice(tables, per_table, rounds):
    # A round-robin exists: visitor i sits at table (i + r) mod T in round r.
    people, places = _meeting_point_round_robin(tables, per_table)
    plan = plan_rounds(people, places, rounds)
    check_hard_rules(plan, people, places)
    assert plan.repeats == 0
    assert plan.distinct_meetings == tables * per_table * rounds
    assert plan.distinct_meetings == distinct_meetings_upper_bound(people, places, rounds)


def test_everyone_moving_pairs_of_one_visitor_and_one_local_never_repeat():
    # T tables of two seats, T visitors and T locals: a Latin square gives R <= T rounds of
    # new pairs.
    t = 10
    places = [Place(i + 1, i + 1, "IT", 2) for i in range(t)]
    people = [Seatable(i + 1, f"v{i}", "IT", True) for i in range(t)]
    people += [Seatable(100 + i, f"l{i}", "IT", False) for i in range(t)]
    plan = plan_rounds(people, places, 6)
    check_hard_rules(plan, people, places)
    assert plan.repeats == 0
    assert plan.distinct_meetings == t * 6


def test_visitors_as_meeting_points_and_locals_rotating_never_repeat():
    places = [Place(i + 1, i + 1, "Bau", 5) for i in range(6)]
    people = [Seatable(i + 1, f"v{i}", "Bau", True, fixed_table=i + 1) for i in range(6)]
    people += [Seatable(100 + i, f"l{i}", "Bau", False) for i in range(24)]
    plan = plan_rounds(people, places, 4)
    check_hard_rules(plan, people, places)
    assert plan.repeats == 0


def _brute_force_min_repeats(people, places, rounds):
    """Every plan of a tiny case: visitors move, hosts are fixed; the fewest repeats."""
    visitors = [p for p in people if p.visitor]
    hosts = {p.fixed_table: p.org for p in people if not p.visitor}
    room = {p.id: p.capacity - 1 for p in places}
    options = []
    for choice in itertools.product(list(room), repeat=len(visitors)):
        if all(Counter(choice)[t] <= room[t] for t in room):
            options.append(choice)
    best = None
    for plan in itertools.product(options, repeat=rounds):
        counts = Counter()
        for choice in plan:
            counts.update((v.org, hosts[t]) for v, t in zip(visitors, choice, strict=True))
        repeats = sum(c - 1 for c in counts.values())
        best = repeats if best is None else min(best, repeats)
    return best


@pytest.mark.parametrize("seed", range(6))
def test_repeats_are_minimal_when_they_cannot_be_avoided(seed):
    rnd = random.Random(seed)
    n_tables = rnd.choice([2, 3])
    places = [Place(i + 1, i + 1, "Pflege", rnd.choice([2, 3])) for i in range(n_tables)]
    people = [Seatable(i + 1, f"h{i}", "Pflege", False, fixed_table=i + 1) for i in range(n_tables)]
    seats = sum(p.capacity - 1 for p in places)
    people += [Seatable(50 + i, f"v{i}", "Pflege", True) for i in range(min(seats, 3))]
    rounds = 3 if n_tables == 2 else 4
    plan = plan_rounds(people, places, rounds)
    check_hard_rules(plan, people, places)
    assert plan.repeats == _brute_force_min_repeats(people, places, rounds)


def test_avoid_wish_is_honoured_and_meet_wish_comes_first():
    places = [Place(i + 1, i + 1, "Med", 2) for i in range(4)]
    hosts = [Seatable(i + 1, f"h{i}", "Med", False, fixed_table=i + 1) for i in range(4)]
    picky = Seatable(10, "omsk", "Med", True, meet=frozenset({"h2"}), avoid=frozenset({"h0"}))
    others = [Seatable(11 + i, f"v{i}", "Med", True) for i in range(3)]
    plan = plan_rounds(hosts + [picky] + others, places, 3)
    tables = [plan.seats[r][10] for r in (1, 2, 3)]
    assert 1 not in tables  # never with h0
    assert tables[0] == 3  # h2, wished for, in the first round


def test_unplaced_guests_are_explained():
    places = [Place(1, 1, "Med", 2)]
    people = [
        Seatable(1, "a", "Med", True),
        Seatable(2, "b", "Med", False),
        Seatable(3, "c", "Med", False),  # the table is full
        Seatable(4, "d", "Tourismus", False),  # no table of this field
        Seatable(5, "e", "", False),  # no field at all
        Seatable(6, "f", "Med", True),  # did not come
    ]
    plan = plan_rounds(people, places, 1, absent={6})
    reasons = {u.guest: u.reason for u in plan.unplaced}
    assert reasons == {3: "tables_full", 4: "no_table_for_field", 5: "no_field", 6: "absent"}
    assert "Tourismus" in next(u.text for u in plan.unplaced if u.guest == 4)


def test_kept_rounds_count_as_met_and_stay_unchanged():
    people, places = _meeting_point_round_robin(6, 2)
    first = plan_rounds(people, places, 4)
    again = plan_rounds(people, places, 4, keep={1: first.seats[1], 2: first.seats[2]})
    assert again.seats[1] == first.seats[1] and again.seats[2] == first.seats[2]
    assert again.repeats == 0
