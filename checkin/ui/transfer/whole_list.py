"""The import dialog's "every guest of this list" box: category, language and delegation
for all rows (a list of the Omsk delegation, Russian-speaking), the language the names'
script suggests, and the offer to create the tables the list names that the event lacks,
with how many guests that concerns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
)

from checkin import categories, i18n
from checkin.importing import ForAllRows
from checkin.importing.report import ImportReport
from checkin.rounds import delegations
from checkin.ui.language import category_name, locale_format

translate = QCoreApplication.translate


class ForAllRowsBox(QGroupBox):
    """What holds for every guest of the list; "as in the list" keeps the file's own."""

    def __init__(self, event, suggested_language: str = "", parent=None):
        super().__init__(translate("import", "Every guest of this list"), parent)
        self.setObjectName("import_for_all")
        self.category = QComboBox(objectName="import_category")
        self.category.addItem(translate("import", "as in the list"), "")
        for key in categories.CATEGORIES:
            self.category.addItem(category_name(key), key)
        self.language = QComboBox(objectName="import_language")
        self.language.addItem(translate("import", "as in the list"), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.delegation = QLineEdit(objectName="import_delegation")
        self.delegation.setPlaceholderText(
            translate("import", "none – or the delegation's name, e.g. Omsk")
        )
        names = [d.name for d in delegations.list_delegations(event)]
        self.delegation.setCompleter(QCompleter(names, self.delegation))
        self.create_tables = QCheckBox(
            translate("import", "Create the tables the list names that the event does not have"),
            objectName="import_create_tables",
        )
        self.hint = QLabel(objectName="import_language_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #1f5fa8;")
        form = QFormLayout(self)
        form.addRow(translate("import", "&Category:"), self.category)
        form.addRow(translate("import", "&Language:"), self.language)
        form.addRow(translate("import", "&Delegation:"), self.delegation)
        form.addRow(self.create_tables)
        form.addRow(self.hint)
        self.suggest(suggested_language)

    def suggest(self, language: str) -> None:
        """Preselect the language the names' script suggests, and say why."""
        self.hint.setVisible(bool(language))
        if language:
            self.language.setCurrentIndex(self.language.findData(language))
            self.hint.setText(
                translate("import", "The names are written in Cyrillic: %1 is preselected as their language.")
                .replace("%1", i18n.LANGUAGES.get(language, language))
            )  # fmt: skip

    def values(self) -> ForAllRows:
        return ForAllRows(
            category=self.category.currentData() or "",
            language=self.language.currentData() or "",
            delegation=self.delegation.text().strip(),
            create_tables=self.create_tables.isChecked(),
        )

    def offer_tables(self, report: ImportReport) -> None:
        """After a check: name the unknown tables and how many guests they concern."""
        unknown = report.unknown_table_counts()
        if not unknown or report.created_tables:
            return
        names = ", ".join(f"“{value}”" for value in unknown)
        guests = locale_format.number(len(report.unknown_tables))
        self.create_tables.setText(
            translate("import", "Create the tables %1 (%2 guests name them)")
            .replace("%1", names)
            .replace("%2", guests)
        )
        self.create_tables.setStyleSheet("font-weight: bold;")


def report_lines(report: ImportReport) -> list[str]:
    """What the report says about the whole list, in the user's language."""
    lines = []
    if report.delegation:
        lines.append(
            translate("import", "Delegation: %1 (every guest of the list).").replace(
                "%1", report.delegation
            )
        )
    if report.created_tables:
        made = (
            translate("import", "Tables to create: %1.")
            if report.dry_run
            else translate("import", "Tables created: %1.")
        )
        lines.append(made.replace("%1", ", ".join(report.created_tables)))
    unknown = report.unknown_table_counts()
    if unknown and not report.created_tables:
        named = ", ".join(f"“{value}” ({locale_format.number(n)})" for value, n in unknown.items())
        lines.append(
            translate("import", "%1 guests name tables the event does not have: %2. They are imported without a seat unless you let the import create these tables.")
            .replace("%1", locale_format.number(len(report.unknown_tables)))
            .replace("%2", named)
        )  # fmt: skip
    return lines
