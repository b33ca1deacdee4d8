"""Guests: add, edit, cancel, delete, look up; and each guest's badge code."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from checkin import audit, categories, codes
from checkin import changes as change_hook
from checkin.clock import to_text
from checkin.errors import InvalidInput, NotFound
from checkin.event import Event
from checkin.models import GUEST_FIELDS, Guest


def _clean(changes: dict) -> dict:
    out = {}
    for key, value in changes.items():
        if key == "extra":
            out["extra"] = json.dumps(value or {}, ensure_ascii=False)
            continue
        if key not in GUEST_FIELDS:
            raise InvalidInput("unknown_field", field=key)
        if key == "table_id":
            out[key] = value
        elif key == "category":
            out[key] = categories.canonical(value or "")
        else:
            out[key] = "" if value is None else str(value).strip()
    return out


def _unique_token(event: Event) -> str:
    while True:
        token = codes.new_token()
        if not event.db.execute("SELECT 1 FROM guests WHERE token = ?", [token]).fetchone():
            return token


def add_guest(event: Event, **data) -> Guest:
    """Register a guest. Needs at least a given or a family name."""
    row = _clean(data)
    if not (row.get("given_name") or row.get("family_name")):
        raise InvalidInput("name_required")
    now = to_text(event.clock())
    row.update(token=_unique_token(event), created_at=now, updated_at=now)
    row.setdefault("category", categories.DEFAULT)
    with event.writing():
        guest_id = event.db["guests"].insert(row).last_pk
        audit.record(event, audit.GUEST_ADDED, guest_id=guest_id)
    change_hook.record(event, "guest_added", {"ids": [guest_id]})
    return get_guest(event, guest_id)


def add_guests(event: Event, rows: Iterable[dict]) -> list[int]:
    """Bulk insert in one transaction (import, demo); returns the new ids."""
    now = to_text(event.clock())
    ids = []
    with event.writing():
        for data in rows:
            row = _clean(data)
            if not (row.get("given_name") or row.get("family_name")):
                raise InvalidInput("name_required")
            row.update(token=_unique_token(event), created_at=now, updated_at=now)
            ids.append(event.db["guests"].insert(row).last_pk)
    change_hook.record(event, "guest_added", {"ids": ids})
    return ids


def get_guest(event: Event, guest_id: int) -> Guest:
    row = event.db.execute("SELECT * FROM guests WHERE id = ?", [guest_id]).fetchone()
    if row is None:
        raise NotFound("guest_not_found", guest_id=guest_id)
    cols = [d[0] for d in event.db.execute("SELECT * FROM guests LIMIT 0").description]
    return Guest.from_row(dict(zip(cols, row, strict=True)))


def get_guests(event: Event, ids: Iterable[int]) -> list[Guest]:
    """The guests with these ids (unknown ids are left out), in no particular order."""
    ids = list(ids)
    found = []
    for start in range(0, len(ids), 500):  # within SQLite's limit on parameters
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        rows = event.db.query(f"SELECT * FROM guests WHERE id IN ({marks})", chunk)
        found += [Guest.from_row(r) for r in rows]
    return found


def list_guests(event: Event, *, include_cancelled: bool = True) -> list[Guest]:
    where = "" if include_cancelled else "WHERE cancelled = 0"
    rows = event.db.query(f"SELECT * FROM guests {where} ORDER BY family_name, given_name, id")
    return [Guest.from_row(r) for r in rows]


def count_guests(event: Event) -> int:
    return event.db.execute("SELECT COUNT(*) FROM guests").fetchone()[0]


def update_guest(event: Event, guest_id: int, **changes) -> Guest:
    before = event.db["guests"].get(guest_id) if get_guest(event, guest_id) else None
    row = _clean(changes)
    if "given_name" in row or "family_name" in row:
        current = get_guest(event, guest_id)
        given = row.get("given_name", current.given_name)
        family = row.get("family_name", current.family_name)
        if not (given or family):
            raise InvalidInput("name_required")
    row["updated_at"] = to_text(event.clock())
    with event.writing():
        event.db["guests"].update(guest_id, row)
        edited = audit.changes(before, {k: v for k, v in row.items() if k != "updated_at"})
        audit.record(event, audit.GUEST_EDITED, guest_id=guest_id, details=edited)
    change_hook.record(event, "guest_updated", {"ids": [guest_id]})
    return get_guest(event, guest_id)


def set_cancelled(event: Event, guest_id: int, cancelled: bool = True) -> Guest:
    get_guest(event, guest_id)
    with event.writing():
        event.db["guests"].update(
            guest_id, {"cancelled": int(cancelled), "updated_at": to_text(event.clock())}
        )
        action = audit.GUEST_CANCELLED if cancelled else audit.GUEST_RESTORED
        audit.record(event, action, guest_id=guest_id)
    change_hook.record(event, "guest_updated", {"ids": [guest_id]})
    return get_guest(event, guest_id)


def delete_guest(event: Event, guest_id: int) -> None:
    """Delete a guest who never checked in; guests in the log can only be cancelled."""
    gone = get_guest(event, guest_id)
    try:
        with event.writing():
            event.db.execute("DELETE FROM registrations WHERE guest_id = ?", [guest_id])
            event.db.execute("DELETE FROM guests WHERE id = ?", [guest_id])
            details = {"name": gone.full_name, "organisation": gone.organisation}
            audit.record(event, audit.GUEST_DELETED, guest_id=guest_id, details=details)
    except sqlite3.IntegrityError as exc:
        raise InvalidInput("guest_has_checkins", guest_id=guest_id) from exc


def badge_code(event: Event, guest: Guest) -> str:
    """The signed code printed on the guest's current badge."""
    return codes.make_code(event.secret, guest.token, guest.badge_version)


def find_by_token(event: Event, token: str) -> Guest | None:
    row = next(event.db.query("SELECT * FROM guests WHERE token = ?", [token]), None)
    return Guest.from_row(row) if row else None


def find_by_barcode(event: Event, text: str) -> Guest | None:
    """The guest an imported barcode or any other accepted code belongs to (see guest_codes)."""
    from checkin import guest_codes  # guest_codes builds on this module

    return guest_codes.find_by_code(event, text)
