"""A large event for export benchmarks, written straight into the file (fast to build)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from checkin import codes, programme, tables
from checkin.clock import to_text
from checkin.event import Event, EventInfo

GIVEN = ["Anna", "Jörg", "Иван", "Ольга", "Mary", "Lukas", "Светлана", "Paul"]
FAMILY = ["Müller", "Weiß", "Парфёнов", "Кузнецова", "Smith", "Schäfer", "Иванов", "Brown"]
CATEGORIES = ["Guest", "Delegation", "Press", "Speaker", "Staff"]


def token_for(i: int) -> str:
    """A valid, unique badge token for guest number ``i``: its codes scan."""
    out = []
    for _ in range(codes.TOKEN_LEN):
        out.append(codes.ALPHABET[i % 32])
        i //= 32
    return "".join(out)


def build_big_event(path, guests: int = 50_000, seed: int = 7) -> Event:
    """``guests`` guests at 40 tables; 80 % check in at the main item, some leave, some
    are undone, some arrive at two desks; a second item for a registered tenth."""
    rnd = random.Random(seed)
    event = Event.create(path, EventInfo(name="Big exchange", venue="Messe"))
    table_ids = [tables.add_table(event, n, theme=f"Theme {n}").id for n in range(1, 41)]
    main = programme.add_item(event, "Main exchange", "2027-04-20T09:00", "2027-04-20T17:00")
    dinner = programme.add_item(
        event, "Dinner", "2027-04-20T19:00", "2027-04-20T23:00", all_guests=False
    )
    now = to_text(datetime(2027, 4, 1, tzinfo=UTC))
    rows = []
    for i in range(guests):
        rows.append(
            (
                rnd.choice(GIVEN),
                f"{rnd.choice(FAMILY)}{i}",
                f"Company {rnd.randrange(guests // 20 or 1)}",
                rnd.choice(CATEGORIES),
                rnd.choice(table_ids),
                token_for(i),
                now,
                now,
            )
        )
    with event.db.conn:
        event.db.conn.executemany(
            "INSERT INTO guests (given_name, family_name, organisation, category, table_id,"
            " token, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        ids = [r[0] for r in event.db.execute("SELECT id FROM guests ORDER BY id")]
        event.db.conn.executemany(
            "INSERT INTO registrations (guest_id, item_id) VALUES (?, ?)",
            [(g, dinner.id) for g in ids[::10]],
        )
        log = []
        start = datetime(2027, 4, 20, 8, 30, tzinfo=UTC)
        for g in ids:
            if rnd.random() < 0.8:
                at = start + timedelta(seconds=rnd.randrange(4 * 3600))
                log.append((g, main.id, "in", to_text(at), rnd.choice(["A", "B"]), None))
                if rnd.random() < 0.02:  # a second desk scanned the same badge
                    log.append((g, main.id, "in", to_text(at + timedelta(seconds=3)), "C", None))
                if rnd.random() < 0.1:
                    log.append((g, main.id, "out", to_text(at + timedelta(hours=3)), "A", None))
        for g in ids[::10]:
            if rnd.random() < 0.7:
                at = start + timedelta(hours=10, seconds=rnd.randrange(3600))
                log.append((g, dinner.id, "in", to_text(at), "A", None))
        event.db.conn.executemany(
            "INSERT INTO checkins (guest_id, item_id, action, at, desk, undoes)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            log,
        )
        # undo a few check-ins: append-only, an undo points at the entry it reverts
        victims = event.db.execute(
            "SELECT id, guest_id, item_id, at FROM checkins WHERE action = 'in' LIMIT 500"
        ).fetchall()
        event.db.conn.executemany(
            "INSERT INTO checkins (guest_id, item_id, action, at, desk, undoes)"
            " VALUES (?, ?, 'undo', ?, 'A', ?)",
            [(g, item, at, cid) for cid, g, item, at in victims[::5]],
        )
    return event
