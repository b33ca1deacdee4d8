"""Removing personal data keeps the counts and the log, and leaves no trace in the file."""

import pytest

from checkin import guests
from checkin.errors import InvalidInput
from checkin.event import Event
from checkin.exporting import purge
from checkin.exporting.attendance import event_attendance


def figures(event):
    return [
        (
            it.expected,
            it.checked_in,
            it.present,
            it.checked_out,
            it.no_shows,
            [(b.key, b.arrived, b.expected) for b in it.by_category()],
            [(b.key, b.arrived, b.expected) for b in it.by_table()],
        )  # fmt: skip
        for it in event_attendance(event).items
    ]


def test_refuses_without_confirmation(scenario):
    with pytest.raises(InvalidInput) as err:
        purge.purge_personal_data(scenario.event)
    assert err.value.key == "purge_not_confirmed"
    assert guests.get_guest(scenario.event, scenario.anna.id).family_name == "Müller"


def test_purge_keeps_counts_and_log_and_removes_names(scenario):
    event = scenario.event
    guests.update_guest(event, scenario.ivan.id, email="ivan@sibmed.example", notes="vegetarian")
    before = figures(event)
    log_before = event.db.execute("SELECT * FROM checkins ORDER BY id").fetchall()
    result = purge.purge_personal_data(event, confirmed=True)
    assert result.guests == 4 and not result.kept_organisation
    assert figures(event) == before  # anonymous counts survive
    assert event.db.execute("SELECT * FROM checkins ORDER BY id").fetchall() == log_before
    for g in guests.list_guests(event):
        assert (g.given_name, g.family_name, g.organisation, g.email, g.notes) == ("",) * 5
        assert g.extra == {}
    assert purge.is_purged(event)
    path = event.path
    event.close()
    raw = path.read_bytes() + b"".join(
        p.read_bytes() for p in path.parent.glob(path.name + "-*") if p.is_file()
    )
    for personal in ("Парфёнов", "Müller", "ivan@sibmed.example", "vegetarian", "HYPERLINK"):
        assert personal.encode() not in raw, personal  # not even in free pages or the WAL
    # The file still opens and its log is still append-only.
    with Event.open(path) as again, pytest.raises(Exception, match="append-only"):
        again.db.execute("DELETE FROM checkins")


def test_organisations_can_be_kept(scenario):
    purge.purge_personal_data(scenario.event, confirmed=True, keep_organisation=True)
    orgs = {g.organisation for g in guests.list_guests(scenario.event)}
    assert orgs == {"Müller GmbH", "ООО «СибМед»", "-2", ""}
    assert {g.family_name for g in guests.list_guests(scenario.event)} == {""}


def test_copies_that_still_hold_personal_data_are_named(scenario):
    from checkin import backup

    event = scenario.event
    taken = backup.snapshot(event)
    sync = event.path.with_name(event.path.name + ".sync")
    (sync / "journal").mkdir(parents=True)
    result = purge.purge_personal_data(event, confirmed=True)
    assert taken.path in result.backups and sync in result.backups
    assert b"M\xc3\xbcller" in taken.path.read_bytes()  # why the user is told about it
