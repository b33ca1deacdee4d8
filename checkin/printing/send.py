"""Send a finished PDF to a named system printer (the CLI's ``--printer NAME``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from checkin.errors import CheckinError, InvalidInput
from checkin.printing import cups
from checkin.printing.jobs import PrintJob
from checkin.printing.pool import PrinterPool
from checkin.printing.printers import PrinterStatus
from checkin.printing.queue import PrintQueue


@dataclass(frozen=True)
class Sent:
    job: PrintJob
    printer_status: PrinterStatus


def check_printer(name: str) -> cups.CupsPrinter:
    if not cups.available():
        raise CheckinError("printing_unavailable", detail="lp and lpstat not found: install CUPS")
    known = cups.printer_names()
    if name not in known:
        raise InvalidInput("printer_not_found", printer=name, known=", ".join(known) or "none")
    return cups.CupsPrinter(name)


def send_pdf(pdf: Path, printer: str, title: str, *, wait: float | None = None) -> Sent:
    """Hand ``pdf`` to the print service; with ``wait`` seconds, also wait until it printed.

    The print service keeps its own copy: ``pdf`` may be deleted once this returns.
    """
    target = check_printer(printer)
    queue = PrintQueue(PrinterPool([target]), poll_interval=0.3)
    try:
        job = queue.submit(pdf, title, printer=printer)
        queue.wait_sent([job.id], timeout=cups.TIMEOUT * 2)
        if wait:
            queue.wait([job.id], timeout=wait)
        return Sent(queue.job(job.id), target.status())
    finally:
        queue.close()
