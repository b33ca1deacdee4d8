"""A desk whose event file (or its folder) was deleted, moved or replaced stops saving and
says so, instead of acknowledging check-ins into a file nobody will ever open again."""

from __future__ import annotations

import os
import shutil

import pytest

from checkin import backup, checkins, guests
from checkin.errors import EventFileError
from checkin.event import Event, EventInfo


@pytest.fixture
def desk(tmp_path, clock):
    """An event in a folder of its own, with one guest checked in."""
    folder = tmp_path / "Börse 2027"
    folder.mkdir()
    ev = Event.create(folder / "event.checkin", EventInfo(name="Börse"), clock=clock)
    guests.add_guest(ev, given_name="Anna", family_name="Müller")
    guests.add_guest(ev, given_name="Иван", family_name="Парфёнов")
    from checkin import programme

    programme.set_active_item(ev, programme.add_item(ev, "Börse").id)
    checkins.check_in(ev, 1)
    yield ev
    ev.close()


def _refused(ev) -> EventFileError:
    with pytest.raises(EventFileError) as info:
        checkins.check_in(ev, 2)
    return info.value


def test_deleted_folder_stops_the_desk_with_a_clear_message(desk):
    folder = desk.path.parent
    shutil.rmtree(folder)
    error = _refused(desk)
    assert error.key == "file_gone"
    assert "deleted, moved or replaced" in str(error) and "check-ins are refused" in str(error)
    # The backup step does not bring the folder back (empty, with a backup of a ghost).
    with pytest.raises(EventFileError) as info:
        backup.snapshot(desk)
    assert info.value.key == "file_gone"
    assert not folder.exists()
    assert _refused(desk).key == "file_gone"  # every further scan too, not just the first


def test_replaced_file_stops_the_desk(desk, tmp_path):
    copy = tmp_path / "copy.checkin"
    shutil.copy(desk.path, copy)
    os.replace(copy, desk.path)  # another program put a different file in its place
    assert _refused(desk).key == "file_gone"


def test_file_moved_away_and_back_lets_the_desk_go_on(desk, tmp_path):
    moved = tmp_path / "moved.checkin"
    os.rename(desk.path, moved)
    assert _refused(desk).key == "file_gone"
    os.rename(moved, desk.path)  # the same file is back: check-ins go on, none was lost
    assert checkins.check_in(desk, 2).result is checkins.Result.CHECKED_IN
    assert len(checkins.log_entries(desk)) == 2


def test_backup_into_a_folder_that_is_gone_is_refused(desk, tmp_path):
    stick = tmp_path / "usb-stick"
    with pytest.raises(EventFileError) as info:
        backup.snapshot(desk, stick / "backups")  # the stick was pulled
    assert info.value.key in ("write_failed", "read_only")
    assert not stick.exists()
    assert checkins.check_in(desk, 2).result is checkins.Result.CHECKED_IN  # the desk goes on
