"""What the print queue needs from a printer, whatever it is (CUPS, the Windows spooler, a fake)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path

from checkin.printing.jobs import FailReason


@dataclass(frozen=True)
class PrinterStatus:
    ready: bool
    problem: FailReason | None = None  # why it is not ready
    detail: str = ""


READY = PrinterStatus(True)


@dataclass(frozen=True)
class RemoteState:
    """A job as the printer sees it."""

    state: str  # pending / done / failed / cancelled
    reason: FailReason | None = None
    detail: str = ""


class PrinterError(Exception):
    """The printer refused a job; ``reason`` says why in a way the desk can act on."""

    def __init__(self, reason: FailReason, detail: str = ""):
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)


class Printer(ABC):
    """One printer. Methods are called from the print queue's worker thread only."""

    name: str

    @abstractmethod
    def status(self) -> PrinterStatus: ...

    @abstractmethod
    def submit(self, pdf: Path, title: str) -> str:
        """Hand over a PDF; return the printer's id for the job. Raises PrinterError."""

    @abstractmethod
    def poll(self, handle: str) -> RemoteState: ...

    def cancel(self, handle: str) -> None:  # noqa: B027 - printers that finish at once
        """Take the job back from the printer, if it still has it."""
