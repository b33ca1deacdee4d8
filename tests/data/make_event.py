"""Make a frozen event file with the checkin found on PYTHONPATH (see README.md here).

Run it against an old checkout, so the file is what that version wrote:

    PYTHONPATH=/tmp/checkin-v3 python tests/data/make_event.py tests/data/event-v3.checkin

The content is the same for every version: the event, two tables, two programme items (one
by registration), three guests (Latin and Cyrillic), a registration, a check-in and an
undone one. Every table the version has gets a row too — with the columns of the migration
that made it, which every later version still has — so an upgrade must carry them over.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from checkin import checkins, guests, programme, schema, tables
from checkin.event import Event, EventInfo

SECRET = "22" * 32
AT = "2026-11-20T09:15:00.000000+00:00"


class Clock:
    def __init__(self):
        self.now = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


# Rows for tables that later migrations added, as their own migration created them.
OPTIONAL_ROWS = {
    "seating_log": {"guest_id": 1, "table_id": 1, "previous_table_id": None, "locked": 1,
                    "source": "manual", "reason_key": "manual", "reason_params": "{}", "at": AT},
    "rounds": {"id": 1, "item_id": 1, "number": 1, "starts": "2026-11-20T10:00", "minutes": 20},
    "round_seats": {"round_id": 1, "guest_id": 1, "table_id": 1, "locked": 0},
    "round_interpreters": {"round_id": 1, "table_id": 1, "guest_id": 3, "manual": 1},
    "meeting_wishes": {"guest_id": 1, "organisation": "ООО «СибМед»", "wish": "meet"},
    "delegations": {"id": 1, "name": "Omsk", "leader_id": 2},
    "delegation_members": {"delegation_id": 1, "guest_id": 2},
    "sync_applied": {"desk": "desk-b", "seq": 3},
    "sync_guest_history": {"token": "T", "field": "phone", "value": "+7 3812", "at": AT,
                           "desk": "desk-b", "kept_value": "", "kept_at": AT, "kept_desk": "a"},
    "sync_duplicates": {"token_a": "A", "token_b": "B", "reason": "same_name", "found_at": AT},
    "audit": {"at": AT, "desk": "Empfang 1", "operator": "anna", "action": "guest_edited",
              "guest_id": 1, "details": json.dumps({"phone": ["", "+49 761"]})},
    "badge_prints": {"guest_id": 1, "at": AT, "layout": "insert-90x54", "desk": "Empfang 1",
                     "operator": "anna", "batch_id": "b1", "box": "A–K", "sheet": 1, "slot": 1,
                     "badge_version": 1},
    "badge_reissues": {"guest_id": 2, "at": AT, "desk": "Empfang 1", "operator": "anna",
                       "reason": "lost", "old_version": 1, "new_version": 2},
    "substitutions": {"guest_id": 3, "at": AT, "desk": "Empfang 1", "operator": "anna",
                      "old_person": json.dumps({"given_name": "Jürgen"}),
                      "new_person": json.dumps({"given_name": "Jörg"})},
    "pretix_positions": {"position_id": 41, "guest_token": "T", "order_code": "ABC12",
                         "secret": "=QAB", "item_id": 5, "status": "valid",
                         "pulled": json.dumps({"given_name": "Ирина", "secret": "=QAB"})},
    "pretix_pushes": {"nonce": "checkin-0001", "checkin_id": 1, "kind": "redeem",
                      "outcome": "ok", "detail": "", "at": AT},
    "pretix_revoked": {"secret": "=QAA"},
    "badge_designs": {"name": "Presse", "updated_at": AT, "updated_desk": "Empfang 1",
                      "deleted": 0, "spec": json.dumps({
                          "format": 1, "name": "Presse", "width": 90, "height": 54, "front": [
                              {"kind": "image", "x": 4, "y": 4, "w": 20, "h": 8, "name": "logo",
                               "asset": "0" * 64},
                              {"kind": "qr", "x": 60, "y": 20, "w": 26, "h": 26}]})},
    "badge_assets": {"sha": "0" * 64, "kind": "png", "data": b"\x89PNG\r\n\x1a\n",
                     "added_at": AT},
    "sync_quarantine": {"desk": "desk-c", "seq": 4, "reason": "bad_time", "detail": "at",
                        "line": '{"r": {"at": "not-a-time"}}', "found_at": AT},
}  # fmt: skip

# Guest columns that later migrations added: set where the version has them.
GUEST_VALUES = {
    1: {"salutation": "Frau", "industry": "Medizintechnik", "table_locked": 1,
        "languages": '["ru", "de"]', "contact_consent": 1},
    2: {"badge_version": 2, "patronymic": "Ивановна", "extra": '{"Stand": "A4"}',
        "badge_replaced_reason": "lost", "badge_replaced_at": AT},
    3: {"interpreter_pairs": '[["de", "ru"]]', "substitute_for": "Jürgen Groß",
        "extra_codes": '["PX-4711"]', "checkin_text": "Presseausweis zeigen", "attention": 1},
}  # fmt: skip


# Columns that later migrations added to other tables: set where the version has them.
ROW_VALUES = {
    "tables": {1: {"name_ru": "Уход", "theme_ru": "Уход и здоровье", "theme_en": "Care"}},
    "programme_items": {1: {"place": "Rathaus", "name_ru": "Кооперационная биржа",
                            "place_ru": "Ратуша"}},
}  # fmt: skip


def _columns(event: Event, table: str) -> set[str]:
    return {row[1] for row in event.db.execute(f"PRAGMA table_info({table})")}


def make(path: Path) -> None:
    event = Event.create(path, EventInfo(name="Gefrorene Börse", venue="Rathaus"), clock=Clock())
    with event:
        t7 = tables.add_table(event, 7, name="Pflege", theme="Pflege", capacity=8)
        tables.add_table(event, 8, name="Metall", theme="Metall", capacity=6)
        exchange = programme.add_item(event, "Kooperationsbörse", "2026-11-20T09:00", "")
        visits = programme.add_item(event, "Firmenbesuche", "2026-11-19", "", all_guests=False)
        programme.set_active_item(event, exchange.id)
        irina = guests.add_guest(event, given_name="Ирина", family_name="Соколова",
                                 organisation="ООО «СибМед»", language="ru", table_id=t7.id)  # fmt: skip
        guests.add_guest(event, given_name="Jürgen", family_name="Groß", category="Press")
        guests.add_guest(event, given_name="Olga", family_name="Ivanova", category="Interpreter")
        programme.register(event, visits.id, [irina.id])
        checkins.check_in(event, irina.id, exchange, desk="Empfang 1", operator="anna")
        checkins.check_in(event, 2, exchange, desk="Empfang 2", operator="jörg")
        checkins.undo(event, 2, exchange, desk="Empfang 2", operator="jörg")
        with event.db.conn:
            event.db.execute("UPDATE event SET secret = ?", [SECRET])
            present = {
                r[0] for r in event.db.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            for table, row in OPTIONAL_ROWS.items():
                if table in present:
                    event.db[table].insert(row)
            columns = _columns(event, "guests")
            for guest_id, values in GUEST_VALUES.items():
                for column, value in values.items():
                    if column in columns:
                        event.db.execute(f"UPDATE guests SET {column} = ? WHERE id = ?",
                                         [value, guest_id])  # fmt: skip
            for table, rows in ROW_VALUES.items():
                columns = _columns(event, table)
                for row_id, values in rows.items():
                    for column, value in values.items():
                        if column in columns:
                            event.db.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?",
                                             [value, row_id])  # fmt: skip
        version = event.db.execute("PRAGMA user_version").fetchone()[0]
    assert version == schema.SCHEMA_VERSION, (version, schema.SCHEMA_VERSION)
    print(f"{path}: schema version {version}")


if __name__ == "__main__":
    make(Path(sys.argv[1]))
