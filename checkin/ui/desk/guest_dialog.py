"""Edit a guest: a form over the guest's fields, shared with the walk-in dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from checkin import categories, guests, i18n, tables
from checkin.errors import CheckinError
from checkin.event import Event
from checkin.importing.mapping import language_list
from checkin.models import GUEST_FIELDS, Guest
from checkin.rounds import model as rounds_model
from checkin.ui.language import category_name, error_text

# what the desk edits: every guest field but those that come from another system's list
ALL_FIELDS = tuple(
    f for f in GUEST_FIELDS if f not in ("industry", "external_id", "external_barcode")
)


class GuestForm(QWidget):
    """Labelled inputs for the chosen guest fields; ``values()`` gives them as a dict."""

    def __init__(self, event: Event, fields=ALL_FIELDS, parent=None):
        super().__init__(parent)
        self.fields = tuple(fields)
        self.inputs: dict[str, QWidget] = {}
        layout = QFormLayout(self)
        labels = {
            "salutation": self.tr("Salutation"),
            "given_name": self.tr("&Given name"),
            "patronymic": self.tr("Patronymic"),
            "family_name": self.tr("&Family name"),
            "organisation": self.tr("&Organisation"),
            "position": self.tr("Position"),
            "email": self.tr("&E-mail"),
            "phone": self.tr("Phone"),
            "language": self.tr("&Language"),
            "category": self.tr("&Category"),
            "table_id": self.tr("&Table"),
            "notes": self.tr("&Notes for staff"),
        }
        for name in self.fields:
            if name == "language":
                box = QComboBox()
                for code, language in i18n.LANGUAGES.items():
                    box.addItem(f"{language} ({code})", code)
                widget = box
            elif name == "category":
                box = QComboBox()
                for key in categories.CATEGORIES:
                    box.addItem(category_name(key), key)
                box.setCurrentIndex(box.findData(categories.DEFAULT))
                widget = box
            elif name == "table_id":
                box = QComboBox()
                box.addItem(self.tr("– none –"), None)
                for table in tables.list_tables(event):
                    box.addItem(table.label, table.id)
                widget = box
            else:
                widget = QLineEdit()
                widget.setMinimumWidth(320)
            widget.setObjectName(f"field_{name}")
            self.inputs[name] = widget
            label = QLabel(labels[name])
            label.setBuddy(widget)
            layout.addRow(label, widget)

    def set_guest(self, guest: Guest) -> None:
        for name, widget in self.inputs.items():
            value = getattr(guest, name)
            if isinstance(widget, QComboBox):
                index = widget.findData(value)
                if index < 0 and value:
                    widget.addItem(str(value), value)
                    index = widget.count() - 1
                widget.setCurrentIndex(max(index, 0))
            else:
                widget.setText(value or "")

    def values(self) -> dict:
        out = {}
        for name, widget in self.inputs.items():
            out[name] = widget.currentData() if isinstance(widget, QComboBox) else widget.text()
        return out


class GuestDialog(QDialog):
    """Edit one guest; saves through the core on OK and stays open on bad input."""

    def __init__(self, event: Event, guest: Guest, parent=None):
        super().__init__(parent)
        self._event = event
        self.guest = guest
        self.setWindowTitle(self.tr("Guest: %1").replace("%1", guest.full_name))
        self.form = GuestForm(event, ALL_FIELDS, self)
        self.form.set_guest(guest)
        # the exchange: languages spoken and consent to share contact details
        self.languages = QLineEdit(", ".join(rounds_model.languages_of(event, guest.id)))
        self.languages.setObjectName("field_languages")
        self.languages.setPlaceholderText(self.tr("e.g. de, ru – empty: the guest's language"))
        languages_label = QLabel(self.tr("Languages &spoken"))
        languages_label.setBuddy(self.languages)
        self.consent = QCheckBox(self.tr("Agrees to share contact &details"))
        self.consent.setObjectName("field_consent")
        self.consent.setChecked(rounds_model.has_consent(event, guest.id))
        self.form.layout().addRow(languages_label, self.languages)
        self.form.layout().addRow("", self.consent)
        self.cancelled = QCheckBox(self.tr("Registration &cancelled"))
        self.cancelled.setChecked(guest.cancelled)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.cancelled)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            self.guest = guests.update_guest(self._event, self.guest.id, **self.form.values())
            if self.cancelled.isChecked() != self.guest.cancelled:
                self.guest = guests.set_cancelled(
                    self._event, self.guest.id, self.cancelled.isChecked()
                )
            languages = language_list(self.languages.text())
            rounds_model.set_languages(self._event, self.guest.id, languages)
            rounds_model.set_consent(self._event, self.guest.id, self.consent.isChecked())
        except CheckinError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.accept()


def confirm(parent, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes
