"""Schema migration for badge designs (kept apart: schema.py stays small)."""

from __future__ import annotations

import sqlite_utils


def v11_badge_designs(db: sqlite_utils.Database) -> None:
    """Badge designs (elements as JSON) and their images, known by the SHA-256 of their bytes.

    A deleted design keeps its row (``deleted`` = 1) so the deletion travels to other desks
    and an older edit arriving later does not bring it back; ``updated_at``/``updated_desk``
    decide which of two edits wins.
    """
    db["badge_designs"].create(
        {
            "name": str,
            "spec": str,  # JSON (checkin/badges/designs/model.py)
            "updated_at": str,
            "updated_desk": str,
            "deleted": int,
        },
        pk="name",
        not_null={"spec", "updated_at"},
        defaults={"deleted": 0, "updated_desk": ""},
    )
    db["badge_assets"].create(
        {"sha": str, "kind": str, "data": bytes, "added_at": str},
        pk="sha",
        not_null={"kind", "data"},
    )
