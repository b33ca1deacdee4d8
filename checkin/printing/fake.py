"""A printer that fails on demand, to test what the desk does when a printer lets it down.

Only for failures: real printing is tested through a real CUPS queue (tests/printing/).
"""

from __future__ import annotations

import threading
from pathlib import Path

from checkin.printing.jobs import FailReason
from checkin.printing.printers import READY, Printer, PrinterError, PrinterStatus, RemoteState


class FakePrinter(Printer):
    def __init__(self, name: str):
        self.name = name
        self.problem: FailReason | None = None  # refuse new jobs with this reason
        self.fail_next: FailReason | None = None  # accept the next job, then abort it
        self.hold = False  # keep jobs pending (a stopped queue)
        self.received: list[tuple[str, Path, str]] = []  # (handle, pdf, title)
        self._states: dict[str, RemoteState] = {}
        self._lock = threading.Lock()

    def status(self) -> PrinterStatus:
        if self.problem is not None:
            return PrinterStatus(False, self.problem, self.problem.value)
        return READY

    def submit(self, pdf: Path, title: str) -> str:
        with self._lock:
            if self.problem is not None:
                raise PrinterError(self.problem, f"{self.name}: {self.problem.value}")
            handle = f"{self.name}-{len(self.received) + 1}"
            self.received.append((handle, Path(pdf), title))
            if self.fail_next is not None:
                state = RemoteState("failed", self.fail_next, "aborted by the driver")
                self.fail_next = None
            else:
                state = RemoteState("pending")
            self._states[handle] = state
            return handle

    def poll(self, handle: str) -> RemoteState:
        with self._lock:
            state = self._states[handle]
            if state.state == "pending" and not self.hold and self.problem is None:
                state = self._states[handle] = RemoteState("done")
            return state

    def cancel(self, handle: str) -> None:
        with self._lock:
            self._states[handle] = RemoteState("cancelled")
