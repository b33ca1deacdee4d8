"""Many guests in one statement: the same rows, ids and trigger work as one INSERT a row."""

from __future__ import annotations

import sqlite3

import pytest

from checkin import bulk, guest_codes, search_store
from checkin.event import Event, EventInfo

COLUMNS = ("given_name", "family_name", "token", "uid", "table_id", "cancelled", "extra_codes")
ROWS = [
    ["Anna", "Müller", "TOKEN1", "A1", None, 0, "[]"],
    ["Иван", "Парфёнов", "TOKEN2", "A2", None, 1, '[{"code": "EB-7", "source": "import"}]'],
    ["Björn", "Weiß", "TOKEN3", "A3", None, 0, "[]"],
]


def _guests(event: Event) -> list[tuple]:
    return event.db.execute(
        "SELECT id, given_name, family_name, token, uid, typeof(table_id), typeof(cancelled),"
        " cancelled, extra_codes FROM guests ORDER BY id"
    ).fetchall()


def _marks(event: Event) -> dict[str, set]:
    db = event.db
    return {
        "sync": set(db.execute("SELECT guest_id, n FROM sync_dirty").fetchall()),
        "search": {r[0] for r in db.execute("SELECT guest_id FROM search_dirty")},
        "codes": set(db.execute("SELECT code, guest_id FROM guest_codes").fetchall()),
    }


@pytest.fixture
def two_events(tmp_path):
    events = [Event.create(tmp_path / f"{n}.checkin", EventInfo(name="Bulk")) for n in "ab"]
    yield events
    for ev in events:
        ev.close()


def test_rows_ids_and_trigger_marks_as_with_one_insert_a_row(two_events):
    one_by_one, in_bulk = two_events
    with one_by_one.writing():
        one_by_one.db.conn.executemany(
            f"INSERT INTO guests ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
            ROWS,
        )
    with in_bulk.writing():
        bulk.insert_rows(in_bulk.db.conn, "guests", COLUMNS, iter(ROWS))
    assert _guests(in_bulk) == _guests(one_by_one)
    assert [g[1] for g in _guests(in_bulk)] == ["Anna", "Иван", "Björn"]
    assert _marks(in_bulk) == _marks(one_by_one)
    assert _marks(in_bulk)["codes"] == {("EB-7", 2)}
    assert guest_codes.find_by_code(in_bulk, "EB-7").family_name == "Парфёнов"
    assert [g.family_name for g in search_store.index_for(in_bulk).find("parfjonow")] == [
        "Парфёнов"
    ]


def test_a_failing_row_writes_nothing_and_the_next_call_works(two_events):
    event, _ = two_events
    clash = [*ROWS, ["Petra", "Groß", "TOKEN1", "A4", None, 0, "[]"]]  # a token taken
    with pytest.raises(sqlite3.IntegrityError), event.writing():
        bulk.insert_rows(event.db.conn, "guests", COLUMNS, clash)
    assert _guests(event) == []
    assert _marks(event) == {"sync": set(), "search": set(), "codes": set()}
    with event.writing():
        bulk.insert_rows(event.db.conn, "guests", COLUMNS, ROWS)
    assert len(_guests(event)) == 3
    temp = event.db.execute("SELECT name FROM sqlite_temp_master").fetchall()
    assert temp == []
