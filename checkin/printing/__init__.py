"""The print queue: every print is a job with a state; jobs run off the desk's thread.

jobs.PrintJob, JobState (queued / printing / done / failed / cancelled), FailReason
printers.Printer       what a printer must do (status, submit, poll, cancel)
cups.CupsPrinter       a CUPS queue through lp / lpstat (Linux, macOS)
fake.FakePrinter       a printer that fails on demand (tests only)
pool.PrinterPool       several printers: the next free one, labels left per printer
queue.PrintQueue       the worker thread: submit() returns at once
desk_badge.DeskBadge   one badge printed at the desk: saved, queued, printing, printed, …
"""

from __future__ import annotations

from checkin.printing.desk_badge import BadgeState, DeskBadge
from checkin.printing.jobs import FailReason, JobState, PrintJob
from checkin.printing.pool import PrinterPool
from checkin.printing.printers import Printer, PrinterError, PrinterStatus, RemoteState
from checkin.printing.queue import PrintQueue

__all__ = [
    "BadgeState",
    "DeskBadge",
    "FailReason",
    "JobState",
    "PrintJob",
    "PrintQueue",
    "Printer",
    "PrinterError",
    "PrinterPool",
    "PrinterStatus",
    "RemoteState",
]
