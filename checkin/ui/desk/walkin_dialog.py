"""Register a walk-in at the desk, keyboard only: type, Enter, and the guest is in.

While the name is typed, registered guests it may belong to are listed ("Markus Mueller"
finds "Markus Müller", "Parfenowa" finds "Парфёнова"): Enter then checks the selected one
in instead (↑ ↓ choose), and registering a new guest anyway is a button of its own
(Alt+N). A family name is needed unless "Has only one name" is ticked.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from checkin import guests, search, walkins
from checkin.errors import CheckinError
from checkin.event import Event
from checkin.models import Guest
from checkin.ui.desk.guest_dialog import GuestForm
from checkin.ui.language import error_text, on_language_change

WALKIN_FIELDS = (
    "given_name",
    "family_name",
    "organisation",
    "email",
    "language",
    "category",
    "table_id",
)


class WalkInDialog(QDialog):
    """On Enter the walk-in is registered, or the registered guest chosen from the list is
    taken instead; ``check_in`` and ``print_badge`` say what follows."""

    def __init__(self, event: Event, parent=None, *, index: search.SearchIndex | None = None):
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self._event = event
        self._index = index
        self.guest: Guest | None = None
        self.registered_guest: Guest | None = None  # the registered guest taken instead
        self.form = GuestForm(event, WALKIN_FIELDS, self)
        self.single_name = QCheckBox(objectName="walkin_single_name")
        self.form.layout().insertRow(2, "", self.single_name)
        self.check_in_box = QCheckBox(objectName="walkin_check_in")
        self.check_in_box.setChecked(True)
        self.print_box = QCheckBox(objectName="walkin_print")
        self.print_box.setChecked(True)
        self.matches_title = QLabel(objectName="walkin_matches_title")
        self.matches_title.setWordWrap(True)
        self.matches_title.setStyleSheet("font-weight: bold; color: #e65100;")
        self.matches = QListWidget(objectName="walkin_matches")
        self.matches.setMaximumHeight(120)
        self.matches.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # ↑ ↓ in the name fields move it
        self.matches.itemDoubleClicked.connect(lambda _item: self.take_selected())
        self.error = QLabel(objectName="walkin_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.register_button = QPushButton(objectName="walkin_register")
        self.take_button = QPushButton(objectName="walkin_take")
        self.new_button = QPushButton(objectName="walkin_new_anyway")
        for button in (self.take_button, self.new_button, self.register_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.register_button.clicked.connect(self.register)
        self.take_button.clicked.connect(self.take_selected)
        self.new_button.clicked.connect(self.register_anyway)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.matches_title)
        layout.addWidget(self.matches)
        layout.addWidget(self.check_in_box)
        layout.addWidget(self.print_box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._lookup = QTimer(self, singleShot=True, interval=120, timeout=self.update_matches)
        for name in ("given_name", "family_name"):
            field = self.form.inputs[name]
            field.textChanged.connect(self._lookup.start)
            field.installEventFilter(self)
        self.retranslate()
        self.update_matches()
        self.form.inputs["given_name"].setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Walk-in guest"))
        self.single_name.setText(self.tr("Has only &one name"))
        self.check_in_box.setText(self.tr("Check &in now"))
        self.print_box.setText(self.tr("&Print the badge now"))
        self.matches_title.setText(
            self.tr("Already registered? Enter checks in the guest selected here (↑ ↓ choose).")
        )
        self.register_button.setText(self.tr("&Register"))
        self.take_button.setText(self.tr("Check in the selected guest"))
        self.new_button.setText(self.tr("Register as a &new guest anyway"))
        self.update_matches()

    @property
    def check_in(self) -> bool:
        return self.registered_guest is not None or self.check_in_box.isChecked()

    @property
    def print_badge(self) -> bool:
        if not (self.print_box.isChecked() and self.print_box.isEnabled()):
            return False
        found = self.registered_guest
        return found is None or not found.badge_printed_count  # theirs may be waiting

    # -- likely matches -------------------------------------------------------------------------
    def index(self) -> search.SearchIndex:
        if self._index is None:
            self._index = search.SearchIndex(guests.list_guests(self._event))
        return self._index

    def update_matches(self) -> list[Guest]:
        values = self.form.values()
        found = walkins.likely_matches(
            self.index(), values.get("given_name") or "", values.get("family_name") or ""
        )
        self.matches.clear()
        for guest in found:
            row = QListWidgetItem(self._describe(guest))
            row.setData(Qt.ItemDataRole.UserRole, guest.id)
            self.matches.addItem(row)
        if found:
            self.matches.setCurrentRow(0)
        self.matches_title.setVisible(bool(found))
        self.matches.setVisible(bool(found))
        # With a likely match Enter takes it; a new registration is the explicit button.
        self.take_button.setVisible(bool(found))
        self.new_button.setVisible(bool(found))
        self.register_button.setVisible(not found)
        self.take_button.setDefault(bool(found))
        self.register_button.setDefault(not found)
        return found

    def _describe(self, guest: Guest) -> str:
        parts = [guest.full_name]
        if guest.organisation:
            parts.append(guest.organisation)
        if guest.cancelled:
            parts.append(self.tr("cancelled"))
        return " — ".join(parts)

    def eventFilter(self, obj, ev) -> bool:  # noqa: N802 (Qt's name)
        if ev.type() == QEvent.Type.KeyPress and self.matches.count():
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(ev.key())
            if step is not None:
                row = max(0, min(self.matches.count() - 1, self.matches.currentRow() + step))
                self.matches.setCurrentRow(row)
                return True
        return super().eventFilter(obj, ev)

    def take_selected(self) -> None:
        """Check in the registered guest chosen from the list instead of a new one."""
        self._lookup.stop()
        row = self.matches.currentItem()
        if row is None:
            return
        self.registered_guest = guests.get_guest(self._event, row.data(Qt.ItemDataRole.UserRole))
        self.guest = self.registered_guest
        self.accept()

    # -- a new guest -------------------------------------------------------------------------------
    def register(self) -> None:
        self._lookup.stop()
        if self.update_matches():
            return  # names changed since: the list is back, Enter takes the selected guest
        self.register_anyway()

    def register_anyway(self) -> None:
        values = {k: v for k, v in self.form.values().items() if v not in ("", None)}
        try:
            self.guest = walkins.register(
                self._event, single_name=self.single_name.isChecked(), **values
            )
        except CheckinError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.accept()
