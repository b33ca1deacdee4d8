"""Type into real widgets at a chosen speed, any script (QTest.keyClicks is Latin-1 only).

Speed is not real time: every UI test gets a :class:`KeyClock` as the scanner filter's
clock (``tests/ui/conftest.py``), and ``type_text`` moves it on by the gap before each
key. So "a scanner" and "a person" are told apart the same way on a loaded machine as on
an idle one. Keys sent with qtbot's own keyClick(s) do not move the clock: to the filter
they come at scanner speed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

_SPECIAL = {"\n": Qt.Key.Key_Return, "\t": Qt.Key.Key_Tab}
PERSON_MS = 150  # a quick typist's gap between keys
SCANNER_MS = 3  # a USB scanner's


class KeyClock:
    """The scanner filter's clock in tests: it moves only when told to."""

    def __init__(self) -> None:
        self.ms = 1_000_000.0

    def __call__(self) -> float:
        return self.ms

    def advance(self, ms: float) -> None:
        self.ms += ms


CLOCK = KeyClock()  # replaced for every test by the fixture in tests/ui/conftest.py


def _key_of(ch: str) -> Qt.Key:
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    if ch.isascii() and ch.isalnum():
        return Qt.Key(ord(ch.upper()))
    return Qt.Key.Key_unknown


def type_text(text: str, gap_ms: float, widget=None) -> None:
    """Press and release each character on the focused widget, ``gap_ms`` apart on the
    filter's clock. Keys go through Qt's shortcut handling, as a real keyboard's do."""
    for ch in text:
        target = widget or QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        key = _key_of(ch)
        shown = "" if ch in _SPECIAL else ch
        mods = Qt.KeyboardModifier.ShiftModifier if ch.isupper() else Qt.KeyboardModifier.NoModifier
        CLOCK.advance(gap_ms)
        QTest.sendKeyEvent(QTest.KeyAction.Press, target, key, shown, mods)
        QTest.sendKeyEvent(QTest.KeyAction.Release, target, key, shown, mods)
        QApplication.processEvents()


def scan(text: str, gap_ms: float = SCANNER_MS, end: str = "\n") -> None:
    """A keyboard-wedge scanner: the whole code in a few milliseconds per key, then Enter."""
    pause()
    type_text(text + end, gap_ms)


def pause(ms: float = 1000) -> None:
    """Time passes between two things the test does (no key is pressed)."""
    CLOCK.advance(ms)


def focus(qtbot, window, widget) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2000)
