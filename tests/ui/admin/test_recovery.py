"""A damaged event file: the GUI offers the last good backup and opens it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from checkin import backup, checkins, guests
from checkin.errors import DamagedEventFile
from checkin.ui.admin import recovery


@pytest.fixture
def damaged(event):
    checkins.check_in(event, guests.list_guests(event)[0].id)
    good = backup.snapshot(event)
    event.close()
    event.path.write_bytes(event.path.read_bytes()[:6000])
    return event.path, good


def _answer(button, seen):
    def click():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.informativeText())
        box.button(button).click()

    QTimer.singleShot(50, click)


def test_real_dialog_offers_the_backup_and_restore_opens_it(qtbot, damaged):
    path, good = damaged
    seen = []
    _answer(QMessageBox.StandardButton.Yes, seen)
    event = recovery.open_event(path)
    try:
        assert str(good.path) in seen[0] and good.taken_text in seen[0]
        assert len(checkins.log_entries(event)) == 1
        kept = list(path.parent.glob(path.name + ".replaced-*Z"))
        assert len(kept) == 1 and kept[0].stat().st_size == 6000  # nothing deleted
    finally:
        event.close()


def test_declining_keeps_the_damaged_file_and_raises(qtbot, damaged):
    path, _ = damaged
    _answer(QMessageBox.StandardButton.Cancel, [])
    with pytest.raises(DamagedEventFile):
        recovery.open_event(path)
    assert path.stat().st_size == 6000


def test_no_backup_no_question(qtbot, event, monkeypatch):
    event.close()
    event.path.write_bytes(event.path.read_bytes()[:6000])
    monkeypatch.setattr(recovery, "ask_restore", lambda *a: pytest.fail("asked"))
    with pytest.raises(DamagedEventFile, match="no good backup"):
        recovery.open_event(event.path)
