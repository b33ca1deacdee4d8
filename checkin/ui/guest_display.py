"""The guest-facing display: a second window that greets each guest in their language.

Full screen on a second monitor when there is one; otherwise an ordinary window the desk
can drag to a screen the guest sees.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from checkin import greetings
from checkin.checkins import CheckinResult, Result


class GuestDisplay(QWidget):
    def __init__(self, event_name: str = "", parent=None, *, hold_ms: int = 8000):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("guest_display")
        self.setWindowTitle(self.tr("Guest display"))
        self.setStyleSheet(
            "#guest_display { background: #0d2b45; } QLabel { color: white; background: none; }"
        )
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.event_name = event_name
        self.hold_ms = hold_ms
        self._timer = QTimer(self, singleShot=True, timeout=self.show_ready)
        self.greeting = self._label("display_greeting", 40, bold=True)
        self.table_caption = self._label("display_table_caption", 28)
        self.table_number = self._label("display_table_number", 150, bold=True)
        self.table_theme = self._label("display_table_theme", 36)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        for label in (self.greeting, self.table_caption, self.table_number, self.table_theme):
            layout.addWidget(label)
        layout.addStretch(1)
        self.resize(1024, 640)
        self.show_ready()

    def _label(self, name: str, points: int, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # names are data, never markup
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        font = label.font()
        font.setPointSize(points)
        font.setBold(bold)
        label.setFont(font)
        return label

    def show_ready(self) -> None:
        self._timer.stop()
        lines = [greetings.phrase(lang, "ready") for lang in ("de", "en", "ru")]
        self.greeting.setText("\n".join(lines))
        self.table_caption.setText(self.event_name)
        self.table_number.clear()
        self.table_number.hide()
        self.table_theme.clear()

    def show_result(self, result: CheckinResult) -> None:
        """Greet a guest who was just checked in (or is already in); ignore refusals."""
        guest = result.guest
        if guest is None or result.result not in (Result.CHECKED_IN, Result.ALREADY_CHECKED_IN):
            return
        lang = guest.language
        self.greeting.setText(greetings.greeting(lang, guest.full_name))
        table = result.table
        if table is not None:
            self.table_caption.setText(greetings.phrase(lang, "table"))
            self.table_number.setText(str(table.number))
            self.table_number.show()
            self.table_theme.setText(table.theme or table.name)
        else:
            self.table_caption.clear()
            self.table_number.hide()
            self.table_theme.clear()
        self._timer.start(self.hold_ms)

    def place(self) -> None:
        """Full screen on the second monitor if there is one, else a normal window."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            primary = QGuiApplication.primaryScreen()
            other = next(s for s in screens if s is not primary)
            self.setScreen(other)
            self.setGeometry(other.geometry())
            self.showFullScreen()
        else:
            self.show()
