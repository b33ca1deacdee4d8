"""Generated events for the seating rules: hundreds of guests, themed tables, delegations."""

from __future__ import annotations

import random

import pytest

from checkin import guests, tables
from checkin.event import Event, EventInfo

FIELDS = ["Medizintechnik", "Pflege", "Metallverarbeitung", "Lebensmittel", "IT", "Bau und Energie"]


def generate(
    path,
    *,
    seed: int = 7,
    tables_per_field: int = 4,
    capacity: int = 12,
    locals_: int = 230,
    omsk: int = 24,
    astana: int = 10,
    orphans: int = 6,
    no_field: int = 8,
) -> Event:
    """An exchange with FIELDS x tables_per_field tables and locals, two delegations,
    organisations of one to four people, guests whose field has no table, guests without a field.
    """
    rnd = random.Random(seed)
    event = Event.create(path, EventInfo(name="Generated exchange"))
    number = 1
    for field in FIELDS:
        for _ in range(tables_per_field):
            tables.add_table(
                event,
                number,
                name=f"{field} {number}",
                theme=field,
                capacity=capacity,
                host=f"Host {number}",
            )
            number += 1
    rows = []
    org_no = 0
    while len(rows) < locals_:
        org_no += 1
        field = rnd.choice(FIELDS)
        for person in range(rnd.choice([1, 1, 1, 2, 2, 3, 4])):
            rows.append(
                dict(
                    given_name=f"Local{org_no}",
                    family_name=f"Person{person}",
                    organisation=f"Firma {org_no} GmbH",
                    industry=field,
                    category="Guest",
                    language="de",
                )
            )
    rows = rows[:locals_]
    for i in range(omsk):
        rows.append(
            dict(
                given_name="Иван",
                family_name=f"Омский{i}",
                organisation=f"ООО «Омск-{i // 2}»",
                industry=FIELDS[i // 2 % 6],
                category="Delegation",
                language="ru",
                extra={"country": "Russia"},
            )
        )
    for i in range(astana):
        rows.append(
            dict(
                given_name="Aigerim",
                family_name=f"Astana{i}",
                organisation=f"TOO Astana-{i}",
                industry=FIELDS[i % 3],
                category="Delegation",
                language="ru",
                extra={"country": "Kazakhstan"},
            )
        )
    for i in range(orphans):
        rows.append(
            dict(
                given_name="Ohne",
                family_name=f"Tisch{i}",
                organisation=f"Reise {i}",
                industry="Tourismus",
                category="Guest",
            )
        )
    for i in range(no_field):
        rows.append(
            dict(given_name="Frei", family_name=f"Platz{i}", organisation="", category="VIP")
        )
    for i in range(3):
        rows.append(dict(given_name="Staff", family_name=f"Member{i}", category="Staff"))
    guests.add_guests(event, rows)
    return event


@pytest.fixture
def big_event(tmp_path):
    ev = generate(tmp_path / "big.checkin")
    yield ev
    ev.close()


@pytest.fixture
def make_event(tmp_path):
    """Factory: ``make_event(name, **generate_kwargs)`` builds a generated event file."""
    made = []

    def make(name: str = "generated", **kwargs) -> Event:
        ev = generate(tmp_path / f"{name}.checkin", **kwargs)
        made.append(ev)
        return ev

    yield make
    for ev in made:
        ev.close()
