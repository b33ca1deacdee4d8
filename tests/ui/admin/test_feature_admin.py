"""Admin mode: import, export, delete, settings and purge wait for the admin PIN."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from checkin import admin, backup, guests
from checkin.ui.admin import actions as feature_admin
from checkin.ui.main_window import MainWindow


class Pins:
    """Answers the PIN dialogs in order; records what was asked."""

    def __init__(self, *answers):
        self.answers = list(answers)
        self.asked = []

    def __call__(self, parent, title, label):
        self.asked.append(label)
        return self.answers.pop(0) if self.answers else None


def _window(qtbot, event, *answers):
    window = MainWindow(event)
    qtbot.addWidget(window)
    window.ctx.admin_gate.ask_pin = Pins(*answers)
    return window


def _add_features_later(window):
    """Actions other features add (after the admin feature was installed)."""
    made = {}
    for key, name, text in (
        ("file", "import_guests", "&Import guest list…"),
        ("file", "export_xlsx", "&Export to Excel…"),
        ("file", "open_event", "&Open event…"),
        ("guests", "delete_guest", "&Delete guest"),
        ("guests", "walkin_extra", "&Walk-in guest (second)…"),
        ("admin", "purge", "&Purge personal data…"),
        ("admin", "event_settings", "Event &settings…"),
    ):
        action = QAction(text, window)
        action.setObjectName(f"action_{name}")
        window.menu(key).addAction(action)
        made[name] = action
    return made


def test_admin_actions_are_disabled_until_the_pin_is_entered(qtbot, event, monkeypatch):
    admin.set_pin(event, "4711")
    window = _window(qtbot, event, "4711")
    made = _add_features_later(window)
    qtbot.waitUntil(lambda: not made["purge"].isEnabled())
    gated = ["import_guests", "export_xlsx", "delete_guest", "purge", "event_settings"]
    assert [n for n in gated if made[n].isEnabled()] == []
    assert made["open_event"].isEnabled() and made["walkin_extra"].isEnabled()
    assert window.findChild(QAction, "action_admin_unlock").isEnabled()
    assert window.actions_by_name["scan"].isEnabled()  # the desk stays open

    assert window.ctx.admin_gate.unlock()
    assert all(made[n].isEnabled() for n in gated)
    window.ctx.admin_gate.lock()
    assert not any(made[n].isEnabled() for n in gated)


def test_wrong_pin_keeps_the_gate_shut(qtbot, event, monkeypatch):
    admin.set_pin(event, "4711")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    window = _window(qtbot, event, "1234")
    made = _add_features_later(window)
    assert not window.ctx.admin_gate.unlock()
    qtbot.waitUntil(lambda: not made["import_guests"].isEnabled())
    assert warnings == ["Wrong admin PIN."]


def test_without_a_pin_unlock_asks_to_set_one(qtbot, event):
    window = _window(qtbot, event, "2468", "2468")
    assert window.ctx.admin_gate.unlock()
    assert admin.verify_pin(event, "2468")
    assert "no admin PIN yet" in window.ctx.admin_gate.ask_pin.asked[0]


def test_mark_admin_only_gates_any_action_and_can_open_one(qtbot, event):
    window = _window(qtbot, event)
    odd = feature_admin.mark_admin_only(QAction("Reset counters", window))
    window.menu("reports").addAction(odd)
    harmless = feature_admin.mark_admin_only(QAction("Export statistics", window), False)
    window.menu("reports").addAction(harmless)
    qtbot.waitUntil(lambda: not odd.isEnabled())
    assert harmless.isEnabled()


def test_shortcut_of_a_gated_action_does_not_fire(qtbot, event):
    window = _window(qtbot, event)
    fired = []
    action = QAction("Delete all", window)
    action.setObjectName("action_delete_all")
    action.setShortcut("Ctrl+Shift+D")
    action.triggered.connect(lambda: fired.append(1))
    window.menu("guests").addAction(action)
    window.addAction(action)
    qtbot.waitUntil(lambda: not action.isEnabled())
    action.activate(QAction.ActionEvent.Trigger)
    assert fired == []


def test_backup_on_timer_and_on_close(qtbot, event):
    window = _window(qtbot, event)
    window.ctx.backups.take()  # what the timer does every few minutes
    assert len(backup.list_backups(event.path)) == 1
    guests.add_guest(event, given_name="Spät", family_name="Gast")
    qtbot.wait(20)  # let the window finish starting up (its deferred index build) first
    window.close()
    newest = backup.list_backups(event.path)
    assert len(newest) == 2
    assert backup.check(newest[0].path) is None
    import sqlite3

    copy = sqlite3.connect(newest[0].path)
    assert copy.execute("SELECT COUNT(*) FROM guests").fetchone()[0] == 4
    copy.close()


def test_backups_go_to_the_chosen_folder(qtbot, event, tmp_path):
    event.set_setting(feature_admin.BACKUP_FOLDER_SETTING, str(tmp_path / "stick"))
    window = _window(qtbot, event)
    taken = window.ctx.backups.take()
    assert taken.path.parent == tmp_path / "stick"


def test_backup_failure_shows_in_the_status_bar_and_the_desk_goes_on(qtbot, event, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    event.set_setting(feature_admin.BACKUP_FOLDER_SETTING, str(blocker / "sub"))
    window = _window(qtbot, event)
    assert window.ctx.backups.take() is None
    assert "Backup failed" in window.statusBar().currentMessage()
