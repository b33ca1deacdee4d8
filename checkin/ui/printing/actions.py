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


def printing_of(window) -> DeskPrinting:
    if getattr(window, "printing", None) is None:
        window.printing = DeskPrinting.from_settings(window)
        _connect(window)
    return window.printing


def _connect(window) -> None:
    window.printing.changed.connect(lambda job: _job_changed(window, job))
    printing = window.printing
    window.destroyed.connect(lambda *_: printing.close())


def use_printing(window, printing: DeskPrinting) -> None:
    """Give the window its printers (tests pass a pool of their own)."""
    window.printing = printing
    _connect(window)


def open_panel(window) -> PrintPanel:
    panel = PrintPanel(printing_of(window), window)
    window.print_panel = panel
    panel.show()
    return panel


def send_badge(window, pdf: Path, fallback) -> bool:
    """``window.badge_printer``: the desk's badge PDF becomes a job of the print queue."""
    printing = printing_of(window)
    if not printing.has_printers():
        return fallback(pdf)
    found = _DESK_BADGE.search(Path(pdf).name)
    guest_ids = [int(found.group(1))] if found else []
    title = Path(pdf).stem
    if guest_ids:
        with contextlib.suppress(CheckinError):
            title = guests.get_guest(getattr(window, "_core", window.event), guest_ids[0]).full_name
    printing.queue.submit(pdf, title, guest_ids=guest_ids)
    return True


def _job_changed(window, job: PrintJob) -> None:
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
    elif job.state is JobState.DONE and job.printer and window.printing.pool.low(job.printer):
        left = window.printing.pool.labels_left(job.printer)
        message = translate("printing", "Only %1 labels left on %2 – put in a new roll soon.")
        window.statusBar().showMessage(
            message.replace("%1", str(left)).replace("%2", job.printer), 15000
        )


def install(window) -> None:
    action = QAction(translate("printing", "Print &queue…"), window)
    action.setObjectName("action_print_queue")
    action.setShortcut("Ctrl+Shift+P")
    action.triggered.connect(lambda: open_panel(window))
    window.menu("badges").addAction(action)
    window.addAction(action)
    fallback = window.badge_printer
    window.badge_printer = lambda pdf: send_badge(window, pdf, fallback)
