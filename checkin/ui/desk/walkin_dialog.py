"""Register a walk-in at the desk, keyboard only: type, Enter, and the guest is in."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from checkin import guests
from checkin.errors import CheckinError
from checkin.event import Event
from checkin.models import Guest
from checkin.ui.desk.guest_dialog import GuestForm
from checkin.ui.language import error_text

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
    """On Enter the guest is registered; ``check_in`` and ``print_badge`` say what follows."""

    def __init__(self, event: Event, parent=None):
        super().__init__(parent)
        self._event = event
        self.guest: Guest | None = None
        self.setWindowTitle(self.tr("Walk-in guest"))
        self.form = GuestForm(event, WALKIN_FIELDS, self)
        self.check_in_box = QCheckBox(self.tr("Check &in now"))
        self.check_in_box.setChecked(True)
        self.print_box = QCheckBox(self.tr("&Print the badge now"))
        self.print_box.setChecked(True)
        self.error = QLabel()
        self.error.setObjectName("walkin_error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Register"))
        buttons.accepted.connect(self.register)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.check_in_box)
        layout.addWidget(self.print_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.form.inputs["given_name"].setFocus()

    @property
    def check_in(self) -> bool:
        return self.check_in_box.isChecked()

    @property
    def print_badge(self) -> bool:
        return self.print_box.isChecked() and self.print_box.isEnabled()

    def register(self) -> None:
        values = {k: v for k, v in self.form.values().items() if v not in ("", None)}
        try:
            self.guest = guests.add_guest(self._event, **values)
        except CheckinError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.accept()
