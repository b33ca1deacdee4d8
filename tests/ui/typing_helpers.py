"""Type into real widgets at a chosen speed, any script (QTest.keyClicks is Latin-1 only)."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

_SPECIAL = {"\n": Qt.Key.Key_Return, "\t": Qt.Key.Key_Tab}


def _key_of(ch: str) -> int:
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    if ch.isascii() and ch.isalnum():
        return ord(ch.upper())
    return Qt.Key.Key_unknown


def type_text(text: str, gap_ms: float, widget=None) -> None:
    """Send each character as a key press/release to the focused widget, ``gap_ms`` apart."""
    for ch in text:
        target = widget or QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        key = _key_of(ch)
        shown = "" if ch in _SPECIAL else ch
        mods = Qt.KeyboardModifier.ShiftModifier if ch.isupper() else Qt.KeyboardModifier.NoModifier
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, mods, shown))
        QApplication.processEvents()
        time.sleep(gap_ms / 1000.0)


def scan(text: str, gap_ms: float = 3, end: str = "\n") -> None:
    """A keyboard-wedge scanner: the whole code in a few milliseconds per key, then Enter."""
    type_text(text + end, gap_ms)


def focus(qtbot, window, widget) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2000)
