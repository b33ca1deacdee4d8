"""The scan view: home of the desk, always ready for the next badge.

Self-contained (an event and a programme item are all it needs), so a kiosk window can
show it alone. A scan arrives from the scanner filter (``scan_text``) or is typed into
the code field and confirmed with Enter.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from checkin import badges, checkins, programme, scanning
from checkin.badge_lifecycle import replacement_for_scan
from checkin.checkins import CheckinResult
from checkin.errors import CheckinError
from checkin.event import Event
from checkin.models import Guest, ProgrammeItem
from checkin.scanning import ScanOutcome
from checkin.seating import place
from checkin.ui.desk.result_card import ResultCard
from checkin.ui.language import current_language, error_text, on_language_change


class CodeField(QLineEdit):
    """The code entry; when empty it leaves Ctrl+Z to the window (undo last check-in)."""

    def event(self, ev) -> bool:
        if (
            ev.type() == QEvent.Type.ShortcutOverride
            and ev.matches(QKeySequence.StandardKey.Undo)
            and not self.text()
        ):
            ev.ignore()
            return False
        return super().event(ev)


class ScanView(QWidget):
    checked = Signal(object)  # a CheckinResult, after every scan or check-in from this view
    failed = Signal(object)  # the CheckinError of a check-in that could not be saved
    print_badge_requested = Signal(object)  # the Guest

    def __init__(
        self,
        event: Event,
        item: ProgrammeItem | None = None,
        parent=None,
        *,
        desk: str | None = None,
        idle_ms: int | None = None,
    ):
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self._event = event
        self.item = item if item is not None else programme.active_item(event)
        self.desk = desk
        self.last_outcome: ScanOutcome | None = None
        self.code_field = CodeField()
        self.code_field.setObjectName("code_field")
        font = self.code_field.font()
        font.setPointSize(15)
        self.code_field.setFont(font)
        self.code_field.returnPressed.connect(self._typed)
        self.repair_note = QLabel()
        self.repair_note.setObjectName("repair_note")
        self.repair_note.setStyleSheet("color: #546e7a;")
        self._repaired_from = ""
        self.card = ResultCard(self, idle_ms=idle_ms)
        self.card.place_of = self._place_of
        self.card.print_badge_requested.connect(self.print_badge_requested)
        self.card.returned_to_ready.connect(self._back_to_ready)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.code_field)
        layout.addWidget(self.card, 1)
        layout.addWidget(self.repair_note)
        self.setFocusProxy(self.code_field)
        self.retranslate()

    def retranslate(self) -> None:
        self.code_field.setPlaceholderText(
            self.tr("Scan a badge – or type its code and press Enter")
        )
        self._show_repair()

    def _show_repair(self) -> None:
        if self._repaired_from:
            text = self.tr("Scanner keyboard layout repaired (%1).")
            self.repair_note.setText(text.replace("%1", self._repaired_from))
        else:
            self.repair_note.clear()

    def set_item(self, item: ProgrammeItem) -> None:
        self.item = item
        self.card.show_ready()

    def _typed(self) -> None:
        text = self.code_field.text()
        self.code_field.setText("")  # not clear(): that could be undone with Ctrl+Z
        if text.strip():
            self.scan_text(text, typed=True)

    def scan_text(self, text: str, prefix: str = "", *, typed: bool = False) -> ScanOutcome | None:
        """Check in whoever the scanned ``text`` belongs to and show the card.

        ``prefix``: keys typed just before the burst, tried in front of it (a stalled scanner).
        ``typed``: typed into the code field by a person, not scanned.
        """
        try:
            outcome = scanning.scan(
                self._event, text, self.item, desk=self.desk, prefix=prefix, typed=typed
            )
        except CheckinError as exc:  # nothing was saved: the card must not say otherwise
            self.write_failed(exc)
            return None
        self.last_outcome = outcome
        self._repaired_from = outcome.layout if outcome.repaired else ""
        self._show_repair()
        self.show_result(outcome.result)
        return outcome

    def check_in_guest(self, guest: Guest) -> CheckinResult | None:
        """Check a guest in who was found by name (no code scanned)."""
        try:
            result = checkins.check_in(self._event, guest, self.item, desk=self.desk)
        except CheckinError as exc:
            self.write_failed(exc)
            return None
        self._repaired_from = ""
        self._show_repair()
        self.show_result(result)
        return result

    def write_failed(self, error: CheckinError) -> None:
        self._repaired_from = ""
        self._show_repair()
        self.card.show_error(error_text(error))
        self.failed.emit(error)

    def _place_of(self, guest_id: int, item) -> place.Place | None:
        return place.place_of(self._event, guest_id, item, lang=current_language())

    def show_result(self, result: CheckinResult) -> None:
        location, replaced, seat = None, None, None
        guest = result.guest
        if guest is not None and result.result is checkins.Result.CHECKED_IN:
            location = badges.current_badge_print(self._event, guest.id)
        if result.result is checkins.Result.REPLACED_BADGE:
            replaced = replacement_for_scan(self._event, result.scanned)
        if guest is not None and result.result in (
            checkins.Result.CHECKED_IN,
            checkins.Result.ALREADY_CHECKED_IN,
        ):
            seat = self._place_of(guest.id, result.item)
        self.card.show_result(
            result, badge_location=location, can_print=True, replaced=replaced, place=seat
        )
        self.checked.emit(result)

    def _back_to_ready(self) -> None:
        self._repaired_from = ""
        self._show_repair()
        if self.isVisible() and not self.code_field.hasFocus():
            self.code_field.setFocus(Qt.FocusReason.OtherFocusReason)
