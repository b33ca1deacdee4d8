"""The print queue: the desk hands a PDF over and goes on; a worker thread does the rest.

``submit`` only appends to a list, so a check-in never waits for a printer. The worker
sends queued jobs to a printer of the pool, watches them until they are done, and keeps
the reason when one fails, so the desk can send it to another printer with one key.
Listeners hear every change of a job (on the worker thread: the UI turns that into a
signal, see ``checkin/ui/print_panel.py``).
"""

from __future__ import annotations

import contextlib
import itertools
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from checkin.printing.jobs import FailReason, JobState, PrintJob
from checkin.printing.pool import PrinterPool
from checkin.printing.printers import Printer, PrinterError, PrinterStatus

Listener = Callable[[PrintJob], None]


def count_pages(pdf: Path) -> int:
    import pypdfium2  # only here: the desk imports the queue long before it prints

    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        return len(doc)
    finally:
        doc.close()


class PrintQueue:
    def __init__(self, pool: PrinterPool, *, poll_interval: float = 0.5):
        self.pool = pool
        self.poll_interval = poll_interval
        self._jobs: dict[int, PrintJob] = {}
        self._exclude: dict[int, set[str]] = {}
        self._to_cancel: list[tuple[str, str]] = []  # (printer, handle) to take back
        self._ids = itertools.count(1)
        self._cond = threading.Condition()
        self._listeners: list[Listener] = []
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="checkin-print-queue", daemon=True)
        self._thread.start()

    # -- the desk's side (returns at once) -------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def submit(
        self,
        pdf: str | Path,
        title: str = "",
        *,
        labels: int | None = None,
        printer: str | None = None,
        guest_ids: Iterable[int] = (),
    ) -> PrintJob:
        """Queue a PDF; ``printer`` names one (else the pool chooses). Returns a snapshot."""
        pdf = Path(pdf)
        labels = count_pages(pdf) if labels is None else labels
        with self._cond:
            job = PrintJob(
                next(self._ids),
                title or pdf.stem,
                pdf,
                labels,
                tuple(guest_ids),
                printer=printer or "",
                fixed_printer=bool(printer),
            )
            self._jobs[job.id] = job
            self._exclude[job.id] = set()
            self._cond.notify_all()
            snap = job.snapshot()
        self._tell(snap)
        return snap

    def cancel(self, job_id: int) -> PrintJob:
        with self._cond:
            job = self._jobs[job_id]
            if not job.state.finished:
                if job.state is JobState.PRINTING and job.handle:
                    self._to_cancel.append((job.printer, job.handle))
                job.state, job.waiting = JobState.CANCELLED, None
                self._cond.notify_all()
            snap = job.snapshot()
        self._tell(snap)
        return snap

    def retry(self, job_id: int, printer: str | None = None) -> PrintJob:
        """Send a failed or waiting job again: to ``printer``, else another printer of the pool."""
        with self._cond:
            job = self._jobs[job_id]
            if job.state is JobState.DONE:
                return job.snapshot()
            if job.state is JobState.PRINTING and job.handle:
                self._to_cancel.append((job.printer, job.handle))
            if job.printer and printer is None:
                self._exclude[job.id].add(job.printer)
            job.state, job.reason, job.waiting, job.detail, job.handle = (
                JobState.QUEUED,
                None,
                None,
                "",
                "",
            )
            job.printer, job.fixed_printer = printer or "", bool(printer)
            self._cond.notify_all()
            snap = job.snapshot()
        self._tell(snap)
        return snap

    def jobs(self) -> list[PrintJob]:
        with self._cond:
            return [j.snapshot() for j in self._jobs.values()]

    def job(self, job_id: int) -> PrintJob:
        with self._cond:
            return self._jobs[job_id].snapshot()

    def wait(self, job_ids: Iterable[int] | None = None, timeout: float | None = None) -> bool:
        """Block until the jobs are finished (for the CLI and tests); False on timeout."""
        ids = None if job_ids is None else set(job_ids)

        def finished() -> bool:
            return all(j.state.finished for j in self._jobs.values() if ids is None or j.id in ids)

        with self._cond:
            return self._cond.wait_for(finished, timeout)

    def wait_sent(self, job_ids: Iterable[int], timeout: float | None = None) -> bool:
        """Block until the jobs have left our queue (sent to a printer, or finished)."""
        ids = set(job_ids)

        def sent() -> bool:
            return all(
                self._jobs[i].state is not JobState.QUEUED or self._jobs[i].waiting for i in ids
            )

        with self._cond:
            return self._cond.wait_for(sent, timeout)

    def close(self, timeout: float = 5.0) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        self._thread.join(timeout)

    # -- the worker ---------------------------------------------------------------------------
    def _tell(self, job: PrintJob) -> None:
        for listener in list(self._listeners):
            with contextlib.suppress(Exception):  # a broken listener must not stop printing
                listener(job)

    def _update(self, job: PrintJob, **changes) -> bool:
        with self._cond:
            if job.state.finished and changes.get("state") is not JobState.CANCELLED:
                return False  # cancelled meanwhile
            for key, value in changes.items():
                setattr(job, key, value)
            self._cond.notify_all()
            snap = job.snapshot()
        self._tell(snap)
        return True

    def _run(self) -> None:
        while True:
            with self._cond:
                if self._closed:
                    return
                cancels, self._to_cancel = self._to_cancel, []
                queued = [j for j in self._jobs.values() if j.state is JobState.QUEUED]
                active = [j for j in self._jobs.values() if j.state is JobState.PRINTING]
            statuses: dict[str, PrinterStatus] = {}
            for name, handle in cancels:
                self._take_back(name, handle)
            for job in queued:
                self._dispatch(job, statuses)
            for job in active:
                self._poll(job, statuses)
            with self._cond:
                if self._closed:
                    return
                idle = not any(not j.state.finished for j in self._jobs.values())
                if not self._to_cancel and not any(
                    j.state is JobState.QUEUED and not j.waiting for j in self._jobs.values()
                ):
                    self._cond.wait(None if idle else self.poll_interval)

    def _status(self, printer: Printer, statuses: dict[str, PrinterStatus]) -> PrinterStatus:
        if printer.name not in statuses:
            try:
                statuses[printer.name] = printer.status()
            except PrinterError as exc:
                statuses[printer.name] = PrinterStatus(False, exc.reason, exc.detail)
        return statuses[printer.name]

    def _take_back(self, name: str, handle: str) -> None:
        printer = self.pool.get(name)
        if printer is not None:
            with contextlib.suppress(PrinterError):
                printer.cancel(handle)

    def _busy(self) -> dict[str, int]:
        with self._cond:
            busy: dict[str, int] = {}
            for j in self._jobs.values():
                if j.state is JobState.PRINTING:
                    busy[j.printer] = busy.get(j.printer, 0) + 1
            return busy

    def _dispatch(self, job: PrintJob, statuses: dict[str, PrinterStatus]) -> None:
        if job.fixed_printer:
            printer = self.pool.get(job.printer)
            if printer is None:
                self._update(
                    job, state=JobState.FAILED, reason=FailReason.PRINTER_OFFLINE,
                    detail=f"{job.printer}: not a printer of this desk",
                )  # fmt: skip
                return
        else:
            busy, check = self._busy(), lambda p: self._status(p, statuses)
            tried = self._exclude.get(job.id, set())
            printer = self.pool.choose(job.labels, busy, exclude=tried, status=check)
            if printer is None and tried:  # no other printer: the same one again, if it is back
                printer = self.pool.choose(job.labels, busy, status=check)
            if printer is None:  # none ready: wait in our queue, say why
                problems = [self._status(p, statuses) for p in self.pool.printers]
                problem = next((s for s in problems if s.problem), None)
                waiting = problem.problem if problem else FailReason.PRINTER_OFFLINE
                if job.waiting is not waiting:
                    self._update(job, waiting=waiting, detail=problem.detail if problem else "")
                return
        try:
            handle = printer.submit(job.pdf, job.title)
        except PrinterError as exc:
            self._update(
                job, state=JobState.FAILED, reason=exc.reason, detail=exc.detail,
                printer=printer.name, tried=[*job.tried, printer.name], waiting=None,
            )  # fmt: skip
            return
        sent = self._update(
            job, state=JobState.PRINTING, printer=printer.name, handle=handle,
            tried=[*job.tried, printer.name], waiting=None, detail="",
        )  # fmt: skip
        if not sent:  # cancelled while it was being sent
            self._take_back(printer.name, handle)

    def _poll(self, job: PrintJob, statuses: dict[str, PrinterStatus]) -> None:
        printer = self.pool.get(job.printer)
        if printer is None:
            return
        try:
            remote = printer.poll(job.handle)
        except PrinterError as exc:
            self._update(job, waiting=exc.reason, detail=exc.detail)
            return
        if remote.state == "pending":
            status = self._status(printer, statuses)
            if status.problem is not job.waiting:
                self._update(job, waiting=status.problem, detail=status.detail)
        elif remote.state == "done":
            self.pool.use_labels(printer.name, job.labels)
            self._update(job, state=JobState.DONE, waiting=None, detail="")
        elif remote.state == "cancelled":
            self._update(job, state=JobState.CANCELLED, waiting=None, detail=remote.detail)
        else:
            reason = remote.reason or FailReason.DRIVER_ERROR
            self._update(
                job, state=JobState.FAILED, reason=reason, waiting=None, detail=remote.detail
            )
