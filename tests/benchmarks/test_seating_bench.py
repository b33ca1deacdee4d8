"""How long automatic seating and the seating printouts take for a large exchange."""

from __future__ import annotations

import random

import pytest

from checkin import guests, tables
from checkin.event import Event, EventInfo
from checkin.seating import auto, printouts

FIELDS = ["Medizintechnik", "Pflege", "Metallverarbeitung", "Lebensmittel", "IT", "Energie"]


@pytest.fixture(scope="module")
def large_event(tmp_path_factory):
    """1,000 guests (60 visitors) at 100 tables of 10."""
    rnd = random.Random(3)
    ev = Event.create(tmp_path_factory.mktemp("bench") / "large.checkin", EventInfo(name="Large"))
    for n in range(1, 101):
        tables.add_table(ev, n, name=f"Tisch {n}", theme=FIELDS[n % 6], capacity=10)
    rows = []
    for i in range(940):
        rows.append(
            dict(
                given_name=f"G{i}",
                family_name=f"Name{rnd.randrange(10**6)}",
                organisation=f"Firma {i // 2}",
                industry=rnd.choice(FIELDS),
            )
        )
    for i in range(60):
        rows.append(
            dict(
                given_name="Иван",
                family_name=f"Петров{i}",
                organisation=f"ООО {i}",
                industry=FIELDS[i % 6],
                category="Delegation",
                language="ru",
            )
        )
    guests.add_guests(ev, rows)
    yield ev
    ev.close()


def test_plan_1000_guests(benchmark, large_event):
    plan = benchmark(auto.plan_seating, large_event)
    assert len(plan.placements) + len(plan.unplaced) == 1000


def test_door_overview_1000_guests(benchmark, large_event, tmp_path):
    path = benchmark(printouts.door_overview, large_event, tmp_path / "door.pdf")
    assert path.stat().st_size > 10_000


def test_host_lists_100_tables(benchmark, large_event, tmp_path):
    auto.apply_plan(large_event, auto.plan_seating(large_event))
    path = benchmark(printouts.host_lists, large_event, tmp_path / "hosts.pdf")
    assert path.stat().st_size > 10_000
