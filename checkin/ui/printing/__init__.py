"""The desk's printers and print queue: sending badge PDFs, the queue panel."""

from checkin.ui.printing.actions import install

__all__ = ["install"]
