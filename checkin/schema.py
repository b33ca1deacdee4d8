"""The event file's schema as forward migrations, only ever appended. ``PRAGMA user_version``
holds how many a file has had; an older file is upgraded on open, all steps in one
transaction (``schema_upgrade.upgrade``). Newer migrations may live in modules of their own."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from checkin.schema_designs import v11_badge_designs
from checkin.schema_search import v14_search_words
from checkin.schema_v1 import initial as _v1_initial
from checkin.sync.schema import sync_identity

if TYPE_CHECKING:
    from checkin.database import Database

APPLICATION_ID = 0x43484B4E  # "CHKN": tells our files apart from other SQLite files


def _statements(db: Database, *statements: str) -> None:
    """One statement at a time: executescript() may commit the upgrade half-way."""
    for statement in statements:
        db.execute(statement)


def _v2_badges_and_fields(db: Database) -> None:
    """Badge versions (a reprint voids the old code) and fields real guest lists carry."""
    guests = db["guests"]
    guests.add_column("badge_version", int, not_null_default=1)
    guests.add_column("salutation", str, not_null_default="")
    guests.add_column("patronymic", str, not_null_default="")
    guests.add_column("industry", str, not_null_default="")
    guests.add_column("extra", str, not_null_default="{}")  # JSON: unknown imported columns
    db["tables"].add_column("x", float)
    db["tables"].add_column("y", float)


def _v3_seating(db: Database) -> None:
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


def _v4_meeting_rounds(db: Database) -> None:
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


def _v5_sync(db: Database) -> None:
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


def _v6_audit(db: Database) -> None:
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


def _v7_badge_prints(db: Database) -> None:
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


def _v8_badge_lifecycle(db: Database) -> None:
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


def _v9_accepted_codes(db: Database) -> None:
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


def _v10_pretix(db: Database) -> None:
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


def _v12_names_per_language(db: Database) -> None:
    """Tables and programme items in the reader's language: optional names (and themes,
    places) in German, Russian and English next to the given one; programme items get a
    place. Empty means: use the given one."""
    for column in ("name_de", "name_ru", "name_en", "theme_de", "theme_ru", "theme_en"):
        db["tables"].add_column(column, str, not_null_default="")
    for column in ("place", "name_de", "name_ru", "name_en", "place_de", "place_ru", "place_en"):
        db["programme_items"].add_column(column, str, not_null_default="")


# Append only, one per line, never reorder or edit a migration that has shipped.
MIGRATIONS: list[Callable[[Database], None]] = [
    _v1_initial,
    _v2_badges_and_fields,
    _v3_seating,
    _v4_meeting_rounds,
    _v5_sync,
    _v6_audit,
    _v7_badge_prints,
    _v8_badge_lifecycle,
    _v9_accepted_codes,
    _v10_pretix,
    v11_badge_designs,
    _v12_names_per_language,
    sync_identity,  # v13, in checkin/sync/schema.py
    v14_search_words,  # in checkin/schema_search.py
    # new migrations go above this line
]

SCHEMA_VERSION = len(MIGRATIONS)
