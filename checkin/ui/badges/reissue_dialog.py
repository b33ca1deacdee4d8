"""New badge (lost, damaged, misprinted) and substitute dialogs: the old badge is void on OK.

Both call the core (``checkin.badge_lifecycle``) and keep the result in ``done`` so the
window can print the new badge at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from checkin.badge_lifecycle import reprint, substitute
from checkin.errors import CheckinError
from checkin.event import Event
from checkin.models import Guest
from checkin.ui.language import error_text

translate = QCoreApplication.translate


class _Base(QDialog):
    def __init__(self, event: Event, guest: Guest, parent=None, *, desk: str | None = None):
        super().__init__(parent)
        self._event = event
        self.guest = guest
        self.desk = desk
        self.done_change = None  # the core's Reissue / Substitution after OK
        self.form = QFormLayout()
        # Explicit context: self.tr here would look under the subclass's name.
        self.print_box = QCheckBox(translate("reissue_dialog", "&Print the new badge now"))
        self.print_box.setChecked(True)
        self.error = QLabel()
        self.error.setObjectName("reissue_error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        note = QLabel(
            translate("reissue_dialog", "The current badge of %1 stops working at once.").replace(
                "%1", guest.full_name
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(self.form)
        layout.addWidget(self.print_box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _apply(self) -> None:
        try:
            self.done_change = self.change()
        except CheckinError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.accept()

    @property
    def print_badge(self) -> bool:
        return self.print_box.isChecked()

    def change(self):
        raise NotImplementedError


class ReissueDialog(_Base):
    """Badges ▸ New badge: why (lost, damaged, misprinted); the old code is void on OK."""

    def __init__(self, event: Event, guest: Guest, parent=None, *, desk: str | None = None):
        super().__init__(event, guest, parent, desk=desk)
        self.setWindowTitle(self.tr("New badge for %1").replace("%1", guest.full_name))
        self.reason = QComboBox()
        self.reason.setObjectName("reissue_reason")
        for key, text in (
            ("lost", self.tr("Lost – the old badge must not let anyone in")),
            ("damaged", self.tr("Damaged")),
            ("typo", self.tr("Misprinted (a typo)")),
        ):
            self.reason.addItem(text, key)
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Void old badge"))
        self.reason.setFocus()

    def change(self):
        return reprint(self._event, self.guest.id, self.reason.currentData(), desk=self.desk)


class SubstituteDialog(_Base):
    """Guests ▸ Substitute: another person of the same organisation takes the registration."""

    def __init__(self, event: Event, guest: Guest, parent=None, *, desk: str | None = None):
        super().__init__(event, guest, parent, desk=desk)
        self.setWindowTitle(self.tr("Substitute for %1").replace("%1", guest.full_name))
        org = QLabel(guest.organisation or "–")
        self.form.addRow(self.tr("Organisation:"), org)
        self.inputs: dict[str, QLineEdit] = {}
        for key, label in (
            ("given_name", self.tr("&Given name:")),
            ("family_name", self.tr("&Family name:")),
            ("email", self.tr("&Email:")),
            ("phone", self.tr("P&hone:")),
        ):
            field = QLineEdit()
            field.setObjectName(f"substitute_{key}")
            self.inputs[key] = field
            self.form.addRow(label, field)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Hand over the registration"))
        self.inputs["given_name"].setFocus()

    def change(self):
        values = {k: f.text() for k, f in self.inputs.items()}
        return substitute(
            self._event,
            self.guest.id,
            given_name=values.pop("given_name"),
            family_name=values.pop("family_name"),
            desk=self.desk,
            **values,
        )
