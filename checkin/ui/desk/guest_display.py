"""The guest-facing display: a second window that greets each guest in their language.

Full screen on a second monitor when there is one; otherwise an ordinary window the desk
can drag to a screen the guest sees.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from checkin import greetings, labels
from checkin.checkins import CheckinResult, Result
from checkin.rounds import now as rounds_now
from checkin.seating.place import Place, PlaceKind, place_of
from checkin.ui.language import on_language_change


class GuestDisplay(QWidget):
    def __init__(self, event_name: str = "", parent=None, *, hold_ms: int = 8000, event=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("guest_display")
        self.retranslate()
        on_language_change(self, self.retranslate)
        self.setStyleSheet(
            "#guest_display { background: #0d2b45; } QLabel { color: white; background: none; }"
        )
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.event_name = event_name
        # the Event, for the guest's meeting rounds (None: the table only); not "self.event",
        # which would hide QObject.event()
        self._event = event
        self.hold_ms = hold_ms
        self._timer = QTimer(self, singleShot=True, timeout=self.show_ready)
        self.greeting = self._label("display_greeting", 40, bold=True)
        self.table_caption = self._label("display_table_caption", 28)
        self.table_number = self._label("display_table_number", 150, bold=True)
        self.table_theme = self._label("display_table_theme", 36)
        self.next_round = self._label("display_next_round", 26)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        labels = (self.greeting, self.table_caption, self.table_number, self.table_theme)
        for label in (*labels, self.next_round):
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

    def retranslate(self) -> None:  # the title is for the staff; guests read their own
        self.setWindowTitle(self.tr("Guest display"))

    def show_ready(self) -> None:
        self._timer.stop()
        lines = [greetings.phrase(lang, "ready") for lang in labels.LANGUAGES]
        self.greeting.setText("\n".join(lines))
        self.table_caption.setText(self.event_name)
        self.table_number.clear()
        self.table_number.hide()
        self.table_theme.clear()
        self.next_round.clear()
        self.next_round.hide()

    def show_result(self, result: CheckinResult) -> None:
        """Greet a guest who was just checked in (or is already in); ignore refusals."""
        guest = result.guest
        if guest is None or result.result not in (Result.CHECKED_IN, Result.ALREADY_CHECKED_IN):
            return
        lang = guest.language
        self.greeting.setText(greetings.greeting(lang, guest.full_name))
        seat = self._place(result, lang)
        self.next_round.hide()
        if seat is not None and seat.in_rounds:
            self._show_round(lang, seat)
        elif seat is not None:
            self.table_caption.setText(greetings.phrase(lang, "table"))
            self.table_number.setText(str(seat.table_number))
            self.table_number.show()
            self.table_theme.setText(seat.theme)  # the guest's language if it has one
        else:
            self.table_caption.clear()
            self.table_number.hide()
            self.table_theme.clear()
        self._timer.start(self.hold_ms)

    def _place(self, result: CheckinResult, lang: str | None) -> Place | None:
        """Where the guest sits now: the same answer as the desk's card, the table's theme
        in the guest's language."""
        if self._event is not None:
            return place_of(self._event, result.guest.id, result.item, lang=lang)
        table = result.table  # no event given: the table the result names
        if table is None:
            return None
        return Place(PlaceKind.TABLE, table.number, table.topic_in(lang))

    def _show_round(self, lang: str, seat: Place) -> None:
        """During meeting rounds: the round now (or the next) large, the one after below."""
        now = seat.kind is PlaceKind.ROUND_NOW
        self.table_caption.setText(rounds_now.caption(lang, seat, now=now))
        self.table_number.setText(str(seat.table_number))
        self.table_number.show()
        self.table_theme.setText(rounds_now.theme_line(lang, seat))
        if seat.later:
            self.next_round.setText(rounds_now.next_line(lang, seat.later[0]))
            self.next_round.show()

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
