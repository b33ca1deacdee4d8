"""A printer reached through Qt's print support (the Windows spooler, or wherever CUPS's
command-line tools are missing): pages are rasterised by pdfium and painted at their size."""

from __future__ import annotations

import threading
from pathlib import Path
from types import SimpleNamespace

import pypdfium2

from checkin.printing.jobs import FailReason
from checkin.printing.printers import READY, Printer, PrinterError, PrinterStatus, RemoteState
from checkin.ui.printing import badge_printing

MM_PER_POINT = 25.4 / 72


def _page_size(pdf: Path) -> tuple[float, float]:
    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        width, height = doc[0].get_size()
    finally:
        doc.close()
    return width * MM_PER_POINT, height * MM_PER_POINT


class QtSpoolerPrinter(Printer):
    """Printing is done when the spooler has the pages: the spooler prints on its own."""

    def __init__(self, name: str):
        self.name = name
        self._count = 0
        self._lock = threading.Lock()

    def status(self) -> PrinterStatus:
        if self.name not in badge_printing.printer_names():
            return PrinterStatus(False, FailReason.PRINTER_OFFLINE, f"{self.name}: not installed")
        return READY

    def submit(self, pdf: Path, title: str) -> str:
        width, height = _page_size(pdf)
        layout = SimpleNamespace(name=title, page_width=width, page_height=height, sides="single")
        printer = badge_printing.make_printer(layout, self.name)
        printer.setDocName(title)
        try:
            badge_printing.print_pdf(Path(pdf), printer)
        except badge_printing.PrintFailed as exc:
            raise PrinterError(FailReason.PRINTER_OFFLINE, str(exc)) from exc
        except Exception as exc:  # the driver threw: the job did not get through
            raise PrinterError(FailReason.DRIVER_ERROR, str(exc)) from exc
        with self._lock:
            self._count += 1
            return f"{self.name}-qt-{self._count}"

    def poll(self, handle: str) -> RemoteState:
        return RemoteState("done")
