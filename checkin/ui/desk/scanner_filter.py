"""Recognise a scanner burst in any window of the desk, whatever widget has the focus.

One filter per desk window, installed on the application. It watches the keys meant for
that window and for every window that belongs to it: its dialogs, its secondary windows
(seating, floor plans, rounds, statistics, the print queue, …) and the windows it adopts
(the guest display). Keys go to :class:`checkin.keyinput.burst.BurstDetector`; ordinary
typing passes through untouched. When a burst ends with Enter or Tab, the terminator is
swallowed (nothing is submitted or activated), the focused field is put back as it was
before the burst's first key, and ``scanned`` is emitted with the burst's text.

When windows of two desks nest (a kiosk opened from a desk), the innermost one's filter
takes the keys. A field that is meant for scanning something else (the join code of
another desk) says so with ``takes_scans(field)``: bursts into it stay typing.
Tests replace ``ScannerFilter.default_clock`` with a clock they move.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from checkin.keyinput.burst import ENTER, BurstDetector, Step
from checkin.ui.desk.field_snapshot import FieldSnapshot, text_target

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


TAKES_SCANS = "checkin_takes_scans"


def takes_scans(field: QWidget) -> QWidget:
    """Let a scanner type into ``field`` (a code that is not a guest's badge)."""
    field.setProperty(TAKES_SCANS, True)
    return field


def monotonic_ms() -> float:
    return time.monotonic() * 1000.0


def detector_from_settings() -> BurstDetector:
    """Burst timing from the settings: slow (Bluetooth) scanners may need a longer gap."""
    settings = QSettings()
    return BurstDetector(
        max_gap_ms=float(settings.value("scanner/max_gap_ms", 40)),
        min_length=int(settings.value("scanner/min_length", 6)),
    )


class ScannerFilter(QObject):
    """``scanned(text)`` fires for every burst typed into ``window`` or a window of its."""

    scanned = Signal(str)
    default_clock: Callable[[], float] = staticmethod(monotonic_ms)
    _live: list[weakref.ref] = []  # every installed filter, to find the innermost owner

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
        self._clock = clock_ms
        self.enabled = True
        self.source: QWidget | None = None  # the window the last scan was typed into
        self._adopted: weakref.WeakSet = weakref.WeakSet()
        self._snapshot: FieldSnapshot | None = None
        self._chain_snapshot: FieldSnapshot | None = None  # before the keys of ``last_prefix``
        self.last_prefix = ""  # keys just before the last scan (see BurstDetector)
        self._prefix_snapshot: FieldSnapshot | None = None
        self._swallow_release: int | None = None  # the terminator whose press we took

    def clock_ms(self) -> float:
        return (self._clock or ScannerFilter.default_clock)()

    def install(self) -> ScannerFilter:
        QApplication.instance().installEventFilter(self)
        ScannerFilter._live.append(weakref.ref(self))
        return self

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        ScannerFilter._live = [r for r in ScannerFilter._live if r() not in (None, self)]

    def adopt(self, window: QWidget) -> None:
        """Treat a window without a parent (the guest display) as one of this desk's."""
        self._adopted.add(window)

    # -- whose keys --------------------------------------------------------------------------
    def depth(self, top: QWidget | None) -> int | None:
        """How many windows up from ``top`` this filter's window is (None: not ours)."""
        steps = 0
        while top is not None:
            if top is self.window or top in self._adopted:
                return steps
            parent = top.parentWidget()
            top = parent.window() if parent is not None else None
            steps += 1
        return None

    def _ours(self, obj) -> bool:
        if not isinstance(obj, QWidget):
            return False
        focus = QApplication.focusWidget()
        # Propagation to parents re-delivers the same key: only the focused widget counts.
        if focus is not None and obj is not focus:
            return False
        if obj.property(TAKES_SCANS):
            return False
        top = obj.window()
        mine = self.depth(top)
        if mine is None:
            return False
        for ref in ScannerFilter._live:
            other = ref()
            if other is None or other is self or not other.enabled:
                continue
            theirs = other.depth(top)
            if theirs is not None and theirs < mine:
                return False  # a window nearer to the focus has its own filter
        return True

    # -- the keys ----------------------------------------------------------------------------
    def eventFilter(self, obj, ev) -> bool:  # noqa: N802 (Qt's name)
        kind = ev.type()
        if not self.enabled:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            return self._shortcut_override(obj, ev)
        if kind == QEvent.Type.KeyRelease:
            if self._swallow_release is not None and ev.key() == self._swallow_release:
                self._swallow_release = None
                return self._ours(obj)
            return False
        if kind != QEvent.Type.KeyPress:
            return False
        if not self._ours(obj) or ev.isAutoRepeat():
            return False
        return self._key_press(obj, ev)

    def _shortcut_override(self, obj, ev) -> bool:
        """Shortcuts see keys before the key press is delivered. A burst's keys must reach
        us, not trigger a shortcut bound to that key (Enter, or a letter like R)."""
        if ev.modifiers() & _CHORD or not self._ours(obj):
            return False
        now = self.clock_ms()
        if ev.key() in _TERMINATORS:
            burst = self.detector.would_complete(now)
        else:
            burst = len(ev.text()) == 1 and self.detector.would_continue(now)
        if burst:
            ev.accept()
            return True
        return False

    def _key_press(self, obj, ev) -> bool:
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
                self._swallow_release = key
                self.source = obj.window()
                self.scanned.emit(verdict.text)
                return True
            return False
        text = ev.text()
        if len(text) == 1 and text.isprintable() and not ev.modifiers() & _CHORD:
            verdict = self.detector.feed(text, now)
            step = verdict.step
            if step is Step.STARTED:
                self._snapshot = FieldSnapshot(obj)
                if not verdict.chained or self._chain_snapshot is None:
                    self._chain_snapshot = self._snapshot
                return False
            # Keys at scanner speed are no person's: where they would not be text (a list,
            # a combo box jumping to rows) swallow them while the burst is decided.
            return step is Step.CONTINUES and text_target(obj) is None

        self.detector.other()
        self._snapshot = self._chain_snapshot = None
        return False

    def remove_prefix(self) -> None:
        """The last scan's prefix keys were part of the code: take them out of the field too."""
        if self._prefix_snapshot is not None:
            self._prefix_snapshot.restore()
        self._prefix_snapshot = None
