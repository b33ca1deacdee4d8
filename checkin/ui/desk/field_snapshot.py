"""What a widget held before a scanner burst began, to put it back afterwards.

A burst's first key cannot be told from a person's: it reaches the focused widget. Once
the burst is recognised, the snapshot puts the text field (or the list row, or the combo
box choice) back as it was, and closes a cell editor that the first key opened.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def text_target(widget: QWidget):
    """The editable text widget behind ``widget``, if it has one."""
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return widget
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    if isinstance(widget, QAbstractSpinBox):
        return widget.findChild(QLineEdit)
    return None


def _item_view_of(widget: QWidget | None) -> QAbstractItemView | None:
    """The list or table whose cell editor ``widget`` is (editors live on its viewport)."""
    parent = widget.parentWidget() if widget is not None else None
    viewport_owner = parent.parentWidget() if parent is not None else None
    if isinstance(viewport_owner, QAbstractItemView) and parent is viewport_owner.viewport():
        return viewport_owner
    return None


class FieldSnapshot:
    """What ``widget`` (the focused one) showed when a possible burst began."""

    def __init__(self, widget: QWidget):
        self.widget = widget
        self.target = text_target(widget)
        self.text, self.cursor = "", 0
        self.chooser, self.choice = None, None
        if self.target is None and isinstance(widget, QComboBox | QAbstractItemView):
            # Typing in a list or combo box jumps to a matching row: remember the row.
            self.chooser = widget
            self.choice = (
                widget.currentIndex()
                if isinstance(widget, QComboBox)
                else QPersistentModelIndex(widget.currentIndex())
            )
        if isinstance(self.target, QLineEdit):
            self.text, self.cursor = self.target.text(), self.target.cursorPosition()
        elif self.target is not None:
            self.text = self.target.toPlainText()
            self.cursor = self.target.textCursor().position()

    def restore(self) -> None:
        self._close_opened_editor()
        if isinstance(self.chooser, QComboBox):
            self.chooser.setCurrentIndex(self.choice)
        elif self.chooser is not None and self.choice.isValid():
            self.chooser.setCurrentIndex(QModelIndex(self.choice))
        target = self.target
        if target is None:
            return
        if isinstance(target, QLineEdit):
            if target.text() != self.text:
                target.setText(self.text)
            target.setCursorPosition(self.cursor)
        elif target.toPlainText() != self.text:
            target.setPlainText(self.text)
            cursor = target.textCursor()
            cursor.setPosition(min(self.cursor, len(self.text)), QTextCursor.MoveMode.MoveAnchor)
            target.setTextCursor(cursor)

    def _close_opened_editor(self) -> None:
        """The first key of the burst opened a cell editor (a table that edits on any key):
        empty it and close it with Escape, which reverts the cell."""
        focus = QApplication.focusWidget()
        if focus is None or focus is self.widget or _item_view_of(focus) is None:
            return
        editor = text_target(focus)
        if isinstance(editor, QLineEdit):
            editor.setText("")
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                focus, QKeyEvent(kind, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
            )
