"""The sync part of the event file's schema: migration 13 (listed in ``checkin/schema.py``).

Kept here, beside the code that uses these tables, so the schema module stays readable.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checkin.database import Database


def sync_identity(db: Database) -> None:
    """One identity for a guest on every desk; the journal records this desk refused; and
    which guests changed since the journal looked (so it need not compare every guest).

    ``uid`` is what desks (and the CLI) call a guest by: integer ids differ between desks.
    Guests that exist already get a uid derived from their badge token, so two desks that
    upgrade their copies separately agree; new guests get a random one (a trigger, so that
    every way of adding guests gets one).
    """
    db["guests"].add_column("uid", str)
    for guest_id, token in list(db.execute("SELECT id, token FROM guests")):
        db.execute("UPDATE guests SET uid = ? WHERE id = ?", [uid_from_token(token), guest_id])
    for statement in (
        "CREATE UNIQUE INDEX guests_uid ON guests (uid)",
        "CREATE TRIGGER guests_new_uid AFTER INSERT ON guests WHEN NEW.uid IS NULL"
        " BEGIN UPDATE guests SET uid = upper(hex(randomblob(8))) WHERE id = NEW.id; END",
        "CREATE TABLE sync_quarantine (id INTEGER PRIMARY KEY, desk TEXT NOT NULL,"
        " seq INTEGER NOT NULL, reason TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '',"
        " line TEXT NOT NULL DEFAULT '', guest_uid TEXT, found_at TEXT NOT NULL,"
        " UNIQUE (desk, seq))",
        # Guests changed since the journal last looked (n counts changes, so a change made
        # while the journal was writing is not wiped): the journal reads these, not all.
        "CREATE TABLE sync_dirty (guest_id INTEGER PRIMARY KEY, n INTEGER NOT NULL)",
        "INSERT INTO sync_dirty (guest_id, n) SELECT id, 1 FROM guests",
        "CREATE TRIGGER sync_dirty_insert AFTER INSERT ON guests BEGIN"
        " INSERT INTO sync_dirty (guest_id, n) VALUES (NEW.id, 1)"
        " ON CONFLICT (guest_id) DO UPDATE SET n = n + 1; END",
        "CREATE TRIGGER sync_dirty_update AFTER UPDATE ON guests BEGIN"
        " INSERT INTO sync_dirty (guest_id, n) VALUES (NEW.id, 1)"
        " ON CONFLICT (guest_id) DO UPDATE SET n = n + 1; END",
        "CREATE TRIGGER sync_dirty_delete AFTER DELETE ON guests BEGIN"
        " DELETE FROM sync_dirty WHERE guest_id = OLD.id; END",
        "CREATE TRIGGER sync_dirty_table AFTER UPDATE OF number ON tables BEGIN"
        " INSERT INTO sync_dirty (guest_id, n) SELECT id, 1 FROM guests WHERE table_id = NEW.id"
        " ON CONFLICT (guest_id) DO UPDATE SET n = n + 1; END",
    ):
        db.execute(statement)


def uid_from_token(token: str) -> str:
    """The uid of a guest who existed before uids (the same on every desk)."""
    return hashlib.sha256(f"checkin guest {token}".encode()).hexdigest()[:16].upper()
