"""Several printers as one: the next free printer takes a job; labels left per printer."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

from checkin.printing.printers import Printer, PrinterStatus

LOW_LABELS = 20  # warn when fewer labels than this are left on a roll


class PrinterPool:
    """The printers a desk may use, in order of preference, with their label counters.

    A label counter is ``None`` until someone says how many labels a roll has; then
    every finished job counts its labels off. ``on_labels`` hears every change (to keep
    the counters across restarts).
    """

    def __init__(
        self,
        printers: Iterable[Printer] = (),
        *,
        low_labels: int = LOW_LABELS,
        on_labels: Callable[[str, int | None], None] | None = None,
    ):
        self._printers: list[Printer] = list(printers)
        self._labels: dict[str, int | None] = {p.name: None for p in self._printers}
        self.low_labels = low_labels
        self.on_labels = on_labels
        self._lock = threading.Lock()

    # -- members ---------------------------------------------------------------------------
    @property
    def printers(self) -> list[Printer]:
        with self._lock:
            return list(self._printers)

    @property
    def names(self) -> list[str]:
        return [p.name for p in self.printers]

    def add(self, printer: Printer) -> None:
        with self._lock:
            if printer.name not in self._labels:
                self._printers.append(printer)
                self._labels[printer.name] = None

    def remove(self, name: str) -> None:
        with self._lock:
            self._printers = [p for p in self._printers if p.name != name]
            self._labels.pop(name, None)

    def get(self, name: str) -> Printer | None:
        return next((p for p in self.printers if p.name == name), None)

    # -- labels ----------------------------------------------------------------------------
    def labels_left(self, name: str) -> int | None:
        with self._lock:
            return self._labels.get(name)

    def set_labels(self, name: str, count: int | None) -> None:
        """A new roll: ``count`` labels (``None``: stop counting)."""
        with self._lock:
            self._labels[name] = None if count is None else max(0, int(count))
        if self.on_labels is not None:
            self.on_labels(name, self.labels_left(name))

    def use_labels(self, name: str, count: int) -> None:
        with self._lock:
            left = self._labels.get(name)
            if left is None:
                return
            self._labels[name] = max(0, left - count)
        if self.on_labels is not None:
            self.on_labels(name, self.labels_left(name))

    def low(self, name: str) -> bool:
        left = self.labels_left(name)
        return left is not None and left < self.low_labels

    def has_labels_for(self, name: str, count: int) -> bool:
        left = self.labels_left(name)
        return left is None or left >= count

    # -- choosing a printer ----------------------------------------------------------------------
    def choose(
        self,
        labels: int,
        busy: dict[str, int],
        *,
        exclude: Iterable[str] = (),
        status: Callable[[Printer], PrinterStatus] | None = None,
    ) -> Printer | None:
        """The next free printer for a job of ``labels`` labels.

        Free: ready, enough labels, nothing of ours printing on it. If every ready printer is
        busy, the least busy one (its own queue holds the job). ``None``: none is ready.
        """
        exclude = set(exclude)
        status = status or (lambda p: p.status())
        ready = [
            p
            for p in self.printers
            if p.name not in exclude and self.has_labels_for(p.name, labels) and status(p).ready
        ]
        if not ready:
            return None
        free = [p for p in ready if not busy.get(p.name)]
        if free:
            return free[0]
        return min(ready, key=lambda p: busy.get(p.name, 0))
