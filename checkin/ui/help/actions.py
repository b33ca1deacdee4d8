"""Help ▸ About checkin."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from checkin.ui.help.about_dialog import AboutDialog

translate = QCoreApplication.translate


def install(ctx) -> None:
    window = ctx.window
    action = QAction(window)
    ctx.retranslated(lambda: action.setText(translate("about", "&About checkin…")))
    action.setObjectName("action_about")
    action.triggered.connect(lambda: AboutDialog(window).exec())
    window.menu("help").addAction(action)
