"""The event file's connection: SQL runs on sqlite3 directly, sqlite-utils' table helpers
(``db["guests"].insert(...)``) load on first use.

Importing sqlite-utils costs 50–150 ms (it brings click, pluggy, dateutil and, where
installed, numpy): more than ``checkin scan`` may spend in all. ``execute``, ``query`` and
``executescript`` behave as sqlite-utils 4's do, so code and helpers can be mixed freely
on the one connection.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

Params = Sequence[Any] | dict[str, Any] | None

# Statements that manage transactions themselves: never committed behind the caller's back.
_TRANSACTION_CONTROL = {"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"}


def first_keyword(sql: str) -> str:
    """The statement's first keyword, upper-cased, after blanks, ``;`` and comments."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            newline = sql.find("\n", i)
            if newline == -1:
                return ""
            i = newline + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            break
    j = i
    while j < n and (sql[j].isalpha() or sql[j] == "_"):
        j += 1
    return sql[i:j].upper()


def _unique(keys: list[str]) -> list[str]:
    """Column names made unique as sqlite-utils does (a join's second ``id`` is ``id_2``)."""
    taken = set(keys)
    if len(taken) == len(keys):
        return keys
    seen: set[str] = set()
    result = []
    for key in keys:
        new_key, suffix = key, 2
        while key in seen and (new_key in seen or new_key in taken):
            new_key = f"{key}_{suffix}"
            suffix += 1
        seen.add(new_key)
        result.append(new_key)
    return result


class Database:
    """One SQLite connection. ``conn`` is the sqlite3 connection itself."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._helpers: sqlite_utils.Database | None = None
        conn.execute("PRAGMA recursive_triggers = on")  # as sqlite-utils sets it

    def execute(self, sql: str, parameters: Params = None) -> sqlite3.Cursor:
        """Run one statement. A write outside a transaction is committed at once; inside
        one (``with db.conn:``, ``Event.writing()``) it becomes part of it."""
        conn = self.conn
        was_in_transaction = conn.in_transaction
        try:
            cursor = conn.execute(sql) if parameters is None else conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and conn.in_transaction:
                conn.execute("ROLLBACK")  # the failed statement's implicit transaction
            raise
        if (
            not was_in_transaction
            and conn.in_transaction
            and cursor.description is None
            and first_keyword(sql) not in _TRANSACTION_CONTROL
        ):
            conn.execute("COMMIT")
        return cursor

    def query(self, sql: str, params: Params = None) -> Iterator[dict]:
        """The rows of a SELECT as dictionaries (fetched as they are iterated)."""
        cursor = self.conn.execute(sql) if params is None else self.conn.execute(sql, params)
        if cursor.description is None:
            raise ValueError("query() is for statements that return rows; use execute()")
        keys = _unique([d[0] for d in cursor.description])
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def insert(self, table: str, row: dict[str, Any]) -> int:
        """Insert one row of plain values; returns its id. (For the hot paths: the helpers'
        ``db[table].insert`` also converts values and can add columns.)"""
        columns = ", ".join(f'"{name}"' for name in row)
        marks = ", ".join("?" * len(row))
        sql = f'INSERT INTO "{table}" ({columns}) VALUES ({marks})'
        return self.execute(sql, list(row.values())).lastrowid

    def executescript(self, sql: str) -> sqlite3.Cursor:
        return self.helpers.executescript(sql)  # inside a transaction: no implicit commit

    @property
    def helpers(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection, for table helpers and introspection."""
        if self._helpers is None:
            import sqlite_utils

            # No plugins: looking for them scans every installed package (~25 ms).
            self._helpers = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._helpers

    def __getitem__(self, table: str) -> sqlite_utils.db.Table:
        return self.helpers[table]

    def __getattr__(self, name: str):
        # Anything else sqlite-utils offers (table_names, tables, …), on first use.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.helpers, name)
