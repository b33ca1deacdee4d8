"""The admin PIN: salted hash, verification, and a brake on guessing."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from checkin import admin, audit
from checkin.errors import PinError
from checkin.event import Event


def test_pin_is_stored_as_a_salted_hash_and_verified(event):
    assert not admin.has_pin(event)
    admin.set_pin(event, "471100")
    stored = event.setting("admin_pin")
    assert "471100" not in stored and stored.startswith("scrypt$")
    assert admin.verify_pin(event, "471100")
    assert not admin.verify_pin(event, "471200")
    admin.set_pin(event, "081500", current="471100")
    assert event.setting("admin_pin") != stored  # fresh salt


def test_same_pin_in_two_events_gives_different_hashes(event, tmp_path):
    admin.set_pin(event, "471100")
    from checkin.event import EventInfo

    with Event.create(tmp_path / "other.checkin", EventInfo(name="x")) as other:
        admin.set_pin(other, "471100")
        assert other.setting("admin_pin") != event.setting("admin_pin")


def test_changing_the_pin_needs_the_current_one(event):
    admin.set_pin(event, "471100")
    with pytest.raises(PinError, match="Wrong admin PIN"):
        admin.set_pin(event, "999900", current="111100")
    assert admin.verify_pin(event, "471100")


def test_too_short_pin_is_refused(event):
    with pytest.raises(PinError) as info:
        admin.set_pin(event, "12")
    assert info.value.key == "pin_too_short"


def test_wrong_attempts_make_the_next_ones_wait(event, clock):
    admin.set_pin(event, "471100")
    for _ in range(admin.FREE_ATTEMPTS):
        assert not admin.verify_pin(event, "000000")
    with pytest.raises(PinError) as info:
        admin.verify_pin(event, "471100")  # even the right PIN waits
    assert info.value.key == "pin_locked"
    assert 0 < info.value.params["seconds"] <= admin.FIRST_WAIT_SECONDS

    clock.now += timedelta(seconds=admin.FIRST_WAIT_SECONDS)
    assert not admin.verify_pin(event, "123400")  # another miss: the wait doubles
    with pytest.raises(PinError) as info:
        admin.verify_pin(event, "471100")
    assert info.value.params["seconds"] > admin.FIRST_WAIT_SECONDS

    clock.now += timedelta(seconds=2 * admin.FIRST_WAIT_SECONDS)
    assert admin.verify_pin(event, "471100")
    assert admin.seconds_locked(event) == 0
    assert [e.action for e in audit.entries(event)].count(audit.PIN_FAILED) == 4


def test_wrong_attempts_survive_a_restart(event, clock):
    admin.set_pin(event, "471100")
    for _ in range(admin.FREE_ATTEMPTS):
        admin.verify_pin(event, "000000")
    path = event.path
    event.close()
    with Event.open(path, clock=clock) as again, pytest.raises(PinError):
        admin.verify_pin(again, "471100")


def test_verify_without_pin_says_none_is_set(event):
    with pytest.raises(PinError) as info:
        admin.verify_pin(event, "123400")
    assert info.value.key == "pin_not_set"


def test_clear_pin(event):
    admin.set_pin(event, "471100")
    admin.clear_pin(event, "471100")
    assert not admin.has_pin(event)


def test_pins_of_six_characters_and_long_passphrases(event):
    with pytest.raises(PinError) as info:
        admin.set_pin(event, "47110")  # five digits: too short since the KDF change
    assert info.value.params == {"min": admin.MIN_LENGTH} and "at least 6" in str(info.value)
    phrase = "Kooperationsbörse Rathaus 2027 – Тверь"
    admin.set_pin(event, phrase)
    assert admin.verify_pin(event, phrase)
    with pytest.raises(PinError) as info:
        admin.set_pin(event, "x" * (admin.MAX_LENGTH + 1), current=phrase)
    assert info.value.key == "pin_too_long"


def test_the_real_cost_is_memory_hard_and_stored_with_the_hash(event, monkeypatch):
    """The KDF the app ships (the other tests use a cheap one): 256 MiB a try."""
    monkeypatch.undo()  # tests/conftest.py swaps in a cheap KDF
    real = admin.KDF
    assert real.memory >= 256 * 2**20 and real.n * real.r * real.p >= 2**21
    admin.set_pin(event, "471100")
    name, n, r, p, salt, digest = event.setting("admin_pin").split("$")
    assert (name, int(n), int(r), int(p)) == ("scrypt", real.n, real.r, real.p)
    assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 32
    assert admin.verify_pin(event, "471100")


def test_an_old_cheap_hash_is_remade_at_the_current_cost_on_the_next_right_pin(event):
    old = admin.Kdf(n=2**4, r=8, p=1)  # cheaper than the test cost, like 2^14 against 2^18
    salt = bytes(16)
    digest = admin._hash("4711", salt, old)  # a 4-digit PIN from before, still accepted
    with event.writing():
        event.db["settings"].upsert(
            {"key": "admin_pin", "value": f"scrypt$16$8$1${salt.hex()}${digest.hex()}"}, pk="key"
        )
    assert not admin.verify_pin(event, "4712")
    assert event.setting("admin_pin").startswith("scrypt$16$")  # a wrong PIN changes nothing
    assert admin.verify_pin(event, "4711")
    stored = event.setting("admin_pin")
    assert stored.startswith(f"scrypt${admin.KDF.n}${admin.KDF.r}${admin.KDF.p}$")
    assert salt.hex() not in stored  # fresh salt
    assert admin.verify_pin(event, "4711") and not admin.verify_pin(event, "4712")


def test_pin_rows_deleted_with_sqlite_are_noticed(event):
    assert admin.pin_state(event) is admin.PinState.NONE
    admin.set_pin(event, "471100")
    assert admin.pin_state(event) is admin.PinState.SET
    path = event.path
    event.close()
    conn = sqlite3.connect(path)  # what someone with the sqlite3 tool would do
    conn.execute("DELETE FROM settings WHERE key LIKE 'admin_pin%'")
    conn.commit()
    conn.close()
    with Event.open(path) as again:
        assert not admin.has_pin(again)
        assert admin.pin_state(again) is admin.PinState.REMOVED_OUTSIDE
        assert admin.note_removed_outside(again)
        assert admin.note_removed_outside(again)  # still removed; written to the trail once
        actions = [e.action for e in audit.entries(again)]
        assert actions.count(audit.PIN_REMOVED_OUTSIDE) == 1
        admin.set_pin(again, "246800")  # a new PIN ends the alarm
        assert admin.pin_state(again) is admin.PinState.SET


def test_a_pin_cleared_in_the_app_is_not_an_alarm(event):
    admin.set_pin(event, "471100")
    admin.clear_pin(event, "471100")
    assert admin.pin_state(event) is admin.PinState.NONE
    assert not admin.note_removed_outside(event)


def test_read_only_event_checks_the_pin_without_writing(event):
    admin.set_pin(event, "471100")
    path = event.path
    with Event.open(path, read_only=True) as reader:
        assert not admin.verify_pin(reader, "000000")
        assert admin.verify_pin(reader, "471100")
    assert event.setting("admin_pin_failures") == "0"
