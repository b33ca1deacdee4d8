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


def test_copies_that_hold_personal_data_are_deleted_too(scenario, tmp_path):
    """Backups, upgrade copies and the files restore put aside: after a purge, no copy of
    the names is left beside the event (only the desks' shared sync folder is named)."""
    from checkin import backup

    event = scenario.event
    path = event.path
    stick = tmp_path / "stick"
    stick.mkdir()
    taken = backup.snapshot(event)
    event.set_setting(backup.FOLDER_SETTING, str(stick))
    on_stick = backup.snapshot(event, stick)
    upgrade_copy = path.with_name(path.name + ".v7.bak")
    upgrade_copy.write_bytes(taken.path.read_bytes())
    (stick / f"{backup.stem(path)}-20270420T080000000000Z.checkin.partial").write_bytes(b"x")
    # restore() keeps the file it replaces, with its -wal, as NAME.replaced-TIME
    replaced = path.with_name(path.name + ".replaced-20270420T090000000000Z")
    replaced.write_bytes(taken.path.read_bytes())
    replaced.with_name(replaced.name + "-wal").write_bytes("Müller".encode())
    unrelated = tmp_path / "other.checkin.replaced-1"  # another event's: not ours to delete
    unrelated.write_bytes(b"keep")
    sync = path.with_name(path.name + ".sync")
    (sync / "journal").mkdir(parents=True)

    result = purge.purge_personal_data(event, confirmed=True)
    for gone in (taken.path, on_stick.path, upgrade_copy, replaced):
        assert gone in result.removed and not gone.exists()
    assert result.backups == [sync]
    assert unrelated.read_bytes() == b"keep"
    event.close()
    for folder in (tmp_path, stick, backup.backup_dir(path)):
        for f in folder.iterdir():
            if f.is_file():
                assert "Müller".encode() not in f.read_bytes(), f
                assert "Парфёнов".encode() not in f.read_bytes(), f


def test_cli_purge_says_what_was_deleted(scenario, capsys, monkeypatch):
    from checkin import backup
    from tests.cli.helpers import run

    path = scenario.event.path
    backup.snapshot(scenario.event)
    scenario.event.close()
    code, out, err = run(capsys, "purge", path, "--yes-delete-personal-data", "--json")
    assert code == 0, err
    import json

    data = json.loads(out)
    assert len(data["deleted_copies"]) == 1 and data["backups_with_personal_data"] == []
