"""Desks ▸ Desks panel… and Join an event from another desk…; starts this desk's sync."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction

from checkin.ui.desks.sync import DeskSync

translate = QCoreApplication.translate  # explicit context: window.tr files texts under 'window'


def install(ctx) -> None:
    window = ctx.window
    sync = DeskSync(ctx)
    ctx.sync = sync
    action = QAction(window)
    action.setObjectName("action_desks_panel")
    action.triggered.connect(lambda: open_panel(ctx))
    window.menu("desks").addAction(action)
    join = QAction(window)
    join.setObjectName("action_join_desk")
    join.triggered.connect(lambda: open_join_dialog(ctx))
    window.menu("desks").addAction(join)

    def texts() -> None:
        action.setText(translate("desks", "&Desks panel…"))
        join.setText(translate("desks", "&Join an event from another desk…"))

    ctx.retranslated(texts)
    window.installEventFilter(sync)  # stop Syncthing when the window closes
    if sync.shared and sync.available:
        QTimer.singleShot(0, sync.start)


def open_panel(ctx):
    from checkin.ui.desks.desks_panel import DesksPanel

    panel = ctx.opened.get("desks_panel")
    if panel is None:
        panel = DesksPanel(ctx.sync, ctx.window)
        ctx.opened["desks_panel"] = panel
    panel.show()
    return panel


def open_join_dialog(ctx):
    from checkin.ui.desks.join_dialog import JoinDialog

    window = ctx.window

    def opened(path):
        from checkin.event import Event
        from checkin.ui.main_window import MainWindow

        other = MainWindow(Event.open(path))
        ctx.opened.setdefault("joined_windows", []).append(other)
        other.show()

    dialog = JoinDialog(DeskSync.instance_factory, opened, window)
    ctx.opened["join_dialog"] = dialog
    dialog.show()
    return dialog
