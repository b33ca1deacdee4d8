"""The event file: creation, pragmas, migrations, refusal of foreign or newer files."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from checkin import checkins, guests, programme, schema
from checkin.errors import EventFileError
from checkin.event import Event, EventInfo

DATA = Path(__file__).parent.parent / "data"


def test_new_file_is_wal_with_foreign_keys_and_current_schema(tmp_path):
    with Event.create(
        tmp_path / "e.checkin", EventInfo(name="Börse", languages=["de", "ru"])
    ) as ev:
        assert ev.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert ev.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert ev.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert ev.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert ev.info.languages == ["de", "ru"]
        assert len(ev.secret) == 64


def test_reopened_file_keeps_its_data(tmp_path):
    path = tmp_path / "e.checkin"
    with Event.create(path, EventInfo(name="Börse")) as ev:
        guests.add_guest(ev, given_name="Ирина", family_name="Соколова")
        secret = ev.secret
    with Event.open(path) as ev:
        assert ev.secret == secret
        assert [g.family_name for g in guests.list_guests(ev)] == ["Соколова"]


def test_create_refuses_to_overwrite(tmp_path):
    path = tmp_path / "e.checkin"
    Event.create(path, EventInfo(name="A")).close()
    with pytest.raises(EventFileError, match="already exists"):
        Event.create(path, EventInfo(name="B"))


def test_old_version_file_is_upgraded_and_backed_up(tmp_path):
    path = tmp_path / "old.checkin"
    shutil.copy(DATA / "event-v1.checkin", path)
    with Event.open(path) as ev:
        assert ev.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        irina = guests.get_guest(ev, 1)
        assert (irina.given_name, irina.family_name, irina.badge_version) == (
            "Ирина",
            "Соколова",
            1,
        )
        item = programme.get_item(ev, 1)
        # The old check-in is still there and still counts.
        assert checkins.status(ev, 2, item.id).state is checkins.State.IN
        assert checkins.check_in(ev, 2, item).result is checkins.Result.ALREADY_CHECKED_IN
        result = checkins.check_in(ev, guests.badge_code(ev, irina), item, desk="d")
        assert result.result is checkins.Result.CHECKED_IN
        assert result.table.number == 7
    assert (tmp_path / "old.checkin.v1.bak").is_file()


def test_file_made_by_only_the_first_migration_upgrades(tmp_path):
    path = tmp_path / "made-old.checkin"
    conn = sqlite3.connect(path)
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    schema.MIGRATIONS[0](db)
    db.execute("PRAGMA user_version = 1")
    db["event"].insert({"id": 1, "name": "x", "secret": "22" * 32, "languages": "[]"})
    conn.commit()
    conn.close()
    with Event.open(path) as ev:
        g = guests.add_guest(ev, given_name="Neu", industry="Pflege")
        assert g.industry == "Pflege"


def test_newer_version_is_refused_with_clear_message(tmp_path):
    path = tmp_path / "new.checkin"
    Event.create(path, EventInfo(name="x")).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    with pytest.raises(EventFileError, match="newer version of checkin") as info:
        Event.open(path)
    assert info.value.key == "newer_schema"
    assert info.value.params["found"] == schema.SCHEMA_VERSION + 5


def test_other_sqlite_files_and_non_sqlite_files_are_refused(tmp_path):
    other = tmp_path / "other.checkin"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(EventFileError, match="not a checkin event file"):
        Event.open(other)
    text = tmp_path / "guests.checkin"
    text.write_text("Vorname;Nachname\n")
    with pytest.raises(EventFileError, match="not a checkin event file"):
        Event.open(text)
    with pytest.raises(EventFileError, match="no such event file"):
        Event.open(tmp_path / "missing.checkin")


def test_create_in_a_missing_folder_names_the_problem(tmp_path):
    with pytest.raises(EventFileError) as info:
        Event.create(tmp_path / "gone" / "e.checkin", EventInfo(name="x"))
    assert info.value.key == "file_unreachable" and "No such file" in str(info.value)
    assert not (tmp_path / "gone").exists()


def test_a_failed_create_leaves_no_half_made_file(tmp_path, monkeypatch):
    def broken(db):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS[:-1], broken])
    path = tmp_path / "e.checkin"
    with pytest.raises(EventFileError):
        Event.create(path, EventInfo(name="x"))
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    monkeypatch.undo()
    Event.create(path, EventInfo(name="x")).close()  # the name is free for a new try
