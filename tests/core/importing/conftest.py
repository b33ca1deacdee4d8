"""Fixtures for import tests."""

from __future__ import annotations

import pytest

from checkin import tables
from checkin.event import Event, EventInfo


@pytest.fixture
def empty_event(tmp_path, clock):
    """An event with three tables and no guests."""
    ev = Event.create(tmp_path / "import.checkin", EventInfo(name="Importbörse"), clock=clock)
    tables.add_table(ev, 1, name="Medizintechnik", theme="Medizintechnik")
    tables.add_table(ev, 2, name="Pflege", theme="Pflege")
    tables.add_table(ev, 3, name="Logistik", theme="Logistik")
    yield ev
    ev.close()
