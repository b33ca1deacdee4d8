"""A desk whose event file was deleted or replaced raises the alarm and saves nothing more;
when the file is back, the desk goes on checking guests in."""

from __future__ import annotations

import os
import shutil

import pytest

from checkin import checkins, guests, programme
from checkin.event import Event, EventInfo
from checkin.ui.desk.result_card import GREEN, RED
from checkin.ui.main_window import MainWindow


@pytest.fixture
def desk(qtbot, tmp_path, clock):
    folder = tmp_path / "Börse 2027"
    folder.mkdir()
    event = Event.create(folder / "event.checkin", EventInfo(name="Börse"), clock=clock)
    programme.set_active_item(event, programme.add_item(event, "Börse").id)
    for given, family in (("Anna", "Müller"), ("Иван", "Парфёнов"), ("Jörg", "Weiß")):
        guests.add_guest(event, given_name=given, family_name=family)
    window = MainWindow(event, desk="Empfang 1")
    qtbot.addWidget(window)
    window.show()
    return window, event


def _code(event, guest_id):
    return guests.badge_code(event, guests.get_guest(event, guest_id))


def test_deleted_folder_raises_the_alarm_and_no_check_in_is_acknowledged(qtbot, desk):
    window, event = desk
    window.scan_view.scan_text(_code(event, 1))
    assert window.scan_view.card.state == GREEN
    codes = [_code(event, 2), _code(event, 3)]
    folder = event.path.parent
    shutil.rmtree(folder)
    # Scanning on: the card says NOT SAVED, in red, and stays so.
    assert window.scan_view.scan_text(codes[0]) is None
    card = window.scan_view.card
    assert card.state == RED and "NOT SAVED" in card.title.text()
    assert "deleted, moved or replaced" in card.details.text()
    alarm = window.ctx.file_watch.label
    assert alarm.isVisible() and "NOT saved" in alarm.text()
    box = window.findChild(type(window.ctx.file_watch.box), "file_alarm_box")
    assert box is not None and box.isVisible() and "check-ins are refused" in box.text()
    assert len(checkins.log_entries(event)) == 1  # only the check-in before the deletion
    assert window.scan_view.scan_text(codes[1]) is None and card.state == RED
    window.ctx.backups.take()  # the backup step does not bring the folder back
    assert not folder.exists()
    assert "Backup failed" in window.statusBar().currentMessage()


def test_the_watch_notices_without_a_scan_and_clears_when_the_file_is_back(qtbot, desk, tmp_path):
    window, event = desk
    moved = tmp_path / "moved.checkin"
    os.rename(event.path, moved)
    qtbot.waitUntil(lambda: window.ctx.file_watch.label.isVisible(), timeout=10_000)
    os.rename(moved, event.path)  # the same file is back
    qtbot.waitUntil(lambda: not window.ctx.file_watch.label.isVisible(), timeout=10_000)
    window.scan_view.scan_text(_code(event, 2))
    assert window.scan_view.card.state == GREEN
    assert len(checkins.log_entries(event)) == 1
