"""File ▸ Import guest list…: choose a file, map its columns, import, see the report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from checkin import importing
from checkin.errors import CheckinError
from checkin.ui.bridge import run_in_background
from checkin.ui.language import error_text
from checkin.ui.transfer.import_dialog import ImportDialog

translate = QCoreApplication.translate


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
    """The menu action; its file chooser and error box can be swapped in tests.

    Reading the file for the preview runs in the thread pool too: a long list takes a
    moment, and the desk keeps scanning meanwhile.
    """

    choose_file = staticmethod(_ask_for_file)
    show_error = staticmethod(_show_error)

    def __init__(self, ctx):
        self.ctx = ctx
        self.window = ctx.window
        self.dialog: ImportDialog | None = None
        self.task = None

    def run(self, path: Path | None = None, *, sheet: str | None = None) -> None:
        """Choose a file (unless given), read it off the UI thread, show the dialog;
        ``sheet``: the workbook sheet to read (default: the one with the attendees)."""
        path = path or self.choose_file(self.window)
        if path is None or self.task is not None:
            return
        self.dialog = None
        self.ctx.notify(
            QApplication.translate("import", "Reading %1 …").replace("%1", Path(path).name), 0
        )
        self.task = run_in_background(
            lambda: importing.preview(path, sheet=sheet),
            lambda shown: self._show(path, shown),
            self._failed,
        )

    def _other_sheet(self, dialog: ImportDialog, path: Path, sheet: str) -> None:
        dialog.close()
        self.run(path, sheet=sheet)

    def _show(self, path: Path, shown: importing.Preview) -> None:
        self.task = None
        self.window.notice.dismiss()
        dialog = ImportDialog(self.ctx.event, path, shown, self.window, desk=self.ctx.desk)
        dialog.imported.connect(lambda _report: self.window.data_changed.emit())
        dialog.sheet_chosen.connect(lambda name: self._other_sheet(dialog, path, name))
        self.dialog = dialog
        dialog.open()

    def _failed(self, exc: Exception) -> None:
        self.task = None
        self.window.notice.dismiss()
        # A bad file is one line from the core; anything else is shown as it is.
        self.show_error(
            self.window, error_text(exc) if isinstance(exc, CheckinError) else repr(exc)
        )


def install(ctx) -> None:
    window = ctx.window
    feature = ImportFeature(ctx)
    ctx.importer = feature
    action = QAction(window)
    ctx.retranslated(lambda: action.setText(translate("import", "&Import guest list…")))
    action.setObjectName("action_import_guests")
    action.setShortcut("Ctrl+I")
    action.triggered.connect(lambda: feature.run())
    window.menu("file").addAction(action)
