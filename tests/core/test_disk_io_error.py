"""A full disk reported by SQLite as "disk I/O error" (its WAL index could not grow) is a
full disk for the staff too (issue 23: the desk said "disk I/O error")."""

from __future__ import annotations

import shutil
import sqlite3
from collections import namedtuple

import pytest

from checkin import checkins, guests
from checkin.checkins import Result
from checkin.errors import EventFileError

Usage = namedtuple("Usage", "total used free")


class _FailingWrites:
    """The connection, except that committing fails the way a full disk makes it fail."""

    def __init__(self, conn):
        self._conn = conn

    def commit(self):
        raise sqlite3.OperationalError("disk I/O error")

    def __getattr__(self, name):
        return getattr(self._conn, name)


@pytest.mark.parametrize(("free", "key"), [(4096, "disk_full"), (50 * 1024**3, "write_failed")])
def test_a_disk_io_error_on_a_full_disk_says_the_disk_is_full(event, monkeypatch, free, key):
    anna = guests.list_guests(event)[0]
    real_usage = shutil.disk_usage
    monkeypatch.setattr(
        shutil, "disk_usage", lambda p: Usage(real_usage(p).total, real_usage(p).total, free)
    )
    real = event.db.conn
    event.db.conn = _FailingWrites(real)
    try:
        with pytest.raises(EventFileError) as caught:
            checkins.check_in(event, anna.id)
    finally:
        real.rollback()
        event.db.conn = real
    assert caught.value.key == key
    if key == "disk_full":
        assert "the disk is full; nothing was saved" in str(caught.value)
    else:
        assert "(disk I/O error)" in str(caught.value)
    assert checkins.log_entries(event) == []
    # space freed: the desk goes on
    assert checkins.check_in(event, anna.id).result is Result.CHECKED_IN
