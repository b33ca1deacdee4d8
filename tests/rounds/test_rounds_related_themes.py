"""Related themes: visitors move between the tables of two related themes across rounds
(the demo's exchange uses it so that its visitors meet more companies)."""

from __future__ import annotations

from checkin import programme
from checkin.rounds import model, service
from checkin.rounds.planner import Place, Seatable, plan_rounds


def _two_themes():
    places = [Place(1, 1, "Medizintechnik", 10), Place(2, 2, "Pflege", 10)]
    people = [Seatable(1, "host-med", "Medizintechnik", False, fixed_table=1)]
    people += [Seatable(2, "host-pfl", "Pflege", False, fixed_table=2)]
    people += [Seatable(10 + i, f"med{i}", "Medizintechnik", False) for i in range(5)]
    people += [Seatable(20 + i, f"pfl{i}", "Pflege", False) for i in range(5)]
    people += [Seatable(31, "omsk-med", "Medizintechnik", True)]
    people += [Seatable(32, "omsk-pfl", "Pflege", True)]
    return people, places


def test_without_related_themes_visitors_stay_at_their_theme():
    people, places = _two_themes()
    plan = plan_rounds(people, places, 2)
    assert [plan.seats[n][31] for n in (1, 2)] == [1, 1]
    assert plan.distinct_meetings == 12  # each visitor meets their own table's 6 companies


def test_related_themes_let_visitors_meet_both_tables_without_repeats():
    people, places = _two_themes()
    related = {"Medizintechnik": {"Pflege"}, "Pflege": {"Medizintechnik"}}
    plan = plan_rounds(people, places, 2, related=related)
    assert [plan.seats[n][31] for n in (1, 2)] == [1, 2]  # own theme first, then the other
    assert [plan.seats[n][32] for n in (1, 2)] == [2, 1]
    assert plan.repeats == 0
    assert plan.distinct_meetings == 24  # both visitors meet all 12 companies
    for number in (1, 2):  # locals never leave their theme's table
        assert all(plan.seats[number][10 + i] == 1 for i in range(5))


def test_no_table_of_related_themes_is_left_without_a_visitor():
    """Three rounds, two tables: round 3 repeats for everyone, but both tables keep a visitor
    although one table would give fewer repeats."""
    places = [Place(1, 1, "Metall", 14), Place(2, 2, "Bau", 14)]
    people = [Seatable(1, "host-m", "Metall", False, fixed_table=1)]
    people += [Seatable(2, "host-b", "Bau", False, fixed_table=2)]
    people += [Seatable(10 + i, f"m{i}", "Metall", False) for i in range(8)]
    people += [Seatable(30 + i, f"b{i}", "Bau", False) for i in range(3)]
    people += [Seatable(50 + i, f"v{i}", "Metall", True) for i in range(3)]
    plan = plan_rounds(people, places, 3, related={"Metall": {"Bau"}})
    for number in (1, 2, 3):
        tables_with_visitors = {plan.seats[number][50 + i] for i in range(3)}
        assert tables_with_visitors == {1, 2}, number


def test_the_demo_exchange_moves_visitors_between_related_tables(demo_event):
    item = programme.active_item(demo_event)
    assert model.related_themes(demo_event)["Pflege"] == {"Medizintechnik"}
    plan = service.load(demo_event, item)
    visitors = [p.id for p in plan.people.values() if p.visitor]
    moving = [g for g in visitors if len(set(plan.guest_tables(g).values())) > 1]
    assert len(moving) >= 6
    for rnd in plan.rounds:  # every table still has a visitor to meet in every round
        for table_id, guests in plan.seating[rnd.number].items():
            assert any(plan.people[g].visitor for g in guests), (rnd.number, table_id)
