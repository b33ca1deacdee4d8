"""Counts per item and category; the demo event is realistic and consistent."""

from __future__ import annotations

from collections import Counter

from checkin import checkins, guests, programme, stats, tables


def test_counts_follow_the_log(event):
    item = programme.active_item(event)
    people = guests.list_guests(event)
    checkins.check_in(event, people[0])
    checkins.check_in(event, people[1])
    checkins.check_out(event, people[1].id)
    checkins.check_in(event, people[2])
    checkins.undo(event, people[2].id)
    s = stats.item_stats(event, item)
    assert (s.expected, s.checked_in, s.present, s.checked_out) == (3, 2, 1, 1)
    assert sum(a for a, _ in s.by_category.values()) == 2


def test_cancelled_guests_are_not_expected(event):
    anna = guests.list_guests(event)[0]
    guests.set_cancelled(event, anna.id)
    assert stats.item_stats(event, programme.active_item(event)).expected == 2


def test_demo_event_is_a_realistic_exchange(demo_event):
    ev = demo_event
    people = guests.list_guests(ev)
    assert 75 <= len(people) <= 90
    delegation = [g for g in people if g.category == "Delegation"]
    assert len(delegation) == 11
    assert all(any("\u0400" <= ch <= "\u04ff" for ch in g.family_name) for g in delegation)
    assert any(ch in "".join(g.family_name for g in people) for ch in "äöüß")
    assert any("-" in g.family_name for g in people)  # double-barrelled names
    cats = Counter(g.category for g in people)
    assert cats["Press"] >= 2 and cats["Staff"] >= 2
    items = programme.list_items(ev)
    assert len(items) == 5 and len({i.starts[:10] for i in items}) == 5
    exchange = programme.active_item(ev)
    assert "Kooperationsbörse" in exchange.name
    all_tables = tables.list_tables(ev)
    assert {"Medizintechnik", "Pflege", "Metallverarbeitung"} <= {t.theme for t in all_tables}
    counts = tables.seated_counts(ev)
    for t in all_tables:
        seated = [g for g in people if g.table_id == t.id and not g.cancelled]
        cats_here = {g.category for g in seated}
        assert {"Delegation", "Guest"} <= cats_here, t  # every table mixes visitors and locals
        assert counts[t.id] <= t.capacity
    exchange_guests = [
        g for g in people if g.category in ("Delegation", "Guest") and not g.cancelled
    ]
    assert all(g.table_id for g in exchange_guests)


def test_demo_guest_checks_in_at_the_exchange(demo_event):
    ivan = next(g for g in guests.list_guests(demo_event) if g.family_name == "Парфёнов")
    result = checkins.check_in(demo_event, guests.badge_code(demo_event, ivan))
    assert result.result is checkins.Result.CHECKED_IN
    assert result.table.theme == "Medizintechnik"
