"""Many rows into a table that has triggers, in one statement.

``executemany`` runs the INSERT once per row, and with triggers on the table every run
opens a statement journal and sets up the trigger programs again: for 50,000 guests that
took more time than the rows and their triggers themselves. Here the rows go first into a
temporary table without triggers or indexes, then into the table with one
``INSERT … SELECT``: every trigger still fires for every row, in the rows' order.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

_STAGING = "temp.checkin_bulk_rows"


def insert_rows(
    conn: sqlite3.Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence]
) -> None:
    """INSERT ``rows`` (values in ``columns`` order) into ``table``; rowids are given in
    the rows' order, as executemany would give them. Call it inside a transaction: a
    failure leaves the rows half-written until the caller rolls back."""
    names = ", ".join(columns)
    # Columns without a declared type: each value is kept exactly as Python bound it, and
    # ``table``'s own column types apply when it is copied over, as with a direct INSERT.
    conn.execute(f"CREATE TEMP TABLE {_STAGING} ({names})")
    try:
        conn.executemany(f"INSERT INTO {_STAGING} VALUES ({', '.join('?' * len(columns))})", rows)
        conn.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {_STAGING} ORDER BY rowid")
    finally:
        conn.execute(f"DROP TABLE IF EXISTS {_STAGING}")
