"""The desk window lives through real Qt events and checks a typed code in."""

from __future__ import annotations

from PySide6.QtCore import Qt

from checkin import checkins, guests
from checkin.ui.main_window import MainWindow


def test_window_handles_events_and_exposes_the_event(qtbot, event):
    window = MainWindow(event)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(900, 600)  # resize, paint, focus events all pass through window.ctx.event()
    qtbot.wait(10)
    assert window.ctx.event.info.name == "Testbörse"
    assert len(guests.list_guests(window.ctx.event)) == 3


def test_typed_code_checks_in_and_list_updates(qtbot, event):
    window = MainWindow(event)
    qtbot.addWidget(window)
    anna = next(g for g in guests.list_guests(event) if g.family_name == "Müller")
    qtbot.keyClicks(window.scan_field, guests.badge_code(event, anna))
    qtbot.keyClick(window.scan_field, Qt.Key.Key_Return)
    assert checkins.status(event, anna.id, window.ctx.item.id).state is checkins.State.IN


def test_quit_is_the_last_entry_of_the_file_menu(qtbot, event):
    """Alt+F then Enter opens the first entry: that must never close the desk."""
    window = MainWindow(event)
    qtbot.addWidget(window)
    entries = [a for a in window.menu("file").actions() if not a.isSeparator()]
    assert entries[-1].objectName() == "action_quit"
    assert entries[0].objectName() != "action_quit"
    assert window.menu("file").actions()[-2].isSeparator()
