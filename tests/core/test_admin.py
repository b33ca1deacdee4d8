"""The admin PIN: salted hash, verification, and a brake on guessing."""

from __future__ import annotations

from datetime import timedelta

import pytest

from checkin import admin, audit
from checkin.errors import PinError
from checkin.event import Event


def test_pin_is_stored_as_a_salted_hash_and_verified(event):
    assert not admin.has_pin(event)
    admin.set_pin(event, "4711")
    stored = event.setting("admin_pin")
    assert "4711" not in stored and stored.startswith("scrypt$")
    assert admin.verify_pin(event, "4711")
    assert not admin.verify_pin(event, "4712")
    admin.set_pin(event, "0815", current="4711")
    assert event.setting("admin_pin") != stored  # fresh salt


def test_same_pin_in_two_events_gives_different_hashes(event, tmp_path):
    admin.set_pin(event, "4711")
    from checkin.event import EventInfo

    with Event.create(tmp_path / "other.checkin", EventInfo(name="x")) as other:
        admin.set_pin(other, "4711")
        assert other.setting("admin_pin") != event.setting("admin_pin")


def test_changing_the_pin_needs_the_current_one(event):
    admin.set_pin(event, "4711")
    with pytest.raises(PinError, match="Wrong admin PIN"):
        admin.set_pin(event, "9999", current="1111")
    assert admin.verify_pin(event, "4711")


def test_too_short_pin_is_refused(event):
    with pytest.raises(PinError) as info:
        admin.set_pin(event, "12")
    assert info.value.key == "pin_too_short"


def test_wrong_attempts_make_the_next_ones_wait(event, clock):
    admin.set_pin(event, "4711")
    for _ in range(admin.FREE_ATTEMPTS):
        assert not admin.verify_pin(event, "0000")
    with pytest.raises(PinError) as info:
        admin.verify_pin(event, "4711")  # even the right PIN waits
    assert info.value.key == "pin_locked"
    assert 0 < info.value.params["seconds"] <= admin.FIRST_WAIT_SECONDS

    clock.now += timedelta(seconds=admin.FIRST_WAIT_SECONDS)
    assert not admin.verify_pin(event, "1234")  # another miss: the wait doubles
    with pytest.raises(PinError) as info:
        admin.verify_pin(event, "4711")
    assert info.value.params["seconds"] > admin.FIRST_WAIT_SECONDS

    clock.now += timedelta(seconds=2 * admin.FIRST_WAIT_SECONDS)
    assert admin.verify_pin(event, "4711")
    assert admin.seconds_locked(event) == 0
    assert [e.action for e in audit.entries(event)].count(audit.PIN_FAILED) == 4


def test_wrong_attempts_survive_a_restart(event, clock):
    admin.set_pin(event, "4711")
    for _ in range(admin.FREE_ATTEMPTS):
        admin.verify_pin(event, "0000")
    path = event.path
    event.close()
    with Event.open(path, clock=clock) as again, pytest.raises(PinError):
        admin.verify_pin(again, "4711")


def test_verify_without_pin_says_none_is_set(event):
    with pytest.raises(PinError) as info:
        admin.verify_pin(event, "1234")
    assert info.value.key == "pin_not_set"


def test_clear_pin(event):
    admin.set_pin(event, "4711")
    admin.clear_pin(event, "4711")
    assert not admin.has_pin(event)
