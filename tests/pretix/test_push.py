"""Push: every check-in goes to pretix with its own time, once, and a cut-off push resumes."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from checkin import checkins, guests, scanning
from checkin.errors import PretixError
from checkin.pretix import connection, pull, push
from checkin.pretix.client import PretixClient
from checkin.pretix.tickets import ticket_secret
from tests.pretix.proxy import LosingProxy
from tests.pretix.server import DESK_TOKEN, ORGANIZER


def _arrive(event, pretix_event, names, desk="Eingang"):
    """Order a ticket per name, pull, and scan them all in: the check-ins' log entries."""
    for given, family in names:
        pretix_event.order({"given": given, "family": family})
    pull.pull(event)
    entries = []
    for g in sorted(guests.list_guests(event), key=lambda g: g.id):
        result = scanning.scan(event, ticket_secret(event, g.id), desk=desk).result
        assert result.result is checkins.Result.CHECKED_IN
        entries.append(result.entry)
    return entries


def _times(pretix_event):
    return [(c["type"], datetime.fromisoformat(c["datetime"])) for c in pretix_event.checkins()]


def _z(at: str) -> datetime:
    return datetime.fromisoformat(at)


FIVE = [
    ("Anna", "Müller"),
    ("Иван", "Парфёнов"),
    ("Jörg", "Weiß"),
    ("Ирина", "Соколова"),
    ("Ludwig", "van der Berg"),
]


def test_push_hands_every_check_in_to_pretix_with_its_time_and_again_changes_nothing(
    connected, pretix_event, clock
):
    entries = _arrive(connected, pretix_event, FIVE[:3])
    clock.now += timedelta(minutes=40)
    anna = entries[0].guest_id
    checkins.check_out(connected, anna, desk="Eingang")
    assert len(push.plan(connected).pending) == 4

    report = push.push(connected)

    assert (report.pushed, report.refused, report.remaining) == (4, [], 0)
    status = pretix_event.list_status()
    assert (status["checkin_count"], status["inside_count"]) == (3, 2)
    expected = [("entry", _z(e.at)) for e in entries]
    expected.append(("exit", _z(checkins.status(connected, anna, entries[0].item_id).last.at)))
    assert sorted(_times(pretix_event)) == sorted(expected)
    # Pushing again sends nothing; even if this desk forgot what it pushed, pretix counts once.
    assert push.push(connected).pushed == 0
    with connected.writing():
        connected.db.execute("DELETE FROM pretix_pushes")
    assert push.push(connected).pushed == 4  # sent again, with the same nonces
    assert len(pretix_event.checkins()) == 4
    assert pretix_event.list_status()["inside_count"] == 2


def test_a_push_cut_off_half_way_resumes_without_counting_twice(connected, pretix_event):
    _arrive(connected, pretix_event, FIVE)
    proxy = LosingProxy(pretix_event.server.url)
    try:
        cut = PretixClient(proxy.url, ORGANIZER, DESK_TOKEN, timeout=10)
        proxy.lose_after(3)  # three answers arrive; pretix acts on the 4th, its answer is lost
        with pytest.raises(PretixError) as failure:
            push.push(connected, client=cut)
    finally:
        proxy.close()
    assert failure.value.key == "pretix_unreachable"
    plan = push.plan(connected)
    assert (plan.pushed, len(plan.pending)) == (3, 2)
    assert pretix_event.list_status()["checkin_count"] == 4  # the 4th arrived all the same

    report = push.push(connected)  # back online

    assert (report.pushed, report.remaining) == (2, 0)
    assert pretix_event.list_status()["checkin_count"] == 5
    assert len(pretix_event.checkins()) == 5


def test_undone_check_ins_are_withdrawn_or_annulled(connected, pretix_event, clock):
    entries = _arrive(connected, pretix_event, FIVE[:2])
    anna, ivan = entries[0].guest_id, entries[1].guest_id
    checkins.undo(connected, anna, desk="Eingang")  # a mistake, noticed before the push
    assert push.push(connected).pushed == 1
    assert push.plan(connected).withdrawn == 1
    clock.now += timedelta(minutes=2)
    checkins.undo(connected, ivan, desk="Eingang")  # noticed after the push
    report = push.push(connected)
    assert report.annulled == 1
    assert pretix_event.list_status()["checkin_count"] == 0
    assert push.plan(connected).pending == []


def test_walk_ins_are_reported_not_invented(connected, pretix_event):
    _arrive(connected, pretix_event, FIVE[:1])
    walk_in = guests.add_guest(connected, given_name="Spontan", family_name="Gast")
    checkins.check_in(connected, walk_in, desk="Eingang")
    report = push.push(connected)
    assert report.pushed == 1
    assert report.walk_ins == [{"guest_id": walk_in.id, "name": "Spontan Gast", "checkins": 1}]
    assert pretix_event.list_status()["position_count"] == 1  # pretix has no ticket for them


def test_a_ticket_pretix_does_not_know_is_refused_once_and_reported(connected, pretix_event):
    _arrive(connected, pretix_event, FIVE[:1])
    stranger = guests.add_guest(
        connected, given_name="Eventbrite", family_name="Gast", external_barcode="EB-123456"
    )
    checkins.check_in(connected, stranger, desk="Eingang")
    report = push.push(connected)
    assert report.pushed == 1
    assert [(r["name"], r["detail"]) for r in report.refused] == [("Eventbrite Gast", "invalid")]
    assert push.plan(connected).pending == []  # not retried on every push
    assert [r["name"] for r in push.plan(connected).refused] == ["Eventbrite Gast"]


def test_check_ins_from_another_desk_are_pushed_once_whichever_desk_pushes(
    connected, pretix_event, tmp_path, clock
):
    from checkin.sync import snapshot
    from checkin.sync.apply import apply_all
    from checkin.sync.journal import Journal

    _arrive(connected, pretix_event, FIVE[:2])
    folder = tmp_path / "sync"
    a = Journal.attach(connected, folder, desk_name="Desk A")
    desk_b = snapshot.restore(
        snapshot.publish(connected, folder, a.desk_id), tmp_path / "b.checkin"
    )
    try:
        desk_b.clock = clock
        Journal.attach(desk_b, folder, desk_name="Desk B")
        walk_in = guests.add_guest(desk_b, given_name="Olga", family_name="Smirnova")
        ivan = next(g for g in guests.list_guests(desk_b) if g.family_name == "Парфёнов")
        checkins.check_out(desk_b, ivan.id, desk="Desk B")
        checkins.check_in(desk_b, walk_in, desk="Desk B")
        apply_all(connected, folder)
        report = push.push(connected)  # desk A pushes A's and B's check-ins
        assert report.pushed == 3 and [w["name"] for w in report.walk_ins] == ["Olga Smirnova"]
        # Desk B connects on its own laptop and pushes the same check-ins: pretix counts once.
        connection.connect(
            desk_b,
            pretix_event.server.url,
            ORGANIZER,
            pretix_event.slug,
            DESK_TOKEN,
            list_id=pretix_event.lists["Einlass"],
        )
        apply_all(desk_b, folder)
        assert push.push(desk_b).pushed == 3
    finally:
        desk_b.close()
    assert len(pretix_event.checkins()) == 3
    assert pretix_event.list_status()["inside_count"] == 1
