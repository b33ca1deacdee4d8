"""File ▸ Import guest list…: choose a file, map its columns, import, see the report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from checkin import importing
from checkin.errors import CheckinError
from checkin.ui.import_dialog import ImportDialog


def _ask_for_file(parent) -> Path | None:
    start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QApplication.translate("import", "Import guest list"),
        start or str(Path.home()),
        QApplication.translate(
            "import", "Guest lists (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls);;All files (*)"
        ),
    )
    return Path(name) if name else None


def _show_error(parent, message: str) -> None:
    QMessageBox.warning(parent, QApplication.translate("import", "Import guest list"), message)


class ImportFeature:
    """The menu action; its file chooser and error box can be swapped in tests."""

    choose_file = staticmethod(_ask_for_file)
    show_error = staticmethod(_show_error)

    def __init__(self, window):
        self.window = window
        self.dialog: ImportDialog | None = None

    def run(self, path: Path | None = None) -> ImportDialog | None:
        path = path or self.choose_file(self.window)
        if path is None:
            return None
        try:
            shown = importing.preview(path)
        except CheckinError as exc:  # a bad file: one line, nothing opened
            self.show_error(self.window, str(exc))
            return None
        dialog = ImportDialog(self.window.event, path, shown, self.window, desk=self.window.desk)
        dialog.imported.connect(lambda _report: self.window.data_changed.emit())
        self.dialog = dialog
        dialog.open()
        return dialog


def install(window) -> None:
    feature = ImportFeature(window)
    window.import_feature = feature
    action = QAction(window.tr("&Import guest list…"), window)
    action.setObjectName("action_import_guests")
    action.setShortcut("Ctrl+I")
    action.triggered.connect(lambda: feature.run())
    window.menu("file").addAction(action)
