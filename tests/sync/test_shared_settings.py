"""Shared settings travel with the journal; nothing else may be set by another desk."""

from __future__ import annotations

from datetime import timedelta

from checkin.sync import snapshot
from checkin.sync.apply import apply_all
from checkin.sync.journal import Journal, Record, encode


def test_shared_settings_reach_the_other_desk_and_the_later_change_wins(event, tmp_path, clock):
    folder = tmp_path / "sync"
    a = Journal.attach(event, folder, desk_name="A")
    b_event = snapshot.restore(snapshot.publish(event, folder, a.desk_id), tmp_path / "b.checkin")
    b_event.clock = clock
    b = Journal.attach(b_event, folder, desk_name="B")
    try:
        event.set_setting("shared.colour", "blue")
        event.set_setting("local.only", "here")
        a.flush()
        apply_all(b_event, folder)
        assert b_event.setting("shared.colour") == "blue"
        assert b_event.setting("local.only") is None
        assert b.flush() == 0  # what B applied is not echoed back
        clock.now += timedelta(minutes=1)
        b_event.set_setting("shared.colour", "green")
        b.flush()
        apply_all(event, folder)
        assert event.setting("shared.colour") == "green"
        event.set_setting("shared.colour", None)
        a.flush()
        apply_all(b_event, folder)
        assert b_event.setting("shared.colour") is None
    finally:
        b_event.close()


def test_a_journal_record_cannot_set_a_desk_setting(event, tmp_path):
    folder = tmp_path / "sync"
    Journal.attach(event, folder, desk_name="A")
    rogue = folder / "journal" / "ffffffff"
    rogue.mkdir(parents=True)
    record = Record(
        "ffffffff", 1, "setting", "2027-04-20T08:00:00+00:00", {"key": "admin_pin", "value": "x"}
    )
    (rogue / "000000001.jsonl").write_bytes(encode(record))
    report = apply_all(event, folder)
    assert (report.applied, report.quarantined) == (0, 1)  # refused, with its reason
    assert event.setting("admin_pin") is None
