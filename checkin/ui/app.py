"""Start the desktop application: the desk on an event file, else the start page."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from checkin.errors import CheckinError
from checkin.ui import admin as recovery
from checkin.ui import start
from checkin.ui.language import chosen_language, error_text, translations


def desk_self_test(event, code: str) -> str:
    """``checkin --self-test``: the desk window opens on ``event`` in German and checks in
    the guest whose badge ``code`` is scanned (offscreen where there is no display)."""
    import os

    from PySide6.QtCore import QLibraryInfo

    from checkin import checkins
    from checkin.ui.main_window import MainWindow

    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    qt_texts = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (qt_texts / "qtbase_de.qm").is_file(), "Qt's German texts are missing"
    translations(app).apply("de")
    window = MainWindow(event)
    window.keep_event_open = True
    try:
        window.show()
        app.processEvents()
        window.on_scanned(code)
        app.processEvents()
        state = checkins.status(event, checkins.resolve(event, code)[1].id, window.ctx.item.id)
        assert state.state is checkins.State.IN, state
    finally:
        window.close()
        translations(app).apply("en")
    return f"desk window opened ({app.platformName()}) and a scan checked the guest in"


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
