"""Tables ▸ Meeting rounds… and Reports ▸ Delegation… for the exchange's rounds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from checkin.ui.rounds.delegation_view import DelegationView
from checkin.ui.rounds.rounds_view import RoundsView

translate = QCoreApplication.translate


def install(window) -> None:
    rounds_action = QAction(translate("rounds", "Meeting &rounds…"), window)
    rounds_action.setObjectName("action_meeting_rounds")
    rounds_action.triggered.connect(lambda: open_rounds(window))
    window.menu("tables").addAction(rounds_action)
    delegation_action = QAction(translate("rounds", "&Delegation…"), window)
    delegation_action.setObjectName("action_delegation")
    delegation_action.triggered.connect(lambda: open_delegation(window))
    window.menu("reports").addAction(delegation_action)


def open_rounds(window) -> RoundsView:
    view = RoundsView(window.event, window.item, window)
    view.planned.connect(window.data_changed.emit)
    view.show()
    return view


def open_delegation(window) -> DelegationView:
    view = DelegationView(window.event, window.item, window)
    view.replanned.connect(lambda _changed: window.data_changed.emit())
    view.show()
    return view
