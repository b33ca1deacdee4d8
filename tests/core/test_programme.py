"""Programme items: registrations are written all or nothing."""

from __future__ import annotations

import sqlite3

import pytest


def test_multi_row_writes_are_all_or_nothing(event):
    from checkin import programme

    item = programme.add_item(event, "Abendessen", all_guests=False)
    with pytest.raises(sqlite3.IntegrityError):
        programme.register(event, item.id, [1, 2, 999_999])  # 999999: no such guest
    assert programme.expected_guest_ids(event, item) == []
