"""The state of one badge printed at the desk, as the card tells it.

A badge counts as printed only when a printer has printed it (its job is done) or when
staff say they printed the PDF themselves. A PDF that was only saved or opened in a
viewer is "saved, not printed".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from checkin.printing.jobs import FailReason, JobState, PrintJob


class BadgeState(Enum):
    NOT_MADE = "not_made"  # the PDF could not be rendered (see ``detail``)
    SAVED = "saved"  # written and opened in the PDF viewer: not printed
    NOT_OPENED = "not_opened"  # written, but no viewer opened it: not printed
    QUEUED = "queued"  # in our print queue
    WAITING = "waiting"  # at a printer that holds it (see ``reason``)
    PRINTING = "printing"  # a printer has it
    PRINTED = "printed"  # the printer is done: counted as printed
    FAILED = "failed"  # the printer gave up (see ``reason``): not printed
    CANCELLED = "cancelled"
    MARKED = "marked"  # staff printed the PDF themselves and said so: counted as printed

    @property
    def counts_as_printed(self) -> bool:
        return self in (BadgeState.PRINTED, BadgeState.MARKED)


@dataclass(frozen=True)
class DeskBadge:
    guest_id: int
    state: BadgeState
    pdf: Path | None = None
    printer: str = ""
    reason: FailReason | None = None
    detail: str = ""
    job_id: int | None = None


def from_job(guest_id: int, job: PrintJob) -> DeskBadge:
    """What a print job's snapshot means for the badge of ``guest_id``."""
    if job.state is JobState.DONE:
        state = BadgeState.PRINTED
    elif job.state is JobState.FAILED:
        state = BadgeState.FAILED
    elif job.state is JobState.CANCELLED:
        state = BadgeState.CANCELLED
    elif job.waiting is not None:
        state = BadgeState.WAITING
    elif job.state is JobState.PRINTING:
        state = BadgeState.PRINTING
    else:
        state = BadgeState.QUEUED
    reason = job.reason if state is BadgeState.FAILED else job.waiting
    return DeskBadge(guest_id, state, job.pdf, job.printer, reason, job.detail, job.id)
