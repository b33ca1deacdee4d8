"""File ▸ New event…: the event's name, place, days and languages, and where its file goes."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.errors import CheckinError
from checkin.event import Event, EventInfo
from checkin.i18n import LANGUAGES
from checkin.new_event import create_event
from checkin.ui.language import error_text, on_language_change


def default_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def file_name(name: str) -> str:
    stem = re.sub(r"[^\w\-]+", "-", name.strip(), flags=re.UNICODE).strip("-") or "event"
    return f"{stem}.checkin"


class NewEventDialog(QDialog):
    """On OK the event file is created; ``event`` is then the open event."""

    # Swappable in tests: (parent, suggested path) -> chosen path or "".
    @staticmethod
    def choose_file(parent, suggested: str) -> str:
        return QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("NewEventDialog", "New event file"),
            suggested,
            QCoreApplication.translate("NewEventDialog", "Event files (*.checkin)"),
        )[0]

    def __init__(self, parent=None):
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.event: Event | None = None
        self.name = QLineEdit(objectName="new_name")
        self.venue = QLineEdit(objectName="new_venue")
        today = QDate.currentDate()
        self.starts = QDateEdit(today, objectName="new_starts", calendarPopup=True)
        self.ends = QDateEdit(today, objectName="new_ends", calendarPopup=True)
        self.languages = {code: QCheckBox(name) for code, name in LANGUAGES.items()}
        for code, box in self.languages.items():
            box.setObjectName(f"new_language_{code}")
            box.setChecked(code in ("de", "en"))
        self.path = QLineEdit(objectName="new_path")
        self._path_edited = False
        self.path.textEdited.connect(lambda _t: setattr(self, "_path_edited", True))
        self.name.textChanged.connect(self._suggest_path)
        self.browse = QPushButton(objectName="new_browse")
        self.browse.clicked.connect(self._browse)
        self.error = QLabel(objectName="new_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        languages = QWidget()
        row = QHBoxLayout(languages)
        row.setContentsMargins(0, 0, 0, 0)
        for box in self.languages.values():
            row.addWidget(box)
        row.addStretch(1)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)
        self.labels = [QLabel() for _ in range(6)]
        form = QFormLayout()
        for label, field in zip(
            self.labels,
            (self.name, self.venue, self.starts, self.ends, languages, where),
            strict=True,
        ):
            form.addRow(label, field)
        buddies = (self.name, self.venue, self.starts, self.ends, None, self.path)
        for label, field in zip(self.labels, buddies, strict=True):
            if field is not None:
                label.setBuddy(field)  # Alt+letter of the label goes to its field
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate()
        self._suggest_path()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New event"))
        for label, text in zip(
            self.labels,
            (self.tr("&Name:"), self.tr("&Venue:"), self.tr("&First day:"),
             self.tr("&Last day:"), self.tr("Languages:"), self.tr("Event &file:")),
            strict=True,
        ):  # fmt: skip
            label.setText(text)
        self.browse.setText(self.tr("Browse…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))

    def _suggest_path(self) -> None:
        if not self._path_edited:
            self.path.setText(str(default_folder() / file_name(self.name.text())))

    def _browse(self) -> None:
        chosen = self.choose_file(self, self.path.text())
        if chosen:
            self.path.setText(chosen if chosen.endswith(".checkin") else chosen + ".checkin")
            self._path_edited = True

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def create(self) -> None:
        name = self.name.text().strip()
        if not name:
            self._fail(self.tr("Give the event a name."))
            return
        path = Path(self.path.text().strip()).expanduser()
        if not path.parent.is_dir():
            self._fail(self.tr("The folder %1 does not exist.").replace("%1", str(path.parent)))
            return
        info = EventInfo(
            name=name,
            venue=self.venue.text().strip(),
            starts=self.starts.date().toString("yyyy-MM-dd"),
            ends=self.ends.date().toString("yyyy-MM-dd"),
            languages=[code for code, box in self.languages.items() if box.isChecked()] or ["de"],
        )
        try:
            self.event = create_event(path, info)
        except (CheckinError, OSError) as exc:
            self._fail(error_text(exc))
            return
        self.accept()
