"""Start the desktop application."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from checkin.errors import CheckinError
from checkin.ui import admin as recovery
from checkin.ui.language import chosen_language, error_text, translations


def open_event_dialog(parent=None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QApplication.translate("app", "Open event"),
        str(Path.home()),
        QApplication.translate("app", "Event files (*.checkin);;All files (*)"),
    )
    return Path(name) if name else None


def run_app(path: Path | None = None) -> int:
    from checkin.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("checkin")
    app.setOrganizationName("checkin")
    translations(app).apply(chosen_language())  # the user's choice, else the system's
    if path is None:
        path = open_event_dialog()
        if path is None:
            return 0
    try:
        event = recovery.open_event(path)  # a damaged file is offered its last good backup
    except CheckinError as exc:
        QMessageBox.critical(None, "checkin", error_text(exc))
        return 2
    window = MainWindow(event)
    window.show()
    return app.exec()
