"""Several desks: whichever desk pulled, every desk verifies pretix tickets offline."""

from __future__ import annotations

import json

import pytest

from checkin import guests, scanning
from checkin.checkins import Result
from checkin.pretix import connection, products, pull
from checkin.sync import snapshot
from checkin.sync.apply import apply_all
from checkin.sync.journal import Journal
from tests.pretix.server import DESK_TOKEN


@pytest.fixture
def two_desks(desk, tmp_path, clock):
    """Desk A (not connected yet) and desk B, which joined A before A connected to pretix."""
    folder = tmp_path / "sync"
    a = Journal.attach(desk, folder, desk_name="Desk A")
    b_event = snapshot.restore(snapshot.publish(desk, folder, a.desk_id), tmp_path / "b.checkin")
    b_event.clock = clock
    Journal.attach(b_event, folder, desk_name="Desk B")
    yield desk, b_event, folder
    b_event.close()


def test_a_desk_that_joined_before_the_pull_learns_the_keys_and_categories(
    two_desks, pretix_server, pretix_event
):
    a, b, folder = two_desks
    pretix_event.order({"given": "Anna", "family": "Müller"})
    connection.connect(
        a,
        pretix_server.url,
        "ihk",
        pretix_event.slug,
        DESK_TOKEN,
        list_id=pretix_event.lists["Einlass"],
    )
    pull.pull(a)
    products.set_category(a, pretix_event.items["Besucher"], "VIP")
    late = pretix_event.order({"item": "Besucher", "given": "Jörg", "family": "Weiß"})
    secret = late["positions"][0]["secret"]
    assert scanning.scan(b, secret).result.result is Result.UNKNOWN_CODE  # B knows nothing yet

    apply_all(b, folder)

    assert json.loads(b.setting(connection.KEYS)) == pretix_event.valid_keys()
    assert connection.load(b) == connection.load(a)
    result = scanning.scan(b, secret, desk="Desk B").result
    assert result.result is Result.CHECKED_IN and result.added_from_ticket
    assert result.guest.category == "VIP"  # the admin's choice at desk A
    assert b.setting(connection.PULLED_AT) is None  # B did not pull: its own pulls start afresh
    # A learns B's new guest and check-in; A's next pull fills in the name there.
    apply_all(a, folder)
    report = pull.pull(a)
    assert [u["name"] for u in report.updated] == ["Jörg Weiß"]
    assert {g.full_name for g in guests.list_guests(a)} == {"Anna Müller", "Jörg Weiß"}
