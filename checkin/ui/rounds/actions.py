"""Tables ▸ Meeting rounds… and Reports ▸ Delegation… for the exchange's rounds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from checkin.ui.rounds.delegation_view import DelegationView
from checkin.ui.rounds.rounds_view import RoundsView

translate = QCoreApplication.translate


def install(ctx) -> None:
    window = ctx.window
    rounds_action = QAction(window)
    rounds_action.setObjectName("action_meeting_rounds")
    rounds_action.triggered.connect(lambda: open_rounds(ctx))
    window.menu("tables").addAction(rounds_action)
    delegation_action = QAction(window)
    delegation_action.setObjectName("action_delegation")
    delegation_action.triggered.connect(lambda: open_delegation(ctx))
    window.menu("reports").addAction(delegation_action)

    def texts() -> None:
        rounds_action.setText(translate("rounds", "Meeting &rounds…"))
        delegation_action.setText(translate("rounds", "&Delegation…"))

    ctx.retranslated(texts)


def open_rounds(ctx) -> RoundsView:
    view = RoundsView(ctx.event, ctx.item, ctx.window)
    ctx.opened["rounds_view"] = view
    view.planned.connect(ctx.window.data_changed.emit)
    view.show()
    return view


def open_delegation(ctx) -> DelegationView:
    view = DelegationView(ctx.event, ctx.item, ctx.window)
    ctx.opened["delegation_view"] = view
    view.replanned.connect(lambda _changed: ctx.window.data_changed.emit())
    view.show()
    return view
