"""One answer to "where does this guest sit now, and what is that seat"."""

from __future__ import annotations

from datetime import datetime

import pytest

from checkin import guests, programme, tables
from checkin.badges import content
from checkin.badges.designs.prepare import badge_values
from checkin.rounds import model
from checkin.seating import place
from checkin.seating.place import PlaceKind


@pytest.fixture
def exchange(event, clock):
    """Three rounds from 10:00; Ivan sits at table 2 but the rounds move him 1 → 2 → 1."""
    item = programme.active_item(event)
    model.set_rounds(event, item, 3, first_start="2027-04-20T10:00", minutes=25, pause=5)
    t1, t2 = tables.list_tables(event)
    ivan = next(g for g in guests.list_guests(event) if g.family_name == "Парфёнов")
    for number, table in ((1, t1), (2, t2), (3, t1)):
        model.set_seat(event, item.id, number, ivan.id, table.id)
    return event, item, ivan


def at(hour, minute):
    return datetime(2027, 4, 20, hour, minute).astimezone()


def test_the_place_follows_the_rounds_then_falls_back_to_the_seat(exchange):
    event, item, ivan = exchange
    before = place.place_of(event, ivan.id, item, at(9, 0))
    assert (before.kind, before.round, before.table_number) == (PlaceKind.ROUND_NEXT, 1, 1)
    assert [s.round for s in before.later] == [2, 3]
    during = place.place_of(event, ivan.id, item, at(10, 40))
    assert (during.kind, during.round, during.table_number) == (PlaceKind.ROUND_NOW, 2, 2)
    assert during.theme == "Pflege" and during.time_range == "10:30–10:55"
    between = place.place_of(event, ivan.id, item, at(10, 57))
    assert (between.kind, between.round, between.table_number) == (PlaceKind.ROUND_NEXT, 3, 1)
    after = place.place_of(event, ivan.id, item, at(12, 0))
    assert (after.kind, after.table_number) == (PlaceKind.TABLE, 2)  # his seat again


def test_an_item_without_rounds_and_a_guest_without_a_table(exchange):
    event, item, ivan = exchange
    visits = next(i for i in programme.list_items(event) if i.id != item.id)
    seat = place.place_of(event, ivan.id, visits, at(10, 40))
    assert (seat.kind, seat.table_number, seat.theme) == (PlaceKind.TABLE, 2, "Pflege")
    joerg = next(g for g in guests.list_guests(event) if g.family_name == "Weiß")
    assert place.place_of(event, joerg.id, item, at(10, 40)) is None


def test_places_for_a_list_agree_with_place_of(exchange):
    event, item, ivan = exchange
    for moment in (at(9, 0), at(10, 40), at(10, 57), at(12, 0)):
        every = place.places(event, item, moment)
        for g in guests.list_guests(event):
            assert every.get(g.id) == place.place_of(event, g.id, item, moment)


def test_a_badge_never_prints_a_table_the_rounds_contradict(exchange):
    event, item, ivan = exchange
    anna = next(g for g in guests.list_guests(event) if g.family_name == "Müller")
    badges = {v.content.guest_id: v.content for v in badge_values(event, [ivan, anna])}
    assert badges[ivan.id].table_label == "Столы по раундам: 1 · 2 · 1"
    assert badges[ivan.id].table_theme == ""
    assert badges[anna.id].table_label == "Tisch 1"  # no rounds: her table
    assert content.label("by_round", "de") == "Tische je Runde"
    # Rounds that keep the guest at their own table: the table, as always.
    t2 = tables.list_tables(event)[1]
    for number in (1, 3):
        model.set_seat(event, item.id, number, ivan.id, t2.id)
    ivan_again = guests.get_guest(event, ivan.id)
    assert badge_values(event, [ivan_again])[0].content.table_label == "Стол 2"
