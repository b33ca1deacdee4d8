"""The first schema of the event file, as version 1 made it (frozen: later changes are
migrations in checkin.schema)."""

from __future__ import annotations

import sqlite_utils


def _statements(db: sqlite_utils.Database, *statements: str) -> None:
    """One statement at a time: executescript() may commit the upgrade half-way."""
    for statement in statements:
        db.execute(statement)


def initial(db: sqlite_utils.Database) -> None:
    """Events, guests, tables, programme items, registrations, check-ins, settings."""
    db["event"].create(
        {
            "id": int,
            "name": str,
            "venue": str,
            "starts": str,
            "ends": str,
            "languages": str,  # JSON list, e.g. ["de", "ru", "en"]
            "secret": str,
            "created_at": str,
        },
        pk="id",
        not_null={"name", "secret"},
    )
    db["settings"].create({"key": str, "value": str}, pk="key")
    db["tables"].create(
        {
            "id": int,
            "number": int,
            "name": str,
            "theme": str,
            "capacity": int,
            "host": str,
        },
        pk="id",
        not_null={"number"},
    )
    db["tables"].create_index(["number"], unique=True)
    db["guests"].create(
        {
            "id": int,
            "given_name": str,
            "family_name": str,
            "organisation": str,
            "position": str,
            "email": str,
            "phone": str,
            "language": str,
            "category": str,
            "notes": str,
            "external_id": str,
            "external_barcode": str,
            "cancelled": int,
            "badge_printed_count": int,
            "badge_printed_at": str,
            "table_id": int,
            "token": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"token"},
        defaults={
            "given_name": "",
            "family_name": "",
            "organisation": "",
            "position": "",
            "email": "",
            "phone": "",
            "language": "",
            "category": "Guest",
            "notes": "",
            "external_id": "",
            "external_barcode": "",
            "cancelled": 0,
            "badge_printed_count": 0,
        },
        foreign_keys=[("table_id", "tables", "id")],
    )
    db["guests"].create_index(["token"], unique=True)
    db["guests"].create_index(["external_barcode"])
    db["guests"].create_index(["table_id"])
    db["programme_items"].create(
        {
            "id": int,
            "name": str,
            "starts": str,
            "ends": str,
            "all_guests": int,  # 1: everyone may check in; 0: only registered guests
        },
        pk="id",
        not_null={"name"},
        defaults={"all_guests": 1},
    )
    db["registrations"].create(
        {"guest_id": int, "item_id": int},
        pk=("guest_id", "item_id"),
        foreign_keys=[("guest_id", "guests", "id"), ("item_id", "programme_items", "id")],
    )
    db["checkins"].create(
        {
            "id": int,
            "guest_id": int,
            "item_id": int,
            "action": str,  # in / out / undo
            "at": str,
            "desk": str,
            "operator": str,
            "undoes": int,  # for 'undo': the id of the entry it reverts
            "scanned": str,  # what was scanned, if the action came from a scan
        },
        pk="id",
        not_null={"guest_id", "item_id", "action", "at"},
        foreign_keys=[("guest_id", "guests", "id"), ("item_id", "programme_items", "id")],
    )
    db["checkins"].create_index(["guest_id", "item_id"])
    db["checkins"].create_index(["item_id", "at"])
    # The log is append-only: history is never rewritten, only added to.
    _statements(
        db,
        "CREATE TRIGGER checkins_no_update BEFORE UPDATE ON checkins"
        " BEGIN SELECT RAISE(ABORT, 'the check-in log is append-only'); END",
        "CREATE TRIGGER checkins_no_delete BEFORE DELETE ON checkins"
        " BEGIN SELECT RAISE(ABORT, 'the check-in log is append-only'); END",
    )
