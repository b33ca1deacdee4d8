"""Reports ▸ Statistics…"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from checkin.ui.reports.stats_view import StatsView


def open_statistics(window) -> StatsView:
    view = getattr(window, "stats_view", None)
    if view is None:
        view = StatsView(window)
        window.stats_view = view
    view.show()
    view.raise_()
    return view


def install(window) -> None:
    stats = QAction(QCoreApplication.translate("feature_reports", "&Statistics…"), window)
    stats.setObjectName("action_statistics")
    stats.triggered.connect(lambda: open_statistics(window))
    window.menu("reports").addAction(stats)
