"""Old event files stay openable, and an upgrade is all or nothing.

``tests/data/event-vN.checkin`` is a file as schema version N wrote it (README.md there says
how each was made); every version has one, and each must open, upgrade and keep its data.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from checkin import checkins, guests, programme, schema
from checkin.errors import EventFileError
from checkin.event import Event

DATA = Path(__file__).parent.parent / "data"
FROZEN = sorted(DATA.glob("event-v*.checkin"), key=lambda p: int(re.findall(r"\d+", p.name)[0]))


def _version(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def _columns(path: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: [r[1] for r in conn.execute(f'PRAGMA table_info("{n}")')] for n in names}
    finally:
        conn.close()


def test_every_schema_version_has_a_frozen_file():
    versions = [_version(p) for p in FROZEN]
    assert versions == list(range(1, schema.SCHEMA_VERSION + 1)), (
        "add tests/data/event-vN.checkin for each new schema version (see its README.md)"
    )
    assert [int(re.findall(r"\d+", p.name)[0]) for p in FROZEN] == versions


@pytest.mark.parametrize("frozen", FROZEN, ids=lambda p: p.stem)
def test_frozen_file_opens_upgrades_and_keeps_its_data(frozen, tmp_path):
    path = tmp_path / "old.checkin"
    shutil.copy(frozen, path)
    old_version = _version(path)
    old_tables = _columns(path)
    with Event.open(path) as ev:
        assert ev.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert ev.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        irina = guests.get_guest(ev, 1)
        assert (irina.given_name, irina.family_name) == ("Ирина", "Соколова")
        item = programme.get_item(ev, 1)
        before = len(checkins.log_entries(ev))
        states = {g.id: checkins.status(ev, g.id, item.id).state for g in guests.list_guests(ev)}
        assert list(states.values()).count(checkins.State.IN) == 1  # the old check-in counts
        # The desk goes on: a badge scan checks a guest in who was not yet there.
        waiting = next(gid for gid, state in states.items() if state is checkins.State.NOT_YET)
        badge = guests.badge_code(ev, guests.get_guest(ev, waiting))
        result = checkins.check_in(ev, badge, item, desk="d")
        assert result.result is checkins.Result.CHECKED_IN
        assert len(checkins.log_entries(ev)) == before + 1
        # Every row the old version held is still there.
        for table in old_tables:
            if table.startswith("sqlite_"):
                continue
            old = sqlite3.connect(frozen)
            count = old.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
            old.close()
            now = ev.db.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
            assert now >= count, table
    if old_version < schema.SCHEMA_VERSION:
        assert (tmp_path / f"old.checkin.v{old_version}.bak").is_file()


def _failing_at(step: int):
    """The real migrations with a failure inside migration ``step`` (after it did some work)."""

    real = schema.MIGRATIONS[step - 1]

    def broken(db: sqlite_utils.Database) -> None:
        real(db)
        db["guests"].add_column("half_done", str)
        raise sqlite3.IntegrityError("simulated failure half-way through the upgrade")

    broken.__name__ = f"broken_v{step}"
    migrations = list(schema.MIGRATIONS)
    migrations[step - 1] = broken
    return migrations


@pytest.mark.parametrize("step", [2, 5, schema.SCHEMA_VERSION])
def test_a_failed_upgrade_leaves_the_old_version_intact(step, tmp_path, monkeypatch):
    path = tmp_path / "old.checkin"
    shutil.copy(DATA / "event-v1.checkin", path)
    before = _columns(path)
    monkeypatch.setattr(schema, "MIGRATIONS", _failing_at(step))
    with pytest.raises(EventFileError) as info:
        Event.open(path)
    assert info.value.key == "upgrade_failed"
    assert "left unchanged" in str(info.value) and "simulated failure" in str(info.value)
    assert info.value.params["found"] == 1
    assert _version(path) == 1
    assert _columns(path) == before  # not one table or column of a newer version

    monkeypatch.undo()  # the next checkin (fixed) upgrades the same file normally
    with Event.open(path) as ev:
        assert ev.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert guests.get_guest(ev, 1).family_name == "Соколова"


@pytest.mark.parametrize("number", range(1, schema.SCHEMA_VERSION + 1))
def test_each_migration_stays_inside_the_upgrade_transaction(number, tmp_path):
    """A migration that commits by itself (executescript, VACUUM…) would make upgrades
    half-applied again: each one is run inside a transaction and rolled back."""
    db = sqlite_utils.Database(sqlite3.connect(tmp_path / "m.db"))
    for migrate in schema.MIGRATIONS[: number - 1]:
        migrate(db)
    db.conn.commit()
    before = _columns(tmp_path / "m.db")
    db.conn.execute("BEGIN IMMEDIATE")
    schema.MIGRATIONS[number - 1](db)
    assert db.conn.in_transaction, f"migration {number} committed by itself"
    db.conn.rollback()
    db.conn.close()
    assert _columns(tmp_path / "m.db") == before


def test_a_migration_that_commits_by_itself_is_caught(tmp_path, monkeypatch):
    def commits(db: sqlite_utils.Database) -> None:
        db.conn.commit()

    path = tmp_path / "old.checkin"
    shutil.copy(DATA / "event-v1.checkin", path)
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS[:1], commits])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    with pytest.raises(EventFileError) as info:
        Event.open(path)
    assert info.value.key == "upgrade_failed" and "committed by itself" in str(info.value)
    assert _version(path) == 1
