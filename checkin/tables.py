"""Tables guests sit at: create, edit, list, and who sits where."""

from __future__ import annotations

import sqlite3

from checkin.errors import InvalidInput, NotFound
from checkin.event import Event
from checkin.models import NAME_LANGUAGES, Table

# the name and theme for readers of each language
LOCALISED = tuple(f"{field}_{lang}" for field in ("name", "theme") for lang in NAME_LANGUAGES)
_FIELDS = ("number", "name", "theme", "capacity", "host", "x", "y", *LOCALISED)


def add_table(event: Event, number: int, **data) -> Table:
    row = {"number": int(number), **{k: v for k, v in data.items() if k in _FIELDS}}
    try:
        with event.writing():
            table_id = event.db["tables"].insert(row).last_pk
    except sqlite3.IntegrityError as exc:
        raise InvalidInput("duplicate_table", number=number) from exc
    return get_table(event, table_id)


def get_table(event: Event, table_id: int) -> Table:
    row = next(event.db.query("SELECT * FROM tables WHERE id = ?", [table_id]), None)
    if row is None:
        raise NotFound("table_not_found", table=table_id)
    return Table.from_row(row)


def table_by_number(event: Event, number: int) -> Table:
    row = next(event.db.query("SELECT * FROM tables WHERE number = ?", [number]), None)
    if row is None:
        raise NotFound("table_not_found", table=number)
    return Table.from_row(row)


def list_tables(event: Event) -> list[Table]:
    return [Table.from_row(r) for r in event.db.query("SELECT * FROM tables ORDER BY number")]


def update_table(event: Event, table_id: int, **changes) -> Table:
    get_table(event, table_id)
    row = {k: v for k, v in changes.items() if k in _FIELDS}
    try:
        with event.writing():
            event.db["tables"].update(table_id, row)
    except sqlite3.IntegrityError as exc:
        raise InvalidInput("duplicate_table", number=changes.get("number")) from exc
    return get_table(event, table_id)


def seated_counts(event: Event) -> dict[int, int]:
    """Guests (not cancelled) per table id."""
    rows = event.db.execute(
        "SELECT table_id, COUNT(*) FROM guests WHERE table_id IS NOT NULL AND cancelled = 0 "
        "GROUP BY table_id"
    )
    return dict(rows.fetchall())


def table_of(event: Event, table_id: int | None) -> Table | None:
    return get_table(event, table_id) if table_id is not None else None
