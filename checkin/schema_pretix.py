"""Schema migration for pretix (kept apart: schema.py stays small)."""

from __future__ import annotations

import sqlite_utils


def v10_pretix(db: sqlite_utils.Database) -> None:
    """pretix: check-in text and attention flag on the guest (synced); positions, pushes and
    revoked tickets stay with this file. A later pull compares with what was pulled last."""
    guests = db["guests"]
    guests.add_column("checkin_text", str, not_null_default="")
    guests.add_column("attention", int, not_null_default=0)
    for statement in (
        "CREATE TABLE pretix_positions (position_id INTEGER PRIMARY KEY,"
        " guest_token TEXT NOT NULL, order_code TEXT NOT NULL, secret TEXT NOT NULL,"
        " item_id INTEGER, status TEXT NOT NULL, pulled TEXT NOT NULL)",
        "CREATE INDEX pretix_positions_guest ON pretix_positions (guest_token)",
        # One row per check-in (or annulment) handed to pretix, by its nonce.
        "CREATE TABLE pretix_pushes (nonce TEXT PRIMARY KEY, checkin_id INTEGER NOT NULL,"
        " kind TEXT NOT NULL, outcome TEXT NOT NULL, detail TEXT, at TEXT NOT NULL)",
        "CREATE TABLE pretix_revoked (secret TEXT PRIMARY KEY)",
    ):
        db.execute(statement)
