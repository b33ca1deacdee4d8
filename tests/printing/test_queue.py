"""The print queue with printers that fail on demand: states, reasons, pool, labels."""

import threading
import time

import pytest
from reportlab.pdfgen.canvas import Canvas

from checkin.printing import FailReason, JobState, PrinterPool, PrintQueue
from checkin.printing.fake import FakePrinter


@pytest.fixture
def pdf(tmp_path):
    path = tmp_path / "badges.pdf"
    canvas = Canvas(str(path), pagesize=(62 * 2.835, 100 * 2.835))
    for n in range(3):
        canvas.drawString(20, 20, f"label {n}")
        canvas.showPage()
    canvas.save()
    return path


@pytest.fixture
def printers():
    return FakePrinter("QL-1"), FakePrinter("QL-2")


@pytest.fixture
def queue(printers):
    q = PrintQueue(PrinterPool(printers), poll_interval=0.02)
    yield q
    q.close()


def test_a_job_goes_queued_printing_done_and_counts_its_pages(queue, printers, pdf):
    seen = []
    queue.subscribe(lambda job: seen.append(job.state))
    job = queue.submit(pdf, "Anna Müller")
    assert job.labels == 3 and job.state is JobState.QUEUED
    assert queue.wait([job.id], timeout=5)
    done = queue.job(job.id)
    assert (done.state, done.printer) == (JobState.DONE, "QL-1")
    assert seen[0] is JobState.QUEUED and JobState.PRINTING in seen and seen[-1] is JobState.DONE
    assert printers[0].received[0][2] == "Anna Müller"


def test_the_pool_sends_each_job_to_the_next_free_printer(queue, printers, pdf):
    for p in printers:
        p.hold = True  # jobs stay on the printer: it is busy
    first = queue.submit(pdf, "one", labels=1)
    queue.wait(timeout=0.3)
    second = queue.submit(pdf, "two", labels=1)
    deadline = time.monotonic() + 5
    while queue.job(second.id).state is not JobState.PRINTING and time.monotonic() < deadline:
        time.sleep(0.01)
    assert [queue.job(first.id).printer, queue.job(second.id).printer] == ["QL-1", "QL-2"]
    for p in printers:
        p.hold = False
    assert queue.wait(timeout=5)


@pytest.mark.parametrize(
    "problem", [FailReason.PRINTER_OFFLINE, FailReason.OUT_OF_LABELS, FailReason.DRIVER_ERROR]
)
def test_a_failed_job_keeps_its_reason_and_goes_to_another_printer(queue, printers, pdf, problem):
    ql1, ql2 = printers
    if problem is FailReason.DRIVER_ERROR:
        ql1.fail_next = problem  # accepted, then aborted by the driver
    else:
        ql1.problem = problem  # refused
    job = queue.submit(pdf, "Иван Парфёнов", labels=1, printer="QL-1")
    assert queue.wait([job.id], timeout=5)
    failed = queue.job(job.id)
    assert (failed.state, failed.reason, failed.printer) == (JobState.FAILED, problem, "QL-1")
    queue.retry(job.id)  # the one key: "another printer"
    assert queue.wait([job.id], timeout=5)
    again = queue.job(job.id)
    assert (again.state, again.printer, again.tried) == (JobState.DONE, "QL-2", ["QL-1", "QL-2"])
    assert [r[2] for r in ql2.received] == ["Иван Парфёнов"]


def test_a_stopped_printer_shows_the_job_waiting_until_it_resumes(queue, printers, pdf):
    ql1, _ = printers
    ql1.hold = True
    job = queue.submit(pdf, "wait", labels=1, printer="QL-1")
    deadline = time.monotonic() + 5
    while queue.job(job.id).state is not JobState.PRINTING and time.monotonic() < deadline:
        time.sleep(0.01)
    ql1.problem = FailReason.PRINTER_OFFLINE  # stopped after taking the job
    while queue.job(job.id).waiting is None and time.monotonic() < deadline:
        time.sleep(0.01)
    waiting = queue.job(job.id)
    assert (waiting.state, waiting.waiting) == (JobState.PRINTING, FailReason.PRINTER_OFFLINE)
    ql1.problem, ql1.hold = None, False
    assert queue.wait([job.id], timeout=5)
    assert queue.job(job.id).state is JobState.DONE and queue.job(job.id).waiting is None


def test_no_printer_ready_keeps_the_job_queued_with_the_reason(queue, printers, pdf):
    for p in printers:
        p.problem = FailReason.OUT_OF_LABELS
    job = queue.submit(pdf, "later", labels=1)
    time.sleep(0.2)
    held = queue.job(job.id)
    assert (held.state, held.waiting) == (JobState.QUEUED, FailReason.OUT_OF_LABELS)
    printers[1].problem = None  # a new roll in the second printer
    assert queue.wait([job.id], timeout=5)
    assert queue.job(job.id).printer == "QL-2"


def test_cancel_takes_the_job_back_from_the_printer(queue, printers, pdf):
    printers[0].hold = True
    job = queue.submit(pdf, "cancel me", labels=1, printer="QL-1")
    deadline = time.monotonic() + 5
    while queue.job(job.id).state is not JobState.PRINTING and time.monotonic() < deadline:
        time.sleep(0.01)
    queue.cancel(job.id)
    assert queue.job(job.id).state is JobState.CANCELLED
    time.sleep(0.1)
    printers[0].hold = False
    assert printers[0].poll(queue.job(job.id).handle).state == "cancelled"
    assert queue.job(job.id).state is JobState.CANCELLED


def test_labels_left_count_down_and_warn_when_low(printers, pdf):
    changes = []
    pool = PrinterPool(printers, low_labels=5, on_labels=lambda n, c: changes.append((n, c)))
    pool.set_labels("QL-1", 5)
    queue = PrintQueue(pool, poll_interval=0.02)
    try:
        job = queue.submit(pdf, "three labels", printer="QL-1")
        assert queue.wait([job.id], timeout=5)
        assert pool.labels_left("QL-1") == 2 and pool.low("QL-1")
        assert changes[-1] == ("QL-1", 2)
        # Not enough labels left on QL-1 for the next 3-label job: the pool picks QL-2.
        other = queue.submit(pdf, "next")
        assert queue.wait([other.id], timeout=5)
        assert queue.job(other.id).printer == "QL-2"
        assert pool.labels_left("QL-2") is None and not pool.low("QL-2")
    finally:
        queue.close()


class SlowPrinter(FakePrinter):
    def __init__(self, name):
        super().__init__(name)
        self.release = threading.Event()

    def submit(self, pdf, title):
        self.release.wait(5)  # a hung driver
        return super().submit(pdf, title)


def test_submitting_never_waits_for_a_hung_printer(pdf):
    slow = SlowPrinter("hung")
    queue = PrintQueue(PrinterPool([slow]), poll_interval=0.02)
    try:
        started = time.perf_counter()
        jobs = [queue.submit(pdf, f"badge {n}", labels=1) for n in range(20)]
        assert time.perf_counter() - started < 0.5
        assert all(j.state is JobState.QUEUED for j in jobs)
        slow.release.set()
        assert queue.wait(timeout=5)
    finally:
        queue.close()


def test_retry_with_a_single_printer_tries_it_again_once_it_is_back(pdf):
    only = FakePrinter("QL-only")
    only.problem = FailReason.PRINTER_OFFLINE
    queue = PrintQueue(PrinterPool([only]), poll_interval=0.02)
    try:
        job = queue.submit(pdf, "again", labels=1, printer="QL-only")
        assert queue.wait([job.id], timeout=5)
        assert queue.job(job.id).reason is FailReason.PRINTER_OFFLINE
        queue.retry(job.id)  # no other printer: it waits for this one
        time.sleep(0.1)
        assert queue.job(job.id).state is JobState.QUEUED
        assert queue.job(job.id).waiting is FailReason.PRINTER_OFFLINE
        only.problem = None
        assert queue.wait([job.id], timeout=5)
        assert (queue.job(job.id).state, queue.job(job.id).tried) == (
            JobState.DONE,
            ["QL-only", "QL-only"],
        )
    finally:
        queue.close()
