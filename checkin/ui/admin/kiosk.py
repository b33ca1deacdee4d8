"""Kiosk mode for self check-in: full screen, only the scan view and the welcome card.

Guests scan their own badge. Nothing else is reachable: closing the window (the close
button, Alt+F4, the window manager) and Esc ask for the admin PIN; without it the kiosk
stays. ``may_leave(parent)`` asks for and checks the PIN.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from checkin.event import Event
from checkin.models import ProgrammeItem
from checkin.ui.desk import ScanView


class KioskWindow(QWidget):
    left = Signal()  # the kiosk was closed with the PIN

    def __init__(
        self,
        event: Event,
        item: ProgrammeItem | None,
        *,
        may_leave: Callable[[QWidget], bool],
        desk: str | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.setObjectName("kiosk")
        self.setWindowTitle(self.tr("Self check-in"))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self._may_leave = may_leave
        self._leaving = False
        self._asking = False
        self.title = QLabel(event.info.name)
        self.title.setObjectName("kiosk_title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSize(26)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(self.tr("Please hold your badge under the scanner."))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint_font = self.hint.font()
        hint_font.setPointSize(16)
        self.hint.setFont(hint_font)
        # The next guest should not read the last one's card: it clears after a while.
        self.scan_view = ScanView(event, item, self, desk=desk or "kiosk", idle_ms=8000)
        # Guests at the kiosk do not print badges: staff do, at the desk.
        self.scan_view.checked.connect(lambda _result: self.scan_view.card.print_button.hide())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.scan_view, 1)
        self.setFocusProxy(self.scan_view)
        self.scanner = _scanner_for(self)

    # -- leaving only with the PIN ---------------------------------------------------------
    def request_leave(self) -> bool:
        """Ask for the PIN; close the kiosk if it is right."""
        if self._asking:
            return False
        self._asking = True
        try:
            allowed = bool(self._may_leave(self))
        finally:
            self._asking = False
        if allowed:
            self._leaving = True
            self.close()
        else:
            self.scan_view.setFocus()
        return allowed

    def closeEvent(self, ev) -> None:  # noqa: N802 (Qt's name)
        if self._leaving:
            if self.scanner is not None:
                self.scanner.uninstall()
            super().closeEvent(ev)
            self.left.emit()
            return
        ev.ignore()  # the close button, Alt+F4, the window manager: PIN first
        QTimer.singleShot(0, self.request_leave)

    def keyPressEvent(self, ev) -> None:  # noqa: N802 (Qt's name)
        if ev.key() == Qt.Key.Key_Escape or ev.matches(QKeySequence.StandardKey.Close):
            ev.accept()
            self.request_leave()
            return
        super().keyPressEvent(ev)

    @property
    def is_leaving(self) -> bool:
        return self._leaving


def _scanner_for(kiosk: KioskWindow):
    """Scanner bursts anywhere in the kiosk go to its scan view (if the filter exists)."""
    try:
        from checkin.ui.desk import ScannerFilter
    except ImportError:  # pragma: no cover - the code field still takes typed codes
        return None
    scanner = ScannerFilter(kiosk)
    scanner.scanned.connect(kiosk.scan_view.scan_text)
    return scanner.install()
