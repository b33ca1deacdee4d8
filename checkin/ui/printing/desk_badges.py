"""Badges printed at the desk one at a time: F8 on the card, walk-ins, new badges.

The badge is rendered to a PDF without touching the print log. With printers in the
desk's pool it becomes a job of the print queue, and the badge counts as printed once a
printer has printed it. Without printers the PDF is opened in the system's viewer: that is
"saved, not printed" until staff say they printed it (F9 on the card). Every change of a
badge's state is reported by ``changed`` (a ``checkin.printing.DeskBadge``).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal

from checkin import badges
from checkin.badges import BadgeBatch
from checkin.errors import CheckinError
from checkin.models import Guest
from checkin.printing import BadgeState, DeskBadge, JobState, PrintJob
from checkin.printing.desk_badge import from_job
from checkin.ui.language import error_text
from checkin.ui.printing.badge_printing import open_pdf


class DeskBadges(QObject):
    changed = Signal(object)  # a DeskBadge
    printed = Signal(int)  # a guest id, once their badge counts as printed

    open_pdf = staticmethod(open_pdf)  # the system's PDF viewer; tests swap it

    def __init__(self, ctx, printing_of):
        super().__init__(ctx.window)
        self.ctx = ctx
        self._printing_of = printing_of  # the desk's printers, made on first use
        self.folder: Path | None = None  # where badge PDFs go (default: the temp folder)
        self.last_pdf: Path | None = None
        self.states: dict[int, DeskBadge] = {}  # guest id -> the latest state of their badge
        self._jobs: dict[int, BadgeBatch] = {}  # job id -> the batch to log once it is printed
        self._saved: dict[int, BadgeBatch] = {}  # guest id -> a PDF staff may print themselves

    def _tell(self, badge: DeskBadge) -> DeskBadge:
        self.states[badge.guest_id] = badge
        self.changed.emit(badge)
        return badge

    def _out(self, guest: Guest) -> Path:
        folder = self.folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation)
            or tempfile.gettempdir()
        )
        folder.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix="checkin-badge-", dir=folder)) / f"badge-{guest.id}.pdf"

    def print_badge(self, guest: Guest) -> Path | None:
        """Make the guest's badge and send it on; the PDF's path, or None if it failed."""
        event = self.ctx.event
        try:
            out = self._out(guest)
            batch = badges.render_badges(
                event, [guest], badges.desk_layout(event), out, record=False
            )
        except (CheckinError, OSError, RuntimeError, ValueError) as exc:
            self._tell(DeskBadge(guest.id, BadgeState.NOT_MADE, detail=error_text(exc)))
            return None
        self.last_pdf = out
        printing = self._printing_of(self.ctx)
        if printing.has_printers():
            job = printing.queue.submit(out, guest.full_name, guest_ids=[guest.id])
            self._jobs[job.id] = batch
            self._tell(from_job(guest.id, job))
            return out
        opened = self.open_pdf(out)
        self._saved[guest.id] = batch
        state = BadgeState.NOT_OPENED if opened is False else BadgeState.SAVED
        self._tell(DeskBadge(guest.id, state, out))
        return out

    def can_mark(self, guest_id: int) -> bool:
        return guest_id in self._saved

    def mark_printed(self, guest: Guest) -> bool:
        """Staff printed the saved PDF themselves: now it counts as printed."""
        batch = self._saved.pop(guest.id, None)
        if batch is None:
            return False
        badges.record_batch(self.ctx.event, batch, desk=self.ctx.desk)
        self._tell(DeskBadge(guest.id, BadgeState.MARKED, batch.path))
        self.printed.emit(guest.id)
        return True

    def job_changed(self, job: PrintJob) -> None:
        """A job of the print queue changed (on the UI thread): follow our badges' jobs."""
        batch = self._jobs.get(job.id)
        if batch is None:
            return  # not a desk badge (a batch from the print dialog, …)
        if job.state in (JobState.DONE, JobState.CANCELLED):
            del self._jobs[job.id]
        if job.state is JobState.DONE:
            badges.record_batch(self.ctx.event, batch, desk=self.ctx.desk)
        for guest_id in job.guest_ids:
            self._tell(from_job(guest_id, job))
            if job.state is JobState.DONE:
                self.printed.emit(guest_id)
