"""Starting without a file: the start page creates, opens and remembers events; an empty
event says what to do next."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from checkin import guests, programme
from checkin.event import Event
from checkin.ui import start
from checkin.ui.start import opening
from checkin.ui.start.new_event_dialog import NewEventDialog


def _desk_windows():
    from checkin.ui.main_window import MainWindow

    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


def _close(window):
    window.close()
    QApplication.processEvents()


def test_new_event_from_the_start_page(qtbot, tmp_path, monkeypatch):
    page = start.StartWindow()
    qtbot.addWidget(page)
    page.show()
    target = tmp_path / "Sommerfest 2027.checkin"

    def fill_in(dialog_self):
        dialog_self.name.setText("Sommerfest 2027")
        dialog_self.venue.setText("Rathaus")
        dialog_self.path.setText(str(target))
        dialog_self._path_edited = True
        dialog_self.create()
        return dialog_self.result()

    monkeypatch.setattr(NewEventDialog, "exec", fill_in)
    page.new_button.click()
    assert target.is_file()
    window = page.window_opened
    assert window is not None and window.isVisible() and not page.isVisible()
    assert window.ctx.event.info.name == "Sommerfest 2027"
    assert window.ctx.item.name == "Sommerfest 2027"  # a first item to check in to
    card = window.scan_view.card
    assert card.title.text() == "This event has no guests yet"
    assert "Import the guest list" in card.notes.text()  # what to do next
    assert "File ▸ Import guest list" in card.notes.text() and "admin PIN" in card.notes.text()
    assert start.recent_events()[0] == target.resolve()
    _close(window)


def test_a_new_event_needs_a_name_and_an_existing_folder(qtbot, tmp_path):
    dialog = NewEventDialog()
    qtbot.addWidget(dialog)
    dialog.create()
    assert "name" in dialog.error.text() and dialog.event is None
    dialog.name.setText("Messe")
    dialog.path.setText(str(tmp_path / "nowhere" / "messe.checkin"))
    dialog.create()
    assert "does not exist" in dialog.error.text() and dialog.event is None
    assert dialog.path.text().endswith("messe.checkin")


def test_open_and_recent_events(qtbot, tmp_path, monkeypatch, demo_event):
    path = demo_event.path
    demo_event.close()
    monkeypatch.setattr(opening, "ask_event_file", lambda parent=None: path)
    page = start.StartWindow()
    qtbot.addWidget(page)
    page.open_button.click()
    window = page.window_opened
    assert window.ctx.event.path == path
    _close(window)
    again = start.StartWindow()  # the next start lists it under recent events
    qtbot.addWidget(again)
    assert again.recent.count() >= 1
    assert Path(again.recent.item(0).data(Qt.ItemDataRole.UserRole)) == path.resolve()
    again.recent.itemActivated.emit(again.recent.item(0))  # Enter on it
    assert again.window_opened.ctx.event.path.resolve() == path.resolve()
    _close(again.window_opened)


def test_the_demo_from_the_start_page(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(opening, "DEMO_PATH", tmp_path / "demo.checkin")
    page = start.StartWindow()
    qtbot.addWidget(page)
    page.demo_button.click()
    window = page.window_opened
    assert guests.count_guests(window.ctx.event) > 50
    _close(window)


def test_file_open_in_a_desk_replaces_the_window(qtbot, event, tmp_path, monkeypatch):
    other = Event.create(tmp_path / "other.checkin", event.info)
    item = programme.add_item(other, "Abend", "", "")
    programme.set_active_item(other, item.id)
    other.close()
    first = opening.show_desk(event)  # deletes itself when closed, as in the app
    monkeypatch.setattr(opening, "ask_event_file", lambda parent=None: tmp_path / "other.checkin")
    first.findChild(QAction, "action_open_event").trigger()
    opened = [w for w in _desk_windows() if w is not first]
    assert len(opened) == 1 and opened[0].ctx.event.path.name == "other.checkin"
    assert not first.isVisible()
    _close(opened[0])


def test_an_unreadable_file_is_refused_with_a_reason(qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "kaputt.checkin"
    bad.write_text("not a database")
    said = []
    monkeypatch.setattr(opening.QMessageBox, "warning", lambda *args: said.append(args[2]))
    assert opening.open_path(bad) is None
    assert said and "kaputt.checkin" in said[0]
