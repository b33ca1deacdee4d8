"""Badges ▸ Print queue…, and the badges the desk prints one at a time.

With printers in the desk's pool, a badge printed from the card (F8), for a walk-in or
as a new badge becomes a job of the print queue: the desk goes on at once and the card
follows the job (queued, printing, printed, failed and why). Without printers the badge
PDF opens in the system viewer and stays "not printed" until staff say it was printed.
Failures and few labels left are told in the window, for whoever is at the desk.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from checkin.printing import JobState, PrintJob
from checkin.ui.printing.desk_badges import DeskBadges
from checkin.ui.printing.desk_printing import DeskPrinting
from checkin.ui.printing.print_panel import JobModel, PrintPanel

translate = QCoreApplication.translate  # window.tr would file texts under 'window'


def printing_of(ctx) -> DeskPrinting:
    if ctx.printing is None:
        ctx.printing = DeskPrinting.from_settings(ctx.window)
        _connect(ctx)
    return ctx.printing


def _connect(ctx) -> None:
    printing = ctx.printing
    printing.changed.connect(lambda job: _job_changed(ctx, job))
    ctx.window.destroyed.connect(lambda *_: printing.close())


def use_printing(ctx, printing: DeskPrinting) -> None:
    """Give the desk its printers (tests pass a pool of their own)."""
    ctx.printing = printing
    _connect(ctx)


def open_panel(ctx) -> PrintPanel:
    panel = PrintPanel(printing_of(ctx), ctx.window)
    ctx.opened["print_panel"] = panel
    panel.show()
    return panel


def _job_changed(ctx, job: PrintJob) -> None:
    if ctx.desk_badges is not None:
        ctx.desk_badges.job_changed(job)
    if job.state is JobState.FAILED:
        reason = JobModel().reason_text(job.reason)
        message = translate(
            "printing", "Badge %1 not printed (%2): Badges ▸ Print queue, R for another printer."
        )
        ctx.notify(message.replace("%1", job.title).replace("%2", reason), error=True)
    elif job.state is JobState.DONE and job.printer and ctx.printing.pool.low(job.printer):
        left = ctx.printing.pool.labels_left(job.printer)
        message = translate("printing", "Only %1 labels left on %2 – put in a new roll soon.")
        ctx.notify(message.replace("%1", str(left)).replace("%2", job.printer), error=True)


def install(ctx) -> None:
    window = ctx.window
    ctx.desk_badges = DeskBadges(ctx, printing_of)
    action = QAction(window)
    action.setObjectName("action_print_queue")
    action.setShortcut("Ctrl+Shift+P")
    action.triggered.connect(lambda: open_panel(ctx))
    ctx.retranslated(lambda: action.setText(translate("printing", "Print &queue…")))
    window.menu("badges").addAction(action)
    window.addAction(action)
