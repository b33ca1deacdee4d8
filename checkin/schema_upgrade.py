"""Upgrading an event file to the current schema: every migration in one transaction.

All or nothing: if any migration fails, the file keeps its version and not a table or
column of the newer ones (an upgrade that failed half-way once left a file at version 1
with version-2 columns, which the next start could not open). A migration that commits by
itself (executescript, VACUUM, a PRAGMA that ends the transaction) is caught here.
"""

from __future__ import annotations

import sqlite_utils

from checkin import schema


class MigrationError(Exception):
    """A migration committed on its own: the upgrade would no longer be all or nothing."""


def upgrade(db: sqlite_utils.Database, from_version: int) -> None:
    """Bring a file from ``from_version`` to ``schema.SCHEMA_VERSION``, or leave it as it was."""
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        migrations = schema.MIGRATIONS[from_version:]
        for number, migrate in enumerate(migrations, start=from_version + 1):
            migrate(db)
            if not conn.in_transaction:
                raise MigrationError(f"migration {number} ({migrate.__name__}) committed by itself")
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise
    conn.commit()
