"""Reports ▸ Statistics…"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from checkin.ui.reports.stats_view import StatsView


def open_statistics(ctx) -> StatsView:
    view = ctx.opened.get("stats_view")
    if view is None:
        view = StatsView(ctx)
        ctx.opened["stats_view"] = view
    view.show()
    view.raise_()
    return view


def install(ctx) -> None:
    window = ctx.window
    stats = QAction(window)
    ctx.retranslated(
        lambda: stats.setText(QCoreApplication.translate("feature_reports", "&Statistics…"))
    )
    stats.setObjectName("action_statistics")
    stats.triggered.connect(lambda: open_statistics(ctx))
    window.menu("reports").addAction(stats)
