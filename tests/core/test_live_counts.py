"""Counts kept current guest by guest equal counts made from the whole log."""

from __future__ import annotations

import random

from checkin import checkins, guests, programme, stats


def test_counts_updated_per_guest_match_a_full_count(event):
    guests.add_guests(
        event,
        [{"given_name": f"Gast{i}", "family_name": "Test", "category": ["Guest", "Press", "VIP"][i % 3]}
         for i in range(30)],
    )  # fmt: skip
    item = programme.active_item(event)
    live = stats.LiveCounts(event, item)
    everyone = guests.list_guests(event)
    rnd = random.Random(3)
    for _ in range(120):
        guest = rnd.choice(everyone)
        action = rnd.choice(["in", "in", "out", "undo"])
        try:
            if action == "in":
                checkins.check_in(event, guest, item)
            elif action == "out":
                checkins.check_out(event, guest.id, item)
            else:
                checkins.undo(event, guest.id, item)
        except Exception:  # nothing to check out or undo for this guest: the log is unchanged
            continue
        live.update(guest.id)
        assert live.stats() == stats.item_stats(event, item), action


def test_a_guest_added_later_is_counted_when_checked_in(event):
    item = programme.active_item(event)
    live = stats.LiveCounts(event, item)
    walkin = guests.add_guest(event, given_name="Neu", family_name="Ankömmling", category="Press")
    checkins.check_in(event, walkin, item)
    live.update(walkin.id)
    counted = live.stats()
    assert counted.checked_in == stats.item_stats(event, item).checked_in
    assert counted.by_category["Press"][0] == stats.item_stats(event, item).by_category["Press"][0]
