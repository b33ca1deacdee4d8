"""Every menu shortcut works from the desk, whatever text field has the focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest

from tests.ui.admin_mode import unlock
from tests.ui.typing_helpers import focus

EDITING = (
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
)


class Catch(QObject):
    """Takes the shortcut events of actions, so that nothing opens while we press keys."""

    def __init__(self):
        super().__init__()
        self.fired: list[str] = []

    def eventFilter(self, obj, ev):  # noqa: N802
        if ev.type() == QEvent.Type.Shortcut:
            self.fired.append(obj.objectName())
            return True
        return False


def _shortcut_actions(window) -> list[QAction]:
    found = []
    for action in window.findChildren(QAction):
        if action.shortcuts() and action.isEnabled() and not action.menu():
            found.append(action)
    return found


def _is_editing(keys: QKeySequence) -> bool:
    return any(keys in QKeySequence.keyBindings(key) for key in EDITING)


@pytest.mark.parametrize("field", ["scan", "search", "list"])
def test_every_menu_shortcut_reaches_its_action(qtbot, window, field):
    unlock(window)
    {"scan": window.show_scan, "search": window.show_search, "list": window.show_list}[field]()
    target = {
        "scan": window.scan_field,
        "search": window.search_view.query_field,
        "list": window.guest_list.filter_field,
    }[field]
    focus(qtbot, window, target)
    if field != "scan":
        target.setText("Mül")  # staff were typing there
    catch = Catch()
    actions = _shortcut_actions(window)
    assert {"action_export", "action_import_guests", "action_print_badges"} <= {
        a.objectName() for a in actions
    }
    missed = []
    for action in actions:
        for keys in action.shortcuts():
            if target.text() and _is_editing(keys):
                continue  # Ctrl+Z with text in the field undoes the typing: the field's own
            action.installEventFilter(catch)
            catch.fired.clear()
            combo = keys[0]
            QTest.keyClick(target, combo.key(), combo.keyboardModifiers())
            action.removeEventFilter(catch)
            if catch.fired != [action.objectName()]:
                missed.append((action.objectName(), keys.toString()))
            target.setFocus()
    assert missed == []


def test_ctrl_e_while_admin_mode_is_off_says_so(qtbot, window):
    from checkin import admin

    admin.set_pin(window.ctx.event, "471100")
    window.ctx.admin_gate.lock()
    window.ctx.admin_gate.apply()
    focus(qtbot, window, window.scan_field)
    QTest.keyClick(
        window.scan_field,
        QKeySequence("Ctrl+E")[0].key(),
        QKeySequence("Ctrl+E")[0].keyboardModifiers(),
    )
    assert "needs admin mode" in window.notice.text()
    assert "Export" in window.notice.text()
