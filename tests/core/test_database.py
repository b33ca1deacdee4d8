"""The event file's connection: SQL straight on sqlite3, behaving as sqlite-utils 4 does
(the semantics tests run against both), with sqlite-utils' table helpers loaded only when
a caller uses them."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from checkin.database import Database, first_keyword


@pytest.fixture(params=["checkin", "sqlite-utils"])
def db(tmp_path, request):
    conn = sqlite3.connect(tmp_path / "x.db")
    if request.param == "checkin":
        database = Database(conn)
    else:
        import sqlite_utils

        database = sqlite_utils.Database(conn)
    database.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
    yield database
    conn.close()


def _other_connection_sees(db, tmp_path) -> list:
    other = sqlite3.connect(tmp_path / "x.db")
    try:
        return other.execute("SELECT name FROM t ORDER BY id").fetchall()
    finally:
        other.close()


def test_a_write_outside_a_transaction_is_committed_at_once(db, tmp_path):
    db.execute("INSERT INTO t (name) VALUES (?)", ["Anna"])
    assert not db.conn.in_transaction
    assert _other_connection_sees(db, tmp_path) == [("Anna",)]


def test_a_write_inside_a_transaction_waits_for_it(db, tmp_path):
    db.conn.execute("BEGIN IMMEDIATE")  # as Event.writing() begins one
    db.execute("INSERT INTO t (name) VALUES ('Anna')")
    assert db.conn.in_transaction
    assert _other_connection_sees(db, tmp_path) == []
    db.conn.commit()
    assert _other_connection_sees(db, tmp_path) == [("Anna",)]


def test_a_failed_write_leaves_no_transaction_open(db, tmp_path):
    db.execute("CREATE UNIQUE INDEX t_name ON t (name)")
    db.execute("INSERT INTO t (name) VALUES ('Anna')")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO t (name) VALUES ('Anna')")
    assert not db.conn.in_transaction
    db.execute("INSERT INTO t (name) VALUES ('Ivan')")
    assert _other_connection_sees(db, tmp_path) == [("Anna",), ("Ivan",)]


def test_query_gives_dicts_and_renames_repeated_columns(db):
    db.execute("INSERT INTO t (name) VALUES ('Anna')")
    assert list(db.query("SELECT * FROM t")) == [{"id": 1, "name": "Anna"}]
    rows = list(db.query("SELECT a.id, b.id, a.name FROM t a JOIN t b ON a.id = b.id"))
    assert rows == [{"id": 1, "id_2": 1, "name": "Anna"}]
    with pytest.raises(ValueError):
        db.query("DELETE FROM t")


def test_insert_returns_the_new_id_and_helpers_see_the_same_rows(tmp_path):
    db = Database(sqlite3.connect(tmp_path / "x.db"))
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
    assert db.insert("t", {"name": "Anna"}) == 1
    assert db.insert("t", {"name": "Иван"}) == 2
    assert db["t"].get(2)["name"] == "Иван"  # sqlite-utils, on the same connection
    assert "t" in db.table_names()


def test_first_keyword_skips_comments_and_blanks():
    assert first_keyword("  -- note\n /* x */ ;insert into t") == "INSERT"
    assert first_keyword("-- only a comment") == ""


def test_sqlite_utils_loads_only_when_a_helper_is_used(tmp_path):
    script = (
        "import sqlite3, sys\n"
        "from checkin.database import Database\n"
        f"db = Database(sqlite3.connect({str(tmp_path / 'y.db')!r}))\n"
        "db.execute('CREATE TABLE t (id INTEGER PRIMARY KEY)')\n"
        "db.insert('t', {'id': 1}); list(db.query('SELECT * FROM t'))\n"
        "before = 'sqlite_utils' in sys.modules\n"
        "db['t'].count\n"
        "print(before, 'sqlite_utils' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.stdout.split() == ["False", "True"], done.stderr
