"""The work behind Badges ▸ Print badges…: render (and print) a batch off the UI thread.

Kept apart from the dialog: it runs in a worker thread with its own event connection, and
it holds no texts for translation.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from checkin.badges import (
    BadgeBatch,
    BadgeOptions,
    get_layout,
    record_batch,
    render_badges,
    select_guests,
    set_preferred_layout,
)
from checkin.event import Event
from checkin.ui import printing as badge_printing


@dataclass(frozen=True)
class PrintJob:
    """Everything the worker needs; plain data, so it can cross to the worker thread."""

    event_path: Path
    guest_ids: list[int]
    layout: str
    options: BadgeOptions
    pdf_path: Path | None  # PDF output, or None to print
    printer_name: str = ""
    log: bool = True  # count as printed: only when a printer took every page
    remember_layout: bool = True  # the layout the desk's walk-in badges use from now on


def run_job(job: PrintJob, clock, progress=None, print_pdf=None, make_printer=None) -> BadgeBatch:
    """Render (and print) in the worker thread, with the worker's own event connection."""
    with Event.open(job.event_path, clock=clock) as event:
        people = select_guests(event, guest_ids=job.guest_ids)
        out = job.pdf_path or Path(tempfile.mkdtemp(prefix="checkin-badges-")) / "badges.pdf"
        total_steps = len(people) * (1 if job.pdf_path else 2)

        def rendered(done, total):
            if progress:
                progress(done, total_steps)

        batch = render_badges(
            event, people, job.layout, out, options=job.options, progress=rendered, record=False
        )
        if job.pdf_path is None:
            layout = get_layout(job.layout)  # page size and duplex: options do not change them
            printer = (make_printer or badge_printing.make_printer)(layout, job.printer_name)

            def printed(page, pages):
                if progress:
                    progress(len(people) + len(people) * page // pages, total_steps)

            (print_pdf or badge_printing.print_pdf)(out, printer, progress=printed)
        if job.log:
            record_batch(event, batch, desk=job.options.desk, operator=job.options.operator)
        if job.remember_layout:
            set_preferred_layout(event, job.layout)
        return batch
