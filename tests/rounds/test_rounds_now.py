"""The guest's round now and next at check-in time, from the event clock."""

from __future__ import annotations

from datetime import datetime

import pytest

from checkin import guests, programme, tables
from checkin.rounds import interpreters, model, now


def venue_time(hour: int, minute: int) -> datetime:
    """A wall-clock time at the venue on the exchange day, as the clock would give it."""
    return datetime(2027, 4, 20, hour, minute).astimezone()


@pytest.fixture
def seated(event):
    """Three rounds from 10:00 (25 minutes, 5 minutes pause); Ivan moves 1 → 2 → 1."""
    item = programme.active_item(event)
    model.set_rounds(event, item, 3, first_start="2027-04-20T10:00", minutes=25, pause=5)
    t1, t2 = tables.list_tables(event)
    ivan = next(g for g in guests.list_guests(event) if g.family_name == "Парфёнов")
    for number, table in ((1, t1), (2, t2), (3, t1)):
        model.set_seat(event, item.id, number, ivan.id, table.id)
    return event, item, ivan, (t1, t2)


def test_inside_round_one_the_round_now_and_the_next(seated):
    event, item, ivan, _ = seated
    found = now.now_and_next(event, item.id, ivan.id, venue_time(10, 5))
    assert (found.now.round, found.now.table_number, found.now.theme) == (1, 1, "Medizintechnik")
    assert found.now.time_range == "10:00–10:25"
    assert [(s.round, s.table_number) for s in found.coming] == [(2, 2), (3, 1)]
    assert found.main is found.now
    assert (found.after_main.round, found.after_main.theme) == (2, "Pflege")


def test_before_the_first_round_and_in_the_pause(seated):
    event, item, ivan, _ = seated
    early = now.now_and_next(event, item.id, ivan.id, venue_time(9, 15))
    assert early.now is None
    assert (early.main.round, early.after_main.round) == (1, 2)
    pause = now.now_and_next(event, item.id, ivan.id, venue_time(10, 27))
    assert pause.now is None
    assert (pause.main.round, pause.main.table_number) == (2, 2)
    assert pause.after_main.round == 3
    last = now.now_and_next(event, item.id, ivan.id, venue_time(11, 10))
    assert (last.now.round, last.after_main) == (3, None)


def test_nothing_after_the_rounds_or_without_a_seat(seated):
    event, item, ivan, _ = seated
    assert now.now_and_next(event, item.id, ivan.id, venue_time(11, 25)) is None
    anna = next(g for g in guests.list_guests(event) if g.family_name == "Müller")
    assert now.now_and_next(event, item.id, anna.id, venue_time(10, 5)) is None
    other = programme.add_item(event, "Empfang", "2027-04-20T18:00", "2027-04-20T20:00")
    assert now.now_and_next(event, other.id, ivan.id, venue_time(10, 5)) is None


def test_the_event_clock_is_the_default(seated, clock):
    event, item, ivan, _ = seated
    clock.now = venue_time(10, 40)
    found = now.now_and_next(event, item.id, ivan.id)
    assert (found.now.round, found.now.table_number) == (2, 2)


def test_an_interpreter_sees_where_they_interpret(seated):
    event, item, _, (t1, _) = seated
    interpreter = guests.add_guest(
        event, given_name="Olga", family_name="Weber", category="Interpreter", language="de"
    )
    interpreters.assign_by_hand(event, item.id, 1, t1.id, interpreter.id)
    found = now.now_and_next(event, item.id, interpreter.id, venue_time(10, 1))
    assert found.now.interpreting and found.now.table_number == 1
    assert now.theme_line("ru", found.now) == "Medizintechnik (Вы переводите)"


def test_texts_in_the_guests_language(seated):
    event, item, ivan, _ = seated
    found = now.now_and_next(event, item.id, ivan.id, venue_time(10, 5))
    assert now.caption("ru", found.now, now=True) == "Сейчас · Раунд 1 · 10:00–10:25"
    assert now.caption("de", found.now, now=False) == "Runde 1 · 10:00–10:25"
    assert now.next_line("en", found.after_main) == "Next: Round 2 · 10:30–10:55 – Table 2, Pflege"
    assert now.next_line("xx", found.after_main).startswith("Next:")  # unknown: English
