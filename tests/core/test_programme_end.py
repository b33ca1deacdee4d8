"""When a programme item is over: no-shows are counted only then."""

from __future__ import annotations

from datetime import UTC, datetime

from checkin import programme


def test_an_item_ends_at_its_end_time_else_with_its_day(event, clock):
    exchange = next(i for i in programme.list_items(event) if i.all_guests)
    clock.now = datetime(2027, 4, 20, 6, 0, tzinfo=UTC)
    assert not programme.has_ended(event, exchange)
    clock.now = datetime(2027, 4, 21, 6, 0, tzinfo=UTC)
    assert programme.has_ended(event, exchange)
    undated_end = programme.add_item(event, "Empfang", "2027-04-25T18:00", "")
    assert not programme.has_ended(event, undated_end)
    clock.now = datetime(2027, 4, 27, 0, 0, tzinfo=UTC)
    assert programme.has_ended(event, undated_end)
    never_dated = programme.add_item(event, "Nachtreffen", "", "")
    assert not programme.has_ended(event, never_dated)  # no date, no event end: not known
