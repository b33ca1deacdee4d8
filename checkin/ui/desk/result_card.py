"""The large card that tells the desk what a scan means and what to do next.

A result stays on the card until the next one (staff may look away; the F8 print offer
must not vanish); an idle timeout can be set (``desk/card_idle_seconds``). Every kind of
result has its own shape as well as its colour, refusals beep unless sounds are off, and
the state of the guest's badge (queued, printing, printed, failed, saved as PDF) follows
the print job as it changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from checkin import categories
from checkin.checkins import CheckinResult, Result
from checkin.models import Guest
from checkin.seating.place import Place
from checkin.ui.desk import place_text
from checkin.ui.desk.card_texts import CardTexts
from checkin.ui.desk.result_icons import KIND, result_icon
from checkin.ui.language import category_name, current_language, on_language_change, reading

GREEN, AMBER, RED, READY = "green", "amber", "red", "ready"
_COLOURS = {
    READY: ("#eceff1", "#37474f"),
    GREEN: ("#2e7d32", "#ffffff"),
    AMBER: ("#f9a825", "#1a1a1a"),
    RED: ("#c62828", "#ffffff"),
}
_STATE = {
    Result.CHECKED_IN: GREEN,
    Result.ALREADY_CHECKED_IN: AMBER,
    Result.REPLACED_BADGE: AMBER,
    Result.MISTYPED_CODE: AMBER,  # nobody is refused: type it again
    Result.UNKNOWN_CODE: RED,
    Result.FORGED_CODE: RED,
    Result.OTHER_EVENT: RED,
    Result.CANCELLED: RED,
    Result.NOT_ON_THIS_LIST: RED,
    Result.TICKET_NOT_VALID: RED,
}
ICON_SIZE = 96
IDLE_SETTING = "desk/card_idle_seconds"  # 0 or unset: the card keeps its result
SOUNDS_SETTING = "desk/sounds"


class ResultCard(QFrame):
    returned_to_ready = Signal()
    print_badge_requested = Signal(object)  # the Guest
    mark_printed_requested = Signal(object)  # the Guest whose PDF badge staff printed

    def __init__(self, parent=None, *, idle_ms: int | None = None, sounds: bool | None = None):
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.setObjectName("result_card")
        settings = QSettings()
        self.state = READY
        self.kind = "ready"  # the icon shown (see result_icons.SHAPE)
        self.result: CheckinResult | None = None
        self.replaced = None
        self.place: Place | None = None
        self.badge = None  # the DeskBadge of the guest on the card, as it changes
        self._shown: dict = {}
        # (guest id, item) -> where the guest sits, in the UI language: set by the scan view,
        # asked again on a language switch so the table's theme follows the language too.
        self.place_of: Callable[[int, object], Place | None] | None = None
        self.sounds = settings.value(SOUNDS_SETTING, True, type=bool) if sounds is None else sounds
        if idle_ms is None:
            idle_ms = int(float(settings.value(IDLE_SETTING, 0) or 0) * 1000)
        self.idle_ms = idle_ms
        self.texts = CardTexts(self)
        self._timer = QTimer(self, singleShot=True, timeout=self.show_ready)
        self.icon = QLabel(objectName="card_icon")
        self.icon.setFixedSize(ICON_SIZE, ICON_SIZE)
        self.title = self._label("card_title", 28, bold=True)
        self.reading = self._label("card_reading", 20)  # the name in the staff's script
        self.table = self._label("card_table", 36, bold=True)
        self.details = self._label("card_details", 16)
        self.notes = self._label("card_notes", 16, bold=True)
        self.next_step = self._label("card_next", 15)
        self.badge_line = self._label("card_badge", 15, bold=True)
        self.print_button = self._button("card_print")
        self.print_button.clicked.connect(self._print_clicked)
        self.printed_button = self._button("card_printed")
        self.printed_button.clicked.connect(self._printed_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.printed_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(6)
        labels = (self.title, self.reading, self.table, self.details, self.notes, self.next_step)
        for widget in (*labels, self.badge_line):
            column.addWidget(widget)
        column.addLayout(buttons)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(20)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(column, 1)
        self._set_button_texts()
        self.show_ready()

    def _label(self, name: str, points: int, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # names are data, never markup
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        font = label.font()
        font.setPointSize(points)
        font.setBold(bold)
        label.setFont(font)
        return label

    def _button(self, name: str) -> QPushButton:
        button = QPushButton(objectName=name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setStyleSheet("font-size: 14pt; padding: 6px 16px;")
        button.hide()
        return button

    def _set_button_texts(self) -> None:
        self.print_button.setText(self.tr("Print badge now (F8)"))
        self.print_button.setShortcut(Qt.Key.Key_F8)  # after setText, which resets it
        self.printed_button.setText(self.tr("It was printed (F9)"))
        self.printed_button.setShortcut(Qt.Key.Key_F9)

    def _paint(self, state: str, kind: str) -> None:
        if (state, kind) == (self.state, self.kind) and self.styleSheet():
            return  # restyling costs about half a millisecond per scan
        self.state, self.kind = state, kind
        background, text = _COLOURS[state]
        self.setStyleSheet(
            f"#result_card {{ background: {background}; border-radius: 14px; }}"
            f"#result_card QLabel {{ color: {text}; background: transparent; }}"
        )
        if kind == "ready":
            self.icon.clear()
            self.icon.hide()
        else:
            self.icon.setPixmap(result_icon(kind, ICON_SIZE, background))
            self.icon.show()

    def colours(self) -> tuple[str, str]:
        """The card's background and text colour now."""
        return _COLOURS[self.state]

    def _set(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    # -- states -------------------------------------------------------------------------------
    def show_ready(self, empty_event: bool = False) -> None:
        self._timer.stop()
        was_showing = self.state != READY
        self.result, self.badge, self.place = None, None, None
        self._shown = {"ready": True, "empty_event": empty_event}
        self._paint(READY, "ready")
        self._set(self.title, self.texts.empty_title() if empty_event else self.texts.ready_title())
        self._set(self.reading, "")
        self._set(self.table, "")
        self._set(self.details, self.texts.ready_keys())
        self._set(self.notes, self.texts.empty_event() if empty_event else "")
        self._set(self.next_step, "")
        self._set(self.badge_line, "")
        self.print_button.hide()
        self.printed_button.hide()
        if was_showing:
            self.returned_to_ready.emit()

    def show_result(
        self,
        result: CheckinResult,
        *,
        badge_location=None,  # a badges.PrintRecord (or a text): where the badge waits
        can_print: bool = False,
        replaced=None,  # a badge_lifecycle.Replacement, for a replaced_badge result
        place: Place | None = None,  # where the guest sits now (checkin.seating.place)
        quiet: bool = False,  # a repaint (new language): no sound, no new timeout
    ) -> None:
        self._shown = {
            "result": result,
            "badge_location": badge_location,
            "can_print": can_print,
            "replaced": replaced,
            "place": place,
        }
        self.result, self.place = result, place
        if not quiet:
            self.badge = None
        self.replaced = replaced if result.result is Result.REPLACED_BADGE else None
        state = _STATE[result.result]
        # The ticketing system asks the desk to look at this guest (pretix: "requires attention").
        attention = bool(state == GREEN and result.guest and result.guest.attention)
        self._paint(
            AMBER if attention else state, "attention" if attention else KIND[result.result]
        )
        guest, item = result.guest, result.item
        name = guest.full_name if guest else ""
        if self.replaced is not None and self.replaced.voided_holder:
            name = self.replaced.voided_holder  # a substitute's registration: the old person
        texts = self.texts
        self._set(self.title, texts.title(result.result, name, item.name_in(current_language())))
        self._set(self.reading, reading(name))  # "Parfenova Irina" under "Парфёнова Ирина"
        shows_table = result.result in (Result.CHECKED_IN, Result.ALREADY_CHECKED_IN)
        self._set(self.table, place_text.card_text(place) if guest and shows_table else "")
        self._set(self.details, self._details(result))
        self._set(self.notes, texts.notes(result) if state == GREEN else "")
        self._set(self.next_step, texts.next_step(result, self.replaced, badge_location, can_print))
        self._set(self.badge_line, "")
        show_print = bool(state == GREEN and guest and not badge_location and can_print)
        self.print_button.setVisible(show_print)
        self.print_button.setEnabled(show_print)
        self.printed_button.hide()
        if self.badge is not None:
            self.show_badge(self.badge)
        if quiet:
            return
        if self.sounds and (state != GREEN or attention):
            QApplication.beep()
        self._timer.stop()
        if self.idle_ms > 0:
            self._timer.start(self.idle_ms)

    def show_error(self, message: str) -> None:
        """A check-in that could not be saved (file gone, disk full, read-only): red, and it
        stays until the next scan, so nobody takes the guest for checked in."""
        self._timer.stop()
        self.result, self.badge, self.place = None, None, None
        self._shown = {"error": message}
        self._paint(RED, "not_saved")
        self._set(self.title, self.texts.not_saved())
        self._set(self.reading, "")
        self._set(self.table, "")
        self._set(self.details, message)
        self._set(self.notes, "")
        self._set(self.next_step, self.texts.not_saved_step())
        self._set(self.badge_line, "")
        self.print_button.hide()
        self.printed_button.hide()
        QApplication.beep()  # always: a lost check-in must not pass unnoticed

    def _details(self, result: CheckinResult) -> str:
        guest, texts = result.guest, self.texts
        if result.result is Result.ALREADY_CHECKED_IN and result.first_in is not None:
            return texts.since(result.first_in)
        if result.result is Result.TICKET_NOT_VALID:
            why = texts.ticket_not_valid(result.reason)
            return f"{guest.full_name} – {why}" if guest else why
        if guest is None:
            return texts.scanned(result.scanned)
        if result.result is Result.REPLACED_BADGE and self.replaced is not None:
            return texts.replaced_details(self.replaced)
        parts = [category_name(categories.canonical(guest.category))]
        if guest.organisation:
            parts.append(guest.organisation)
        if result.result in (Result.CHECKED_IN, Result.ALREADY_CHECKED_IN):
            later = place_text.later_text(self.place)
            if later:
                parts.append(later)
        return " · ".join(parts)

    # -- the badge of the guest on the card ------------------------------------------------
    def _on_card(self, guest_id: int) -> bool:
        return self.result is not None and self.result.guest and self.result.guest.id == guest_id

    def show_badge(self, badge) -> None:
        """The state of the guest's badge (a printing.DeskBadge), if that guest is on the card."""
        if not self._on_card(badge.guest_id):
            return
        self.badge = badge
        text, can_retry, can_mark = self.texts.badge_state(badge)
        self._set(self.badge_line, text)
        if text:
            self._set(self.next_step, "")
        self.print_button.setVisible(can_retry)
        self.print_button.setEnabled(can_retry)
        self.printed_button.setVisible(can_mark)

    def _print_clicked(self) -> None:
        if self.result is not None and self.result.guest is not None:
            self.print_badge_requested.emit(self.result.guest)

    def _printed_clicked(self) -> None:
        if self.result is not None and self.result.guest is not None:
            self.mark_printed_requested.emit(self.result.guest)

    # -- a new language -----------------------------------------------------------------------

    def retranslate(self) -> None:
        """Say what the card shows again, in the new language (no sound, same timeout)."""
        self._set_button_texts()
        if self._shown.get("ready"):
            self.show_ready(self._shown.get("empty_event", False))
        elif "error" in self._shown:
            self._set(self.title, self.texts.not_saved())
            self._set(self.next_step, self.texts.not_saved_step())
        elif self._shown:
            result = self._shown["result"]
            if self._shown["place"] is not None and self.place_of and self.isVisible():
                self._shown["place"] = self.place_of(result.guest.id, result.item)
            self.show_result(**self._shown, quiet=True)


def guest_of(card: ResultCard) -> Guest | None:
    return card.result.guest if card.result is not None else None
