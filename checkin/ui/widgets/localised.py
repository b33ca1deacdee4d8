"""Optional texts per reader's language: one row per language (Deutsch, English, Русский),
one column per field ("Name", "Theme"); an empty cell means the reader sees the given one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit

from checkin import i18n
from checkin.models import NAME_LANGUAGES


class LocalisedFields(QGroupBox):
    """``fields`` maps a field ("name") to its column title; ``values`` holds "name_ru" …"""

    def __init__(self, fields: dict[str, str], values: dict[str, str] | None = None, parent=None):
        super().__init__(
            QCoreApplication.translate("LocalisedFields", "For readers of another language"),
            parent,
        )
        self.setObjectName("localised_fields")
        values = values or {}
        grid = QGridLayout(self)
        for column, title in enumerate(fields.values(), start=1):
            grid.addWidget(QLabel(title), 0, column)
        self.inputs: dict[str, QLineEdit] = {}
        for row, lang in enumerate(NAME_LANGUAGES, start=1):
            grid.addWidget(QLabel(i18n.LANGUAGES.get(lang, lang)), row, 0)
            for column, field in enumerate(fields, start=1):
                key = f"{field}_{lang}"
                edit = QLineEdit(values.get(key, ""), objectName=f"localised_{key}")
                edit.setPlaceholderText(QCoreApplication.translate("LocalisedFields", "as given"))
                grid.addWidget(edit, row, column)
                self.inputs[key] = edit
        note = QLabel(
            QCoreApplication.translate(
                "LocalisedFields",
                "Badges, the guest display, schedules and host sheets show these to readers "
                "of that language; an empty field shows the given one.",
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #546e7a;")
        grid.addWidget(note, len(NAME_LANGUAGES) + 1, 0, 1, len(fields) + 1)

    def values(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.inputs.items()}
