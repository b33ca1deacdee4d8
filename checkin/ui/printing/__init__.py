"""The desk's printers and print queue: sending badge PDFs, the queue panel."""

from checkin.ui.printing.actions import install
from checkin.ui.printing.badge_printing import (
    PrintFailed,
    default_printer_name,
    make_printer,
    open_pdf,
    print_pdf,
    printer_names,
)

__all__ = [
    "PrintFailed",
    "default_printer_name",
    "install",
    "make_printer",
    "open_pdf",
    "print_pdf",
    "printer_names",
]
