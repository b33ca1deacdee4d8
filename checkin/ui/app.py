"""Start the desktop application: the desk on an event file, else the start page."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from checkin.errors import CheckinError
from checkin.ui import admin as recovery
from checkin.ui import start
from checkin.ui.language import chosen_language, error_text, translations


def run_app(path: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("checkin")
    app.setOrganizationName("checkin")
    translations(app).apply(chosen_language())  # the user's choice, else the system's
    if path is None:
        page = start.StartWindow()  # new event, open, recent events, the demo
        page.show()
        return app.exec()
    try:
        event = recovery.open_event(path)  # a damaged file is offered its last good backup
    except CheckinError as exc:
        QMessageBox.critical(None, "checkin", error_text(exc))
        return 2
    window = start.show_desk(event)
    return app.exec() if window is not None else 0
