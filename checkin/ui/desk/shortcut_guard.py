"""Every menu shortcut works from the desk, even while a text field has the focus.

A line edit claims some Ctrl+letter keys for itself (Ctrl+E moves to the end of the line
on Linux): the window's shortcut never fired. The guard lets the window's actions have
their keys, except the editing keys a field really needs (copy, paste, cut, select all,
undo and redo while the field has text). A shortcut of an action that admin mode locks
is answered with a message instead of silence.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

_EDITING = (
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
)
_CHORDS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def _text_of(widget: QWidget) -> str | None:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    return None


class ShortcutGuard(QObject):
    """Installed on the application for one window; ``locked(action)`` is told when the
    shortcut of a disabled action is pressed (admin mode off)."""

    def __init__(self, window: QWidget, locked: Callable[[QAction], None]):
        super().__init__(window)
        self.window = window
        self.locked = locked

    def install(self) -> ShortcutGuard:
        QApplication.instance().installEventFilter(self)
        return self

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _action_for(self, ev) -> QAction | None:
        pressed = QKeySequence(ev.keyCombination())
        for action in self.window.findChildren(QAction):
            if action.isSeparator() or action.menu() is not None:
                continue
            for keys in action.shortcuts():
                if keys.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch:
                    return action
        return None

    def eventFilter(self, obj, ev) -> bool:  # noqa: N802 (Qt's name)
        if ev.type() != QEvent.Type.ShortcutOverride or not isinstance(obj, QWidget):
            return False
        if obj is not QApplication.focusWidget() or obj.window() is not self.window:
            return False
        if not ev.modifiers() & _CHORDS:
            return False  # F-keys and plain keys: no field claims them from the window
        text = _text_of(obj)
        if text and any(ev.matches(key) for key in _EDITING):
            return False  # the field's own editing key (Ctrl+Z with text: undo the typing)
        action = self._action_for(ev)
        if action is None:
            return False
        if not action.isEnabled():
            self.locked(action)
            ev.accept()  # said why; nothing else happens on this key
            return True
        if text is None:
            return False  # no text field in the way: Qt's shortcut map does the rest
        ev.ignore()  # not the field's: the window's shortcut gets the key
        return True
