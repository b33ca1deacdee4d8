"""Help ▸ About checkin."""

from __future__ import annotations

from PySide6.QtGui import QAction

from checkin.ui.about_dialog import AboutDialog


def install(window) -> None:
    action = QAction(window.tr("&About checkin…"), window)
    action.setObjectName("action_about")
    action.triggered.connect(lambda: AboutDialog(window).exec())
    window.menu("help").addAction(action)
