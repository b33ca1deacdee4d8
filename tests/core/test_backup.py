"""Rolling snapshots with SQLite's backup API, and restoring one."""

from __future__ import annotations

import pytest

from checkin import backup, checkins, guests
from checkin.errors import EventFileError
from checkin.event import Event


def test_snapshot_holds_the_latest_checkin_even_before_a_checkpoint(event):
    anna = guests.list_guests(event)[0]
    checkins.check_in(event, anna.id)  # still in the -wal file, not yet in the main file
    taken = backup.snapshot(event)
    assert taken.path.parent == event.path.with_name("test.checkin.backups")
    assert backup.check(taken.path) is None
    with Event.open(taken.path, read_only=True) as copy:
        assert [e.guest_id for e in checkins.log_entries(copy)] == [anna.id]
    # a self-contained file: no -wal needed next to it
    assert not taken.path.with_name(taken.path.name + "-wal").exists()


def test_only_the_newest_n_are_kept(event):
    taken = [backup.snapshot(event, keep=3) for _ in range(5)]
    kept = backup.list_backups(event.path)
    assert [b.path for b in kept] == [t.path for t in reversed(taken[2:])]
    assert kept[0].taken > kept[1].taken > kept[2].taken


def test_snapshot_into_a_chosen_folder(event, tmp_path):
    folder = tmp_path / "usb" / "backups"
    folder.parent.mkdir()  # the stick is there; a missing one is refused (test_file_gone.py)
    taken = backup.snapshot(event, folder)
    assert taken.path.parent == folder
    assert backup.list_backups(event.path, folder)[0].path == taken.path
    assert backup.list_backups(event.path) == []


def test_restore_puts_the_backup_in_place_and_keeps_the_replaced_file(event):
    path = event.path
    snap = backup.snapshot(event)
    anna = guests.list_guests(event)[0]
    checkins.check_in(event, anna.id)
    event.close()

    kept = backup.restore(snap, path)

    with Event.open(path) as restored:
        assert checkins.log_entries(restored) == []
    with Event.open(kept, read_only=True) as replaced:  # nothing lost: the newer file is kept
        assert [e.guest_id for e in checkins.log_entries(replaced)] == [anna.id]


def test_restore_refuses_a_damaged_backup(event, tmp_path):
    snap = backup.snapshot(event)
    data = snap.path.read_bytes()
    snap.path.write_bytes(data[: len(data) // 3])
    event.close()
    with pytest.raises(EventFileError, match="damaged") as info:
        backup.restore(snap, event.path)
    assert info.value.key == "backup_damaged"
    assert Event.open(event.path).close() is None  # the event file was not touched


def test_restore_of_a_missing_backup_says_so(event, tmp_path):
    with pytest.raises(EventFileError) as info:
        backup.restore(tmp_path / "nope.checkin", event.path)
    assert info.value.key == "backup_missing"


def test_unwritable_backup_folder_gives_a_clear_error(event, tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    with pytest.raises(EventFileError) as info:
        backup.snapshot(event, blocker / "sub")
    assert info.value.key in {"write_failed", "read_only"}
    assert str(blocker) in str(info.value)


def test_a_folder_named_full_is_not_a_full_disk(event, tmp_path):
    """The disk is full when the system or SQLite says so, not when a path has "full" in it."""
    blocker = tmp_path / "full-backups"
    blocker.write_text("x")
    with pytest.raises(EventFileError) as info:
        backup.snapshot(event, blocker / "sub")
    assert info.value.key != "disk_full"
