"""Recognise a scanner burst anywhere in a window, whatever widget has the focus.

Installed on the application, the filter watches key presses meant for widgets of one
window and feeds them to :class:`checkin.keyinput.burst.BurstDetector`. Ordinary typing
passes through untouched. When a burst ends with Enter or Tab, the terminator is
swallowed, the focused field is put back as it was before the burst's first key (so it
keeps no garbage) and ``scanned`` is emitted with the burst's text.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QTextCursor
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

from checkin.keyinput.burst import ENTER, BurstDetector, Step

_TERMINATORS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab}
_MODIFIER_KEYS = {
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock,
    Qt.Key.Key_NumLock,
}
_CHORD = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def _text_target(widget: QWidget):
    """The editable text widget behind ``widget``, if it has one."""
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return widget
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    if isinstance(widget, QAbstractSpinBox):
        return widget.findChild(QLineEdit)
    return None


class _Snapshot:
    """What a field held (or which row a list or combo box had) before a possible burst
    began, to put it back."""

    def __init__(self, widget: QWidget):
        self.target = _text_target(widget)
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


def detector_from_settings() -> BurstDetector:
    """Burst timing from the settings: slow (Bluetooth) scanners may need a longer gap."""
    settings = QSettings()
    return BurstDetector(
        max_gap_ms=float(settings.value("scanner/max_gap_ms", 40)),
        min_length=int(settings.value("scanner/min_length", 6)),
    )


class ScannerFilter(QObject):
    """``scanned(text)`` fires for every burst typed into ``window`` (or its children)."""

    scanned = Signal(str)

    def __init__(
        self,
        window: QWidget,
        *,
        detector: BurstDetector | None = None,
        clock_ms: Callable[[], float] | None = None,
    ):
        super().__init__(window)
        self.window = window
        self.detector = detector or BurstDetector()
        self.clock_ms = clock_ms or (lambda: time.monotonic() * 1000.0)
        self.enabled = True
        self._snapshot: _Snapshot | None = None
        self._chain_snapshot: _Snapshot | None = None  # before the keys of ``last_prefix``
        self.last_prefix = ""  # keys just before the last scan (see BurstDetector)
        self._prefix_snapshot: _Snapshot | None = None

    def install(self) -> ScannerFilter:
        QApplication.instance().installEventFilter(self)
        return self

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _ours(self, obj) -> bool:
        if not isinstance(obj, QWidget):
            return False
        focus = QApplication.focusWidget()
        # Propagation to parents re-delivers the same key: only the focused widget counts.
        if focus is not None and obj is not focus:
            return False
        return obj.window() is self.window

    def eventFilter(self, obj, ev) -> bool:  # noqa: N802 (Qt's name)
        kind = ev.type()
        if kind == QEvent.Type.ShortcutOverride and self.enabled:
            # Shortcuts see keys before the key press is delivered: a burst's Enter or Tab
            # must reach us, not trigger a window shortcut bound to that key.
            if (
                ev.key() in _TERMINATORS
                and self._ours(obj)
                and self.detector.would_complete(self.clock_ms())
            ):
                ev.accept()
                return True
            return False
        if kind != QEvent.Type.KeyPress or not self.enabled:
            return False
        if not self._ours(obj) or ev.isAutoRepeat():
            return False
        key = ev.key()
        if key in _MODIFIER_KEYS:
            return False  # scanners press Shift for capitals: not a break in the burst
        now = self.clock_ms()
        if key in _TERMINATORS and not ev.modifiers() & _CHORD:
            verdict = self.detector.feed(ENTER, now)
            if verdict.is_scan:
                if self._snapshot is not None:
                    self._snapshot.restore()
                self.last_prefix = verdict.prefix
                self._prefix_snapshot = self._chain_snapshot if verdict.prefix else None
                self._snapshot = self._chain_snapshot = None
                self.scanned.emit(verdict.text)
                return True
            return False
        text = ev.text()
        if len(text) == 1 and text.isprintable() and not ev.modifiers() & _CHORD:
            verdict = self.detector.feed(text, now)
            step = verdict.step
            if step is Step.STARTED:
                self._snapshot = _Snapshot(obj)
                if not verdict.chained or self._chain_snapshot is None:
                    self._chain_snapshot = self._snapshot
                return False
            # Keys at scanner speed are no person's: where they would not be text (a list,
            # a combo box jumping to rows) swallow them while the burst is decided.
            return step is Step.CONTINUES and _text_target(obj) is None

        self.detector.other()
        self._snapshot = self._chain_snapshot = None
        return False

    def remove_prefix(self) -> None:
        """The last scan's prefix keys were part of the code: take them out of the field too."""
        if self._prefix_snapshot is not None:
            self._prefix_snapshot.restore()
        self._prefix_snapshot = None
