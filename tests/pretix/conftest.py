"""Fixtures: a real pretix server for the session, a fresh pretix event per test."""

from __future__ import annotations

import itertools
import time

import pytest

from tests.pretix.server import Install, PretixServer

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pretix_server(tmp_path_factory):
    started = time.monotonic()
    install = Install.ready()
    server = PretixServer(install, tmp_path_factory.mktemp("pretix"), install.seeded).start()
    server.ready_after = time.monotonic() - started  # seconds: shown by test_fixture_timing
    yield server
    server.stop()


@pytest.fixture
def pretix_event(pretix_server):
    """An event of its own in pretix (cloned from the template: products, questions, lists)."""
    return pretix_server.new_event(f"boerse{next(_numbers)}")


@pytest.fixture
def desk(tmp_path, clock):
    """A checkin event with one programme item, for the pretix check-in list."""
    from checkin import programme
    from checkin.event import Event, EventInfo

    ev = Event.create(
        tmp_path / "boerse.checkin",
        EventInfo(name="Kooperationsbörse", languages=["de", "ru", "en"]),
        clock=clock,
    )
    item = programme.add_item(ev, "Einlass", "2027-04-20T09:00", "2027-04-20T18:00")
    programme.set_active_item(ev, item.id)
    yield ev
    ev.close()


@pytest.fixture
def connected(desk, pretix_server, pretix_event):
    """The desk's event connected to the pretix event's list "Einlass" with the desk token."""
    from checkin.pretix import connection
    from tests.pretix.server import DESK_TOKEN, ORGANIZER

    connection.connect(
        desk,
        pretix_server.url,
        ORGANIZER,
        pretix_event.slug,
        DESK_TOKEN,
        list_id=pretix_event.lists["Einlass"],
    )
    return desk
