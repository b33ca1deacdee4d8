"""File ▸ Export…: who came, when, to which item — CSV, XLSX, PDF report, door list, log."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from checkin.ui.transfer.export_dialog import ExportDialog


def _ui_language() -> str:
    try:
        from checkin.ui.language import chosen_language

        return chosen_language()
    except Exception:  # no language chosen yet, or i18n not available: German default
        return "de"


def open_export(ctx) -> ExportDialog:
    dialog = ExportDialog(ctx.event, ctx.item, _ui_language(), ctx.window)
    ctx.opened["export_dialog"] = dialog
    dialog.open()
    return dialog


def install(ctx) -> None:
    window = ctx.window
    export = QAction(window)
    ctx.retranslated(
        lambda: export.setText(QCoreApplication.translate("feature_reports", "&Export…"))
    )
    export.setObjectName("action_export")
    export.setShortcut("Ctrl+E")
    export.triggered.connect(lambda: open_export(ctx))
    window.menu("file").addAction(export)
