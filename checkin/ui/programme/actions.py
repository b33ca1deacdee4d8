"""The menu entry that opens the programme items (an admin action: it changes the lists)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from checkin import programme
from checkin.ui.programme.programme_dialog import ProgrammeDialog


def install(ctx) -> None:
    window = ctx.window
    action = QAction(window)
    ctx.retranslated(
        lambda: action.setText(QCoreApplication.translate("feature_programme", "Pro&gramme items…"))
    )
    action.setObjectName("action_programme_items")

    def show() -> ProgrammeDialog:
        dialog = ctx.opened.get("programme")
        if dialog is None:
            dialog = ProgrammeDialog(ctx.event, window)
            dialog.changed.connect(lambda: _changed(ctx))
            ctx.opened["programme"] = dialog
        dialog.model.reload()
        dialog.show()
        dialog.raise_()
        return dialog

    action.triggered.connect(show)
    ctx.menu("admin").addAction(action)


def _changed(ctx) -> None:
    """The active item may have a new name or times; the item list (F6) reads them anew."""
    ctx.item = programme.get_item(ctx.event, ctx.item.id)
    ctx.window.data_changed.emit()
