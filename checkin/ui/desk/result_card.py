"""The large colour-coded card that tells the desk what a scan means and what to do next."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QPushButton, QVBoxLayout

from checkin import categories
from checkin.checkins import CheckinResult, Result
from checkin.models import Guest
from checkin.ui.language import category_name, current_language, locale_format, reading

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
    Result.UNKNOWN_CODE: RED,
    Result.FORGED_CODE: RED,
    Result.OTHER_EVENT: RED,
    Result.CANCELLED: RED,
    Result.NOT_ON_THIS_LIST: RED,
    Result.TICKET_NOT_VALID: RED,
}


class ResultCard(QFrame):
    """Shows one result; after ``hold_ms`` it returns to "ready" by itself."""

    returned_to_ready = Signal()
    print_badge_requested = Signal(object)  # the Guest

    def __init__(self, parent=None, *, hold_ms: int = 6000, sounds: bool = False):
        super().__init__(parent)
        self.setObjectName("result_card")
        self.state = READY
        self.result: CheckinResult | None = None
        self.replaced = None
        self.sounds = sounds
        self.hold_ms = hold_ms
        self._timer = QTimer(self, singleShot=True, timeout=self.show_ready)
        self.title = self._label("card_title", 30, bold=True)
        self.reading = self._label("card_reading", 22)  # the name in the staff's script
        self.table = self._label("card_table", 44, bold=True)
        self.details = self._label("card_details", 17)
        self.notes = self._label("card_notes", 17, bold=True)
        self.next_step = self._label("card_next", 16)
        self.print_button = QPushButton(self.tr("Print badge now (F8)"))
        self.print_button.setObjectName("card_print")
        self.print_button.setShortcut(Qt.Key.Key_F8)  # after setText, which resets it
        self.print_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.print_button.setStyleSheet("font-size: 15pt; padding: 8px 18px;")
        self.print_button.clicked.connect(self._print_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(8)
        for widget in (self.title, self.reading, self.table, self.details, self.notes,
                       self.next_step):  # fmt: skip
            layout.addWidget(widget)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
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

    def _paint(self, state: str) -> None:
        if state == self.state and self.styleSheet():
            return  # restyling costs about half a millisecond per scan
        self.state = state
        background, text = _COLOURS[state]
        self.setStyleSheet(
            f"#result_card {{ background: {background}; border-radius: 14px; }}"
            f"#result_card QLabel {{ color: {text}; background: transparent; }}"
        )

    def _set(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    # -- states -------------------------------------------------------------------------------
    def show_ready(self) -> None:
        self._timer.stop()
        was_showing = self.state != READY
        self.result = None
        self._paint(READY)
        self._set(self.title, self.tr("Ready – scan the next badge"))
        self._set(self.reading, "")
        self._set(self.table, "")
        self._set(
            self.details,
            self.tr(
                "F3: find by name · F4: walk-in · F5: guest list\n"
                "F6: programme item · F7: guest display · Ctrl+Z: undo last check-in"
            ),
        )
        self._set(self.notes, "")
        self._set(self.next_step, "")
        self.print_button.hide()
        if was_showing:
            self.returned_to_ready.emit()

    def show_result(
        self,
        result: CheckinResult,
        *,
        badge_location=None,  # a badges.PrintRecord (or a text)
        can_print: bool = False,
        replaced=None,  # a badge_lifecycle.Replacement, for a replaced_badge result
        rounds=None,  # the guest's seats in the item's meeting rounds (rounds.now.RoundSeat)
    ) -> None:
        self.result = result
        self.rounds = rounds or []
        self.replaced = replaced if result.result is Result.REPLACED_BADGE else None
        state = _STATE[result.result]
        # The ticketing system asks the desk to look at this guest (pretix: "requires attention").
        attention = bool(state == GREEN and result.guest and result.guest.attention)
        self._paint(AMBER if attention else state)
        guest, item = result.guest, result.item
        name = guest.full_name if guest else ""
        if self.replaced is not None and self.replaced.voided_holder:
            name = self.replaced.voided_holder  # a substitute's registration: the old person
        self._set(self.title, self._title(result.result, name, item.name_in(current_language())))
        self._set(self.reading, reading(name))  # "Parfenova Irina" under "Парфёнова Ирина"
        shows_table = result.result in (Result.CHECKED_IN, Result.ALREADY_CHECKED_IN)
        self._set(self.table, self._table_text(result) if guest and shows_table else "")
        self._set(self.details, self._details(result))
        self._set(self.notes, self._notes(result) if state == GREEN else "")
        self._set(self.next_step, self._next_step(result, badge_location, can_print))
        show_print = bool(state == GREEN and guest and not badge_location and can_print)
        self.print_button.setVisible(show_print)
        self.print_button.setEnabled(show_print)
        if self.sounds and (state != GREEN or attention):
            QApplication.beep()
        calm = state == GREEN and not attention
        self._timer.start(self.hold_ms if calm else self.hold_ms * 2)

    # -- texts --------------------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        """A check-in that could not be saved (file gone, disk full, read-only): red, and it
        stays until the next scan, so nobody takes the guest for checked in."""
        self._timer.stop()
        self.result = None
        self._paint(RED)
        self._set(self.title, self.tr("NOT SAVED – this check-in did not count"))
        self._set(self.reading, "")
        self._set(self.table, "")
        self._set(self.details, message)
        self._set(self.notes, "")
        self._set(self.next_step, self.tr("Call the event's admin. Note the guest on paper."))
        self.print_button.hide()
        QApplication.beep()  # always: a lost check-in must not pass unnoticed

    def _title(self, result: Result, name: str, item: str) -> str:
        titles = {
            Result.CHECKED_IN: self.tr("Welcome, %1!"),
            Result.ALREADY_CHECKED_IN: self.tr("%1 is already checked in"),
            Result.REPLACED_BADGE: self.tr("Old badge of %1 – it was replaced"),
            Result.UNKNOWN_CODE: self.tr("Unknown code"),
            Result.FORGED_CODE: self.tr("Invalid badge code"),
            Result.OTHER_EVENT: self.tr("Badge of another event"),
            Result.CANCELLED: self.tr("%1 has cancelled"),
            Result.NOT_ON_THIS_LIST: self.tr("%1 is not on this list"),
            Result.TICKET_NOT_VALID: self.tr("This ticket is not valid here"),
        }
        return titles[result].replace("%1", name)

    def _table_text(self, result: CheckinResult) -> str:
        if getattr(self, "rounds", None):  # meeting rounds: this round's table, big
            seat = self.rounds[0]
            head = (self.tr("Round %1: table %2").replace("%1", str(seat.round))
                    .replace("%2", str(seat.table_number)))  # fmt: skip
            return f"{head} – {seat.theme}" if seat.theme else head
        table = result.table
        if table is None:
            return self.tr("No table assigned")
        theme = table.topic_in(current_language())  # the staff's language, if the table has it
        text = self.tr("Table %1").replace("%1", str(table.number))
        return f"{text} – {theme}" if theme else text

    def _details(self, result: CheckinResult) -> str:
        guest = result.guest
        if result.result is Result.ALREADY_CHECKED_IN and result.first_in is not None:
            when = locale_format.time_of_day(result.first_in.at)
            desk = result.first_in.desk or "?"
            return self.tr("Since %1 at desk %2").replace("%1", when).replace("%2", desk)
        if result.result is Result.TICKET_NOT_VALID:
            why = {
                "revoked": self.tr("It was replaced or cancelled in pretix."),
                "product": self.tr("Its product is not admitted to this check-in list."),
                "time": self.tr("It is not valid at this time."),
            }.get(result.reason, "")
            return f"{guest.full_name} – {why}" if guest else why
        if guest is None:
            return self.tr("Scanned: %1").replace("%1", result.scanned[:40])
        if result.result is Result.REPLACED_BADGE and getattr(self, "replaced", None):
            return self._replaced_details(self.replaced)
        parts = [category_name(categories.canonical(guest.category))]
        if guest.organisation:
            parts.append(guest.organisation)
        later = getattr(self, "rounds", None) or []
        if len(later) > 1:  # the rounds after this one, in smaller type
            rounds = ", ".join(
                self.tr("round %1: table %2").replace("%1", str(seat.round))
                .replace("%2", str(seat.table_number))
                for seat in later[1:]
            )  # fmt: skip
            parts.append(self.tr("then %1").replace("%1", rounds))
        return " · ".join(parts)

    def _place(self, location) -> str:
        """Where a pre-printed badge waits: a print record (box, sheet, slot) in the staff's
        words, or a text as given."""
        if not hasattr(location, "sheet"):
            return str(location)
        where = self.tr("sheet %1, slot %2").replace("%1", str(location.sheet))
        where = where.replace("%2", str(location.slot))
        return self.tr("box %1, %2").replace("%1", location.box).replace("%2", where) if (
            location.box) else where  # fmt: skip

    def _notes(self, result: CheckinResult) -> str:
        """The check-in text from the ticketing system first (it is meant for the desk),
        then the guest's note."""
        guest = result.guest
        if guest is None:
            return ""
        lines = []
        if guest.attention:
            text = guest.checkin_text or self.tr(
                "look at this guest's ticket before letting them in"
            )
            lines.append(self.tr("⚠ Attention: %1").replace("%1", text))
        elif guest.checkin_text:
            lines.append(self.tr("Check-in note: %1").replace("%1", guest.checkin_text))
        if result.added_from_ticket:
            lines.append(
                self.tr(
                    "New guest from a pretix ticket: ask for the name and complete it in the "
                    "guest list (F5)."
                )
            )
        if guest.notes:
            lines.append(self.tr("Note: %1").replace("%1", guest.notes))
        return "\n".join(lines)

    def _next_step(self, result: CheckinResult, badge_location, can_print: bool) -> str:
        guest = result.guest
        if result.result is Result.CHECKED_IN:
            if badge_location:
                return self.tr("Badge: %1").replace("%1", self._place(badge_location))
            if guest and guest.badge_printed_count:
                return self.tr("The guest has a printed badge.")
            if can_print:
                return self.tr("No pre-printed badge – press F8 to print it now.")
            return self.tr("No pre-printed badge.")
        if result.result is Result.REPLACED_BADGE and getattr(self, "replaced", None):
            return self._replaced_step(self.replaced)
        steps = {
            Result.ALREADY_CHECKED_IN: self.tr(
                "Let them in if it is the same person; otherwise check the ID."
            ),
            Result.REPLACED_BADGE: self.tr(
                "Ask for the newer badge or ID, then find the guest by name (F3)."
            ),
            Result.UNKNOWN_CODE: self.tr(
                "Find the guest by name (F3) or register them as a walk-in (F4)."
            ),
            Result.FORGED_CODE: self.tr(
                "Check the ID and find the guest by name (F3); tell the organiser if it repeats."
            ),
            Result.OTHER_EVENT: self.tr(
                "Ask for this event's invitation, or find the guest by name (F3)."
            ),
            Result.CANCELLED: self.tr(
                "Ask the organiser before letting them in; the registration can be restored "
                "in the guest list (F5)."
            ),
            Result.NOT_ON_THIS_LIST: self.tr(
                "Check the programme item above (F6) – %1 – or ask the organiser."
            ).replace("%1", result.item.name_in(current_language())),
            Result.TICKET_NOT_VALID: self.tr(
                "Ask for the current ticket, or find the guest by name (F3)."
            ),
        }
        return steps[result.result]

    def _replaced_details(self, replaced) -> str:
        reasons = {
            "lost": self.tr("reported lost"),
            "damaged": self.tr("damaged"),
            "typo": self.tr("misprinted"),
            "substitute": self.tr("a colleague took the place"),
        }
        why = reasons.get(replaced.reason, "")
        if replaced.at:
            when = locale_format.day_month_time(replaced.at)
            text = self.tr("Replaced %1 at desk %2").replace("%1", when)
            text = text.replace("%2", replaced.desk or "?")
        else:
            text = self.tr("Replaced by a newer badge")
        return f"{text} – {why}" if why else text

    def _replaced_step(self, replaced) -> str:
        holder = replaced.holder or "?"
        if replaced.reason == "lost":
            text = self.tr(
                "Keep this badge: it was reported lost. %1 has the current badge – "
                "check the ID before letting anyone in."
            )
        elif replaced.reason == "substitute":
            text = self.tr(
                "The registration now belongs to %1. Keep this badge; if this is %1, "
                "find them by name (F3)."
            )
        else:
            text = self.tr(
                "A newer badge was printed for %1. Keep this one, ask for the new badge "
                "or find the guest by name (F3)."
            )
        return text.replace("%1", holder)

    def badge_sent(self, guest_id: int, printer: str) -> None:
        """The badge of the guest on the card went to ``printer``: say which one."""
        if self.result is not None and self.result.guest and self.result.guest.id == guest_id:
            text = self.tr("Badge sent to printer %1 – hand it over.").replace("%1", printer)
            self._set(self.next_step, text)
            self.print_button.hide()

    def badge_printed(self, guest: Guest) -> None:
        """The badge of the guest on the card was just printed: say so, drop the button."""
        if self.result is not None and self.result.guest and self.result.guest.id == guest.id:
            self._set(self.next_step, self.tr("Badge printed – hand it over."))
            self.print_button.hide()

    def _print_clicked(self) -> None:
        if self.result is not None and self.result.guest is not None:
            self.print_badge_requested.emit(self.result.guest)
