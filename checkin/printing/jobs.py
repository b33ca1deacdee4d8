"""A print job and its states."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path


class JobState(Enum):
    QUEUED = "queued"  # waiting in our queue for a printer
    PRINTING = "printing"  # handed to a printer, not finished (maybe waiting there)
    DONE = "done"
    FAILED = "failed"  # see ``reason``; can be sent to another printer
    CANCELLED = "cancelled"

    @property
    def finished(self) -> bool:
        return self in (JobState.DONE, JobState.FAILED, JobState.CANCELLED)


class FailReason(Enum):
    PRINTER_OFFLINE = "printer_offline"
    OUT_OF_LABELS = "out_of_labels"
    DRIVER_ERROR = "driver_error"


@dataclass
class PrintJob:
    id: int
    title: str
    pdf: Path
    labels: int  # labels (pages) the job uses up
    guest_ids: tuple[int, ...] = ()
    state: JobState = JobState.QUEUED
    printer: str = ""  # where it is (or was) sent
    fixed_printer: bool = False  # the user named the printer: no pool choice
    reason: FailReason | None = None  # why it failed
    waiting: FailReason | None = None  # printing, but the printer holds it (stopped, empty)
    detail: str = ""  # the printer's own words
    handle: str = ""  # the printer's id of the job (a CUPS request id)
    tried: list[str] = field(default_factory=list)  # printers it was sent to, in order

    def snapshot(self) -> PrintJob:
        """A copy for other threads to read."""
        return replace(self, tried=list(self.tried))
