"""Badges ▸ Print queue…; desk badges go through the print queue when the desk has printers.

Without printers in the pool the desk keeps handing badge PDFs to the system viewer.
With them, a badge printed from the card (F8) or for a walk-in becomes a job: the desk
goes on at once, the card says which printer took the badge, and a failure shows in the
status bar and in the panel (R: another printer).
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from checkin import guests
from checkin.errors import CheckinError
from checkin.printing import JobState, PrintJob
from checkin.ui.printing.desk_printing import DeskPrinting
from checkin.ui.printing.print_panel import JobModel, PrintPanel

translate = QCoreApplication.translate  # window.tr would file texts under 'window'

_DESK_BADGE = re.compile(r"badge-(\d+)\.pdf$")  # how MainWindow.print_badge names the file


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


def send_badge(ctx, pdf: Path, fallback) -> bool:
    """``window.badge_printer``: the desk's badge PDF becomes a job of the print queue."""
    printing = printing_of(ctx)
    if not printing.has_printers():
        return fallback(pdf)
    found = _DESK_BADGE.search(Path(pdf).name)
    guest_ids = [int(found.group(1))] if found else []
    title = Path(pdf).stem
    if guest_ids:
        with contextlib.suppress(CheckinError):
            title = guests.get_guest(ctx.event, guest_ids[0]).full_name
    printing.queue.submit(pdf, title, guest_ids=guest_ids)
    return True


def _job_changed(ctx, job: PrintJob) -> None:
    window = ctx.window
    card = window.scan_view.card
    if job.printer and job.state in (JobState.PRINTING, JobState.DONE):
        for guest_id in job.guest_ids:
            card.badge_sent(guest_id, job.printer)
    if job.state is JobState.FAILED:
        reason = JobModel().reason_text(job.reason)
        message = translate(
            "printing", "Badge %1 not printed (%2): Badges ▸ Print queue, R for another printer."
        )
        window.statusBar().showMessage(
            message.replace("%1", job.title).replace("%2", reason), 15000
        )
    elif job.state is JobState.DONE and job.printer and ctx.printing.pool.low(job.printer):
        left = ctx.printing.pool.labels_left(job.printer)
        message = translate("printing", "Only %1 labels left on %2 – put in a new roll soon.")
        window.statusBar().showMessage(
            message.replace("%1", str(left)).replace("%2", job.printer), 15000
        )


def install(ctx) -> None:
    window = ctx.window
    action = QAction(translate("printing", "Print &queue…"), window)
    action.setObjectName("action_print_queue")
    action.setShortcut("Ctrl+Shift+P")
    action.triggered.connect(lambda: open_panel(ctx))
    window.menu("badges").addAction(action)
    window.addAction(action)
    fallback = window.badge_printer
    window.badge_printer = lambda pdf: send_badge(ctx, pdf, fallback)
