"""The desk's printers: a pool kept in the settings, one print queue, its changes as a signal.

The queue's worker thread reports job changes; ``changed`` is a Qt signal, so slots run
on the UI thread. Labels left per printer are kept in the settings across restarts.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QSettings, Signal

from checkin.printing import PrinterPool, PrintQueue, cups
from checkin.printing.printers import Printer
from checkin.ui.printing import badge_printing

POOL_KEY = "printing/pool"
LABELS_KEY = "printing/labels/"


def system_printer_names() -> list[str]:
    """The printers this computer knows (Qt asks CUPS or the Windows spooler)."""
    names = badge_printing.printer_names()
    if not names and sys.platform != "win32":
        names = cups.printer_names()
    return names


def make_printer(name: str) -> Printer:
    """CUPS through lp/lpstat where it exists (Linux, macOS); Qt's print support elsewhere."""
    if sys.platform != "win32" and cups.available():
        return cups.CupsPrinter(name)
    from checkin.ui.printing.qt_printer import QtSpoolerPrinter

    return QtSpoolerPrinter(name)


class DeskPrinting(QObject):
    changed = Signal(object)  # a PrintJob snapshot
    labels_changed = Signal(str, object)  # printer name, labels left (int or None)
    poll_interval = 0.5  # seconds between looks at a printing job

    def __init__(self, pool: PrinterPool | None = None, parent=None, *, settings=None):
        super().__init__(parent)
        self.settings = settings
        self.pool = pool if pool is not None else PrinterPool()
        self.pool.on_labels = self._labels_changed
        self.labels_changed.connect(self._save_labels)
        self._queue: PrintQueue | None = None

    @classmethod
    def from_settings(cls, parent=None) -> DeskPrinting:
        settings = QSettings()
        names = settings.value(POOL_KEY, []) or []
        names = [names] if isinstance(names, str) else list(names)
        desk = cls(PrinterPool([make_printer(n) for n in names]), parent, settings=settings)
        for name in names:
            left = settings.value(LABELS_KEY + name)
            if left not in (None, ""):
                desk.pool.set_labels(name, int(left))
        return desk

    @property
    def queue(self) -> PrintQueue:
        """Started on first use: a desk that never prints runs no print thread."""
        if self._queue is None:
            self._queue = PrintQueue(self.pool, poll_interval=self.poll_interval)
            self._queue.subscribe(self.changed.emit)
        return self._queue

    def has_printers(self) -> bool:
        return bool(self.pool.printers)

    def add_printer(self, printer: Printer) -> None:
        self.pool.add(printer)
        self._save_pool()

    def remove_printer(self, name: str) -> None:
        self.pool.remove(name)
        self._save_pool()

    def _save_pool(self) -> None:
        if self.settings is not None:
            self.settings.setValue(POOL_KEY, self.pool.names)

    def _labels_changed(self, name: str, left) -> None:
        self.labels_changed.emit(name, left)  # maybe from the print thread: saved on the UI's

    def _save_labels(self, name: str, left) -> None:
        if self.settings is not None:
            self.settings.setValue(LABELS_KEY + name, "" if left is None else int(left))

    def close(self) -> None:
        if self._queue is not None:
            self._queue.close(timeout=1)
