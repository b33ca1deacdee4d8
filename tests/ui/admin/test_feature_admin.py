"""Admin mode: the window's admin actions wait for the admin PIN; the desk stays open."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from checkin import admin, audit, backup, guests
from checkin.ui.admin import actions as feature_admin
from checkin.ui.admin import gate as feature_gate
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


def _actions(window) -> dict[str, QAction]:
    """The real window's actions (menus and shortcuts), by object name."""
    return {a.objectName(): a for a in window.ctx.admin_gate.actions() if not a.menu()}


def test_every_action_of_the_window_is_listed_as_admin_or_desk(qtbot, event):
    """The gate's lists name real actions, and every real action is in one of them."""
    window = _window(qtbot, event)
    names = {n for n, a in _actions(window).items() if not a.isSeparator()}
    listed = feature_gate.ADMIN_ACTIONS | feature_gate.DESK_ACTIONS
    assert names - listed == set(), "new actions: put them in ADMIN_ACTIONS or DESK_ACTIONS"
    assert listed - names == set(), "the gate lists actions the window does not have"
    assert not feature_gate.ADMIN_ACTIONS & feature_gate.DESK_ACTIONS


def test_admin_actions_are_disabled_until_the_pin_is_entered(qtbot, event):
    admin.set_pin(event, "471100")
    window = _window(qtbot, event, "471100")
    actions = _actions(window)
    admin_only = [actions[n] for n in sorted(feature_gate.ADMIN_ACTIONS)]
    for name in ("action_desks_panel", "action_edit_tables", "action_seating",
                 "action_substitute", "action_new_badge", "action_import_guests"):  # fmt: skip
        assert not actions[name].isEnabled(), name
    assert [a.objectName() for a in admin_only if a.isEnabled()] == []
    desk = [actions[n] for n in feature_gate.DESK_ACTIONS if n != "action_admin_lock"]
    assert [a.objectName() for a in desk if not a.isEnabled()] == []  # the desk stays open

    assert window.ctx.admin_gate.unlock()
    assert all(a.isEnabled() for a in admin_only)
    window.ctx.admin_gate.lock()
    assert not any(a.isEnabled() for a in admin_only)


def test_locking_closes_the_desks_panel_and_other_admin_windows(qtbot, event):
    admin.set_pin(event, "471100")
    window = _window(qtbot, event, "471100")
    window.show()
    assert window.ctx.admin_gate.unlock()
    actions = _actions(window)
    actions["action_desks_panel"].trigger()
    actions["action_edit_tables"].trigger()
    panel, tables = window.ctx.opened["desks_panel"], window.ctx.seating.tables_dialog
    assert panel.isVisible() and tables.isVisible()
    window.ctx.admin_gate._auto_lock.timeout.emit()  # nobody touched the desk for 15 minutes
    assert not window.ctx.admin_gate.unlocked
    assert not panel.isVisible() and not tables.isVisible()
    actions["action_desks_panel"].trigger()  # disabled: does nothing
    assert not panel.isVisible()


def test_an_action_nobody_listed_waits_for_the_pin(qtbot, event):
    window = _window(qtbot, event)
    odd = QAction("Reset counters", window)
    odd.setObjectName("action_reset_counters")
    window.menu("reports").addAction(odd)
    qtbot.waitUntil(lambda: not odd.isEnabled())


def test_wrong_pins_at_the_desk_make_the_next_tries_wait(qtbot, event, monkeypatch):
    admin.set_pin(event, "471100")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    window = _window(qtbot, event, *["000000"] * admin.FREE_ATTEMPTS, "471100")
    for _ in range(admin.FREE_ATTEMPTS):
        assert not window.ctx.admin_gate.unlock()
    assert not window.ctx.admin_gate.unlock()  # even the right PIN waits now
    assert warnings[-1].startswith("Too many wrong PINs: try again in")
    assert not window.ctx.admin_gate.unlocked


def test_a_pin_removed_outside_is_shown_in_the_desks_panel(qtbot, event, monkeypatch):
    import sqlite3

    admin.set_pin(event, "471100")
    conn = sqlite3.connect(event.path)
    conn.execute("DELETE FROM settings WHERE key LIKE 'admin_pin%'")
    conn.commit()
    conn.close()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    window = _window(qtbot, event)  # no answers: choosing a new PIN is cancelled
    assert not window.ctx.admin_gate.unlock()
    assert "removed outside checkin" in warnings[0]
    from checkin.ui.desks.actions import open_panel

    panel = open_panel(window.ctx)
    assert panel.pin_label.isVisibleTo(panel) and "removed outside" in panel.pin_label.text()
    assert audit.PIN_REMOVED_OUTSIDE in [e.action for e in audit.entries(event)]


def test_wrong_pin_keeps_the_gate_shut(qtbot, event, monkeypatch):
    admin.set_pin(event, "471100")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    window = _window(qtbot, event, "123400")
    assert not window.ctx.admin_gate.unlock()
    assert not _actions(window)["action_import_guests"].isEnabled()
    assert warnings == ["Wrong admin PIN."]


def test_without_a_pin_unlock_asks_to_set_one(qtbot, event):
    window = _window(qtbot, event, "246800", "246800")
    assert window.ctx.admin_gate.unlock()
    assert admin.verify_pin(event, "246800")
    assert "no admin PIN yet" in window.ctx.admin_gate.ask_pin.asked[0]


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
