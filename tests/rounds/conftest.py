"""Generated exchanges: fields, themed tables, local companies, visitors, interpreters."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field

import pytest

from checkin import guests, programme, tables
from checkin.event import Event, EventInfo
from checkin.rounds import model


@dataclass
class Exchange:
    event: Event
    item: object
    fields: list[str]
    tables: dict[int, object] = field(default_factory=dict)  # table id -> Table
    hosts: list[int] = field(default_factory=list)
    visitors: list[int] = field(default_factory=list)
    locals: list[int] = field(default_factory=list)
    interpreters: list[int] = field(default_factory=list)


def build_exchange(
    path,
    clock,
    *,
    fields: int = 5,
    tables_per_field: int = 4,
    capacity: int = 8,
    visitors: int = 40,
    locals_: int = 120,
    interpreters: int = 6,
    seed: int = 7,
) -> Exchange:
    """One host per table (a meeting point), visitors speaking ru, locals speaking de (a few
    also ru or en), interpreters de–ru; every organisation distinct; consent for 4 in 5."""
    rnd = random.Random(seed)
    event = Event.create(
        path, EventInfo(name="Generierte Börse", languages=["de", "ru", "en"]), clock=clock
    )
    item = programme.add_item(event, "Kooperationsbörse", "2027-04-20T09:00", "2027-04-20T13:00")
    names = [f"Feld{i}" for i in range(fields)]
    ex = Exchange(event, item, names)
    number = 0
    for f in names:
        for _ in range(tables_per_field):
            number += 1
            t = tables.add_table(event, number, name=f, theme=f, capacity=capacity)
            ex.tables[t.id] = t
    table_ids = list(ex.tables)
    rows = []
    for i, tid in enumerate(table_ids):
        rows.append(
            dict(
                given_name="Host",
                family_name=f"Gastgeber{i:03d}",
                organisation=f"Gastgeber GmbH {i}",
                industry=ex.tables[tid].theme,
                language="de",
                table_id=tid,
                email=f"host{i}@example.de",
            )
        )
    for i in range(visitors):
        rows.append(
            dict(
                given_name="Иван",
                family_name=f"Гость{i:03d}",
                organisation=f"ООО «Омск-{i}»",
                industry=names[i % fields],
                language="ru",
                category="Delegation",
                email=f"v{i}@example.ru",
            )
        )
    for i in range(locals_):
        rows.append(
            dict(
                given_name="Lokal",
                family_name=f"Müller{i:03d}",
                organisation=f"Firma {i} GmbH",
                industry=names[rnd.randrange(fields)],
                language="de",
                email=f"l{i}@example.de",
            )
        )
    for i in range(interpreters):
        rows.append(
            dict(
                given_name="Olga",
                family_name=f"Dolmetscherin{i}",
                category="Interpreter",
                language="de",
                email=f"i{i}@example.de",
            )
        )
    ids = guests.add_guests(event, rows)
    n_hosts = len(table_ids)
    ex.hosts = ids[:n_hosts]
    ex.visitors = ids[n_hosts : n_hosts + visitors]
    ex.locals = ids[n_hosts + visitors : n_hosts + visitors + locals_]
    ex.interpreters = ids[n_hosts + visitors + locals_ :]
    with event.db.conn:
        for gid in ex.hosts:
            event.db["guests"].update(gid, {"meeting_point": 1})
        for gid in ex.locals[::7]:
            event.db["guests"].update(gid, {"languages": json.dumps(["de", "en"])})
        for gid in ex.interpreters:
            event.db["guests"].update(
                gid,
                {
                    "languages": json.dumps(["de", "ru"]),
                    "interpreter_pairs": json.dumps([["de", "ru"]]),
                },
            )
        for gid in ids:
            event.db["guests"].update(gid, {"contact_consent": int(rnd.random() < 0.8)})
    return ex


@pytest.fixture
def make_exchange(tmp_path, clock):
    made = []

    def make(**kwargs) -> Exchange:
        ex = build_exchange(tmp_path / f"ex{len(made)}.checkin", clock, **kwargs)
        made.append(ex)
        return ex

    yield make
    for ex in made:
        ex.event.close()


__all__ = ["Exchange", "build_exchange", "model"]
