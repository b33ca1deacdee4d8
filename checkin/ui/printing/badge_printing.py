"""Send a badge PDF to a printer through Qt's print support.

Each PDF page is rasterised by pdfium at the printer's resolution and painted onto a page
of exactly the layout's size, without margins or scaling, so badges land where the
perforations are. Safe to run in a worker thread (QPainter on a QPrinter is thread-safe).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdfium2
from PySide6.QtCore import QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from checkin.badges import Layout


class PrintFailed(OSError):
    """The printer could not be opened or refused a page."""

    def __init__(self, printer: str):
        super().__init__(f"the printer {printer or '(default)'} did not accept the job")


def open_pdf(path: Path) -> bool:
    """Hand a badge PDF to the system viewer, from which the desk prints it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _name(printer: QPrinter) -> str:
    return printer.printerName() or printer.outputFileName()


def printer_names() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


def default_printer_name() -> str:
    return QPrinterInfo.defaultPrinterName()


def make_printer(layout: Layout, printer_name: str = "", pdf_path: Path | None = None) -> QPrinter:
    """A printer set up for ``layout``: its page size, no margins, duplex if it has backs.

    ``pdf_path`` makes Qt write the print job to a PDF instead (used by tests and for
    checking what a printer would get).
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if pdf_path is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf_path))
    elif printer_name:
        printer.setPrinterName(printer_name)
    size = QPageSize(
        QSizeF(layout.page_width, layout.page_height),
        QPageSize.Unit.Millimeter,
        layout.name,
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    orientation = QPageLayout.Orientation.Portrait
    page = QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    page.setMode(QPageLayout.Mode.FullPageMode)
    printer.setPageLayout(page)
    printer.setFullPage(True)
    if layout.sides == "duplex":
        printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
    printer.setDocName(f"checkin badges ({layout.name})")
    return printer


def print_pdf(
    pdf_path: Path,
    printer: QPrinter,
    *,
    dpi: int = 300,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Print every page of ``pdf_path`` on ``printer``; returns the number of pages."""
    pdf = pypdfium2.PdfDocument(str(pdf_path))
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise PrintFailed(_name(printer))
        total = len(pdf)
        for index in range(total):
            if index and not printer.newPage():
                raise PrintFailed(_name(printer))
            bitmap = pdf[index].render(scale=dpi / 72, rev_byteorder=True)
            pixels = bitmap.to_numpy()
            height, width = pixels.shape[:2]
            channels = pixels.shape[2] if pixels.ndim == 3 else 1
            fmt = {3: QImage.Format.Format_RGB888, 4: QImage.Format.Format_RGBA8888}.get(
                channels, QImage.Format.Format_Grayscale8
            )
            image = QImage(pixels.data, width, height, pixels.strides[0], fmt).copy()
            target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            painter.drawImage(target, image)
            if progress is not None:
                progress(index + 1, total)
        return total
    finally:
        if painter.isActive():
            painter.end()
        pdf.close()
