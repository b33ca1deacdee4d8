"""The event file's schema as a list of forward migrations.

``PRAGMA user_version`` holds how many migrations a file has had. Migrations are only
ever appended: a file made by an older checkin is upgraded step by step on open, all
steps in one transaction (``schema_upgrade.upgrade``).
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

APPLICATION_ID = 0x43484B4E  # "CHKN": tells our files apart from other SQLite files


def _statements(db: sqlite_utils.Database, *statements: str) -> None:
    """One statement at a time: executescript() may commit the upgrade half-way."""
    for statement in statements:
        db.execute(statement)


def _v1_initial(db: sqlite_utils.Database) -> None:
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


def _v2_badges_and_fields(db: sqlite_utils.Database) -> None:
    """Badge versions (a reprint voids the old code) and fields real guest lists carry."""
    guests = db["guests"]
    guests.add_column("badge_version", int, not_null_default=1)
    guests.add_column("salutation", str, not_null_default="")
    guests.add_column("patronymic", str, not_null_default="")
    guests.add_column("industry", str, not_null_default="")
    guests.add_column("extra", str, not_null_default="{}")  # JSON: unknown imported columns
    db["tables"].add_column("x", float)
    db["tables"].add_column("y", float)


def _v3_seating(db: sqlite_utils.Database) -> None:
    """Seats set by hand are locked against automatic seating; every seat change is logged."""
    db["guests"].add_column("table_locked", int, not_null_default=0)
    db["seating_log"].create(
        {
            "id": int,
            "guest_id": int,
            "table_id": int,  # NULL: the guest was unseated
            "previous_table_id": int,
            "locked": int,
            "source": str,  # manual / auto / import
            "reason_key": str,  # a message key of checkin.seating.reasons
            "reason_params": str,  # JSON
            "at": str,
        },
        pk="id",
        not_null={"guest_id", "source", "at"},
    )
    db["seating_log"].create_index(["guest_id", "id"])


def _v4_meeting_rounds(db: sqlite_utils.Database) -> None:
    """The exchange: rounds per item, seats per round, languages, consent, wishes, delegations."""
    guests = db["guests"]
    guests.add_column("languages", str, not_null_default="")  # JSON list; "" = [language]
    guests.add_column("contact_consent", int, not_null_default=0)
    guests.add_column("meeting_point", int, not_null_default=0)  # stays at table_id all rounds
    guests.add_column("interpreter_pairs", str, not_null_default="")  # JSON [["de", "ru"], ...]
    db["rounds"].create(
        {"id": int, "item_id": int, "number": int, "starts": str, "minutes": int},
        pk="id",
        not_null={"item_id", "number"},
        foreign_keys=[("item_id", "programme_items", "id")],
    )
    db["rounds"].create_index(["item_id", "number"], unique=True)
    db["round_seats"].create(
        {"round_id": int, "guest_id": int, "table_id": int, "locked": int},
        pk=("round_id", "guest_id"),
        not_null={"table_id"},
        defaults={"locked": 0},
        foreign_keys=[
            ("round_id", "rounds", "id"),
            ("guest_id", "guests", "id"),
            ("table_id", "tables", "id"),
        ],
    )
    db["round_seats"].create_index(["round_id", "table_id"])
    db["round_interpreters"].create(
        {"round_id": int, "table_id": int, "guest_id": int, "manual": int},
        pk=("round_id", "table_id"),
        not_null={"guest_id"},
        defaults={"manual": 0},
        foreign_keys=[
            ("round_id", "rounds", "id"),
            ("table_id", "tables", "id"),
            ("guest_id", "guests", "id"),
        ],
    )
    db["round_interpreters"].create_index(["round_id", "guest_id"], unique=True)
    db["meeting_wishes"].create(
        {"id": int, "guest_id": int, "organisation": str, "wish": str},  # wish: meet / avoid
        pk="id",
        not_null={"guest_id", "organisation", "wish"},
        foreign_keys=[("guest_id", "guests", "id")],
    )
    db["delegations"].create(
        {"id": int, "name": str, "leader_id": int},
        pk="id",
        not_null={"name"},
        foreign_keys=[("leader_id", "guests", "id")],
    )
    db["delegation_members"].create(
        {"delegation_id": int, "guest_id": int},
        pk=("delegation_id", "guest_id"),
        foreign_keys=[("delegation_id", "delegations", "id"), ("guest_id", "guests", "id")],
    )


def _v5_sync(db: sqlite_utils.Database) -> None:
    """Several desks: where each check-in came from, what was applied, per-field edit stamps."""
    _statements(
        db,
        "CREATE TABLE sync_origins (checkin_id INTEGER PRIMARY KEY REFERENCES checkins(id),"
        " desk TEXT NOT NULL, seq INTEGER NOT NULL, UNIQUE (desk, seq))",
        "CREATE TABLE sync_applied (desk TEXT PRIMARY KEY, seq INTEGER NOT NULL)",
        "CREATE TABLE sync_guest_state (token TEXT PRIMARY KEY, fields TEXT NOT NULL,"
        " stamps TEXT NOT NULL)",
        "CREATE TABLE sync_guest_history (id INTEGER PRIMARY KEY, token TEXT NOT NULL,"
        " field TEXT NOT NULL, value TEXT, at TEXT, desk TEXT,"
        " kept_value TEXT, kept_at TEXT, kept_desk TEXT)",
        "CREATE TABLE sync_duplicates (id INTEGER PRIMARY KEY, token_a TEXT NOT NULL,"
        " token_b TEXT NOT NULL, reason TEXT NOT NULL, found_at TEXT,"
        " UNIQUE (token_a, token_b))",
    )


def _v6_audit(db: sqlite_utils.Database) -> None:
    """Audit trail: who (desk, operator) changed what and when; append-only like the log."""
    _statements(
        db,
        "CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT NOT NULL, desk TEXT,"
        " operator TEXT, action TEXT NOT NULL, guest_id INTEGER, item_id INTEGER, details TEXT)",
        "CREATE INDEX audit_guest ON audit (guest_id, id)",
        "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
        " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
        "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit"
        " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    )


def _v7_badge_prints(db: sqlite_utils.Database) -> None:
    """Badge print log: every printed badge, and where it sits in its batch (box/sheet/slot)."""
    db["badge_prints"].create(
        {
            "id": int,
            "guest_id": int,
            "at": str,
            "layout": str,
            "desk": str,
            "operator": str,
            "batch_id": str,
            "box": str,
            "sheet": int,
            "slot": int,
            "badge_version": int,
        },
        pk="id",
        not_null={"guest_id", "at", "layout", "batch_id"},
        foreign_keys=[("guest_id", "guests", "id")],
    )
    db["badge_prints"].create_index(["guest_id", "id"])
    db["badge_prints"].create_index(["batch_id"])


def _v8_badge_lifecycle(db: sqlite_utils.Database) -> None:
    """Reprinted, lost and substituted badges: who voided which badge version, and why.

    The guest row also carries the latest replacement and the substituted name, so they
    travel to other desks with the guest through the sync journal.
    """
    db["badge_reissues"].create(
        {
            "id": int,
            "guest_id": int,
            "at": str,
            "desk": str,
            "operator": str,
            "reason": str,  # lost / damaged / typo / substitute
            "old_version": int,
            "new_version": int,
        },
        pk="id",
        not_null={"guest_id", "at", "reason", "old_version", "new_version"},
        foreign_keys=[("guest_id", "guests", "id")],
    )
    db["badge_reissues"].create_index(["guest_id", "old_version"])
    db["substitutions"].create(
        {
            "id": int,
            "guest_id": int,  # the registration (seats and rounds refer to it) stays
            "at": str,
            "desk": str,
            "operator": str,
            "old_person": str,  # JSON: the person's fields before
            "new_person": str,  # JSON: the person's fields after
        },
        pk="id",
        not_null={"guest_id", "at", "old_person", "new_person"},
        foreign_keys=[("guest_id", "guests", "id")],
    )
    db["substitutions"].create_index(["guest_id", "id"])
    guests = db["guests"]
    guests.add_column("badge_replaced_at", str)
    guests.add_column("badge_replaced_desk", str)
    guests.add_column("badge_replaced_reason", str)
    guests.add_column("substitute_for", str, not_null_default="")  # who was registered first


def _v9_accepted_codes(db: sqlite_utils.Database) -> None:
    """Codes of other systems that check a guest in (ticket secrets, several tickets).

    ``guests.extra_codes`` (a JSON list of {"code", "source"}) is the data: it is edited,
    imported and synced like any other guest field. ``guest_codes`` is an index of it kept
    by triggers, so a scan finds the guest by any of their codes in one indexed lookup,
    whoever wrote the row (the app, an import, another desk's journal, a purge).
    """
    db["guests"].add_column("extra_codes", str, not_null_default="[]")
    # The list's entries as codes (a bare string counts too); anything else is no list.
    listed = (
        "SELECT CASE type WHEN 'text' THEN value"
        " WHEN 'object' THEN json_extract(value, '$.code') END AS code FROM json_each("
        "CASE WHEN NOT json_valid(NEW.extra_codes) THEN '[]'"  # CASE, not AND: evaluated lazily
        " WHEN json_type(NEW.extra_codes) = 'array' THEN NEW.extra_codes ELSE '[]' END)"
    )
    fill = (
        f"INSERT OR IGNORE INTO guest_codes (code, guest_id) SELECT code, NEW.id FROM ({listed})"
        " WHERE typeof(code) = 'text' AND code != ''"
    )
    for statement in (
        "CREATE TABLE guest_codes (code TEXT NOT NULL, guest_id INTEGER NOT NULL,"
        " PRIMARY KEY (code, guest_id)) WITHOUT ROWID",
        "CREATE INDEX guest_codes_guest ON guest_codes (guest_id)",
        # Most guests have no extra codes: their insert costs no JSON parsing.
        "CREATE TRIGGER guest_codes_insert AFTER INSERT ON guests"
        f" WHEN NEW.extra_codes != '[]' BEGIN {fill}; END",
        "CREATE TRIGGER guest_codes_update AFTER UPDATE OF extra_codes ON guests"
        f" BEGIN DELETE FROM guest_codes WHERE guest_id = OLD.id; {fill}; END",
        "CREATE TRIGGER guest_codes_delete AFTER DELETE ON guests"
        " BEGIN DELETE FROM guest_codes WHERE guest_id = OLD.id; END",
    ):
        db.execute(statement)


# Append only, one per line, never reorder or edit a migration that has shipped.
MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1_initial,
    _v2_badges_and_fields,
    _v3_seating,
    _v4_meeting_rounds,
    _v5_sync,
    _v6_audit,
    _v7_badge_prints,
    _v8_badge_lifecycle,
    _v9_accepted_codes,
    # new migrations go above this line
]

SCHEMA_VERSION = len(MIGRATIONS)
