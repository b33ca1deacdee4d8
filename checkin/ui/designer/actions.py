"""Badges ▸ Design badges…: opens the editor (admin only: changing a design changes every
badge printed after it; printing with a design stays open to the staff)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from checkin.ui.designer.window import DesignerWindow

translate = QCoreApplication.translate


def open_designer(ctx) -> DesignerWindow:
    window = ctx.opened.get("designer")
    if window is None or not window.isVisible():
        window = DesignerWindow(ctx.event, ctx.window)
        window.resize(1280, 720)
        ctx.opened["designer"] = window
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def install(ctx) -> None:
    window = ctx.window
    action = QAction(window)
    ctx.retranslated(lambda: action.setText(translate("designer", "&Design badges…")))
    action.setObjectName("action_design_badges")
    # admin only: listed in ui/admin/gate.py (ADMIN_ACTIONS), its window in ADMIN_WINDOWS
    action.triggered.connect(lambda: open_designer(ctx))
    window.menu("badges").addAction(action)
