"""Badges ▸ Print badges…"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from checkin.ui.badges.badge_dialog import BadgeDialog


def selected_guest_ids(window) -> list[int]:
    """Guests selected in the window's guest list (if it has one)."""
    view = getattr(window, "guest_list", None)
    if view is None:
        return []
    ids = []
    for index in view.table.selectionModel().selectedRows():
        ids.append(view.model.guest(view.proxy.mapToSource(index).row()).id)
    return ids


def open_dialog(ctx) -> BadgeDialog:
    window = ctx.window
    dialog = BadgeDialog(ctx.event, window, selected_ids=selected_guest_ids(window), desk=ctx.desk)
    dialog.finished_batch.connect(lambda _batch: window.data_changed.emit())
    ctx.opened["badge_dialog"] = dialog
    dialog.open()
    return dialog


def install(ctx) -> None:
    window = ctx.window
    action = QAction(window)
    ctx.retranslated(
        lambda: action.setText(QCoreApplication.translate("feature_badges", "&Print badges…"))
    )
    action.setObjectName("action_print_badges")
    action.setShortcut("Ctrl+P")
    action.triggered.connect(lambda: open_dialog(ctx))
    window.menu("badges").addAction(action)
    window.addAction(action)
