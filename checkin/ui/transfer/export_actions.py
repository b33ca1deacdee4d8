"""File ▸ Export…: who came, when, to which item — CSV, XLSX, PDF report, door list, log."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from checkin.ui.transfer.export_dialog import ExportDialog


def _ui_language() -> str:
    try:
        from checkin.ui.language.i18n import chosen_language

        return chosen_language()
    except Exception:  # no language chosen yet, or i18n not available: German default
        return "de"


def _core(window):
    """The checkin Event behind the window's ``event`` handle."""
    return getattr(window.event, "target", window.event)


def open_export(window) -> ExportDialog:
    dialog = ExportDialog(_core(window), window.item, _ui_language(), window)
    window.export_dialog = dialog
    dialog.open()
    return dialog


def install(window) -> None:
    export = QAction(QCoreApplication.translate("feature_reports", "&Export…"), window)
    export.setObjectName("action_export")
    export.setShortcut("Ctrl+E")
    export.triggered.connect(lambda: open_export(window))
    window.menu("file").addAction(export)
