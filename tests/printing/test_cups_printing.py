"""Printing through a real CUPS queue (cups-pdf): what comes out decodes to the right codes."""

from __future__ import annotations

import json
import subprocess
import time

import pytest

from checkin import checkins, guests
from checkin.badges import render_badges
from checkin.checkins import Result
from checkin.cli import main
from checkin.printing import FailReason, JobState, PrinterPool, PrintQueue
from checkin.printing.cups import CupsPrinter

from .cups_queue import (
    decode_pdf,
    wait_for_job_pdf,
    wait_for_title_pdf,
    why_not,
)

pytestmark = pytest.mark.skipif(why_not() is not None, reason=why_not() or "")


def test_checkin_badges_printer_sends_the_batch_through_cups(event, cups_printer, capsys):
    people = guests.list_guests(event)
    event.close()  # the CLI opens the file itself
    code = main(["badges", str(event.path), "--layout", "label-62", "--printer", cups_printer,
                 "--wait", "60", "--json"])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    assert (data["printer"], data["state"], data["badges"]) == (cups_printer, "done", len(people))
    printed = wait_for_job_pdf(data["job"])
    from checkin.event import Event

    with Event.open(event.path) as again:
        expected = {guests.badge_code(again, g) for g in guests.list_guests(again)}
        assert all(g.badge_printed_count == 1 for g in guests.list_guests(again))
    assert sorted(decode_pdf(printed)) == sorted(expected)


def test_an_unknown_printer_is_named_in_one_line(event, cups_printer, capsys):
    event.close()
    code = main(["badges", str(event.path), "--printer", "no-such-printer"])
    _, err = capsys.readouterr()
    assert code == 2
    assert "no printer 'no-such-printer'" in err and cups_printer in err


def _badge_pdfs(event, tmp_path):
    out = []
    for guest in guests.list_guests(event):
        path = tmp_path / f"badge-{guest.id}.pdf"
        render_badges(event, [guest], "label-62", path, record=False)
        out.append((guest, path))
    return out


def _until(predicate, timeout=30):
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError
        time.sleep(0.05)


def test_a_stopped_queue_holds_the_batch_while_the_desk_checks_in(event, cups_printer, tmp_path):
    badges = _badge_pdfs(event, tmp_path)
    queue = PrintQueue(PrinterPool([CupsPrinter(cups_printer)]), poll_interval=0.2)
    try:
        (first_guest, first_pdf), rest = badges[0], badges[1:]
        first = queue.submit(first_pdf, first_guest.full_name, guest_ids=[first_guest.id])
        assert queue.wait([first.id], timeout=60)
        assert queue.job(first.id).state is JobState.DONE
        subprocess.run(["cupsdisable", cups_printer], check=True)  # mid-batch: the printer stops
        # Sent to the named printer (as the CLI does), they wait in the CUPS queue.
        jobs = [
            queue.submit(pdf, g.full_name, guest_ids=[g.id], printer=cups_printer)
            for g, pdf in rest
        ]
        _until(lambda: all(queue.job(j.id).waiting is FailReason.PRINTER_OFFLINE for j in jobs))
        assert {queue.job(j.id).state for j in jobs} == {JobState.PRINTING}
        pending = subprocess.run(["lpstat", "-o", cups_printer], capture_output=True, text=True)
        assert {queue.job(j.id).handle for j in jobs} <= {
            line.split()[0] for line in pending.stdout.splitlines()
        }
        # Meanwhile the desk checks guests in, without waiting for the printer.
        for guest, _ in badges:
            started = time.perf_counter()
            result = checkins.check_in(event, guests.badge_code(event, guest))
            assert result.result is Result.CHECKED_IN
            assert time.perf_counter() - started < 0.5
        assert not any(queue.job(j.id).state.finished for j in jobs)
        subprocess.run(["cupsenable", cups_printer], check=True)
        assert queue.wait(timeout=90)
        assert [queue.job(j.id).state for j in jobs] == [JobState.DONE] * len(jobs)
        for (guest, _), job in zip(badges, [first, *jobs], strict=True):
            printed = wait_for_job_pdf(queue.job(job.id).handle)
            assert decode_pdf(printed) == [guests.badge_code(event, guest)]
    finally:
        queue.close()
        subprocess.run(["cupsenable", cups_printer], check=False)


def test_reprint_lost_badge_straight_to_the_printer(event, cups_printer, capsys):
    anna = next(g for g in guests.list_guests(event) if g.family_name == "Müller")
    old_code = guests.badge_code(event, anna)
    event.close()
    code = main(["reprint", str(event.path), str(anna.id), "--reason", "lost",
                 "--printer", cups_printer, "--json"])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    assert data["printer"] == cups_printer and data["code"] != old_code
    assert decode_pdf(wait_for_job_pdf(data["job"])) == [data["code"]]


def test_reprint_to_an_unknown_printer_leaves_the_badge_valid(event, cups_printer, capsys):
    anna = next(g for g in guests.list_guests(event) if g.family_name == "Müller")
    event.close()
    code = main(["reprint", str(event.path), str(anna.id), "--printer", "nope"])
    assert code == 2 and "no printer 'nope'" in capsys.readouterr().err
    from checkin.event import Event

    with Event.open(event.path) as again:
        assert guests.get_guest(again, anna.id).badge_version == anna.badge_version


def test_qt_print_support_reaches_the_cups_queue(qapp, event, cups_printer, tmp_path):
    """The Windows path (Qt's print support, pages rasterised) tried on a CUPS queue."""
    import uuid

    from checkin.ui.printing.qt_printer import QtSpoolerPrinter

    anna = next(g for g in guests.list_guests(event) if g.family_name == "Müller")
    pdf = tmp_path / "badge.pdf"
    render_badges(event, [anna], "label-62", pdf, record=False)
    printer = QtSpoolerPrinter(cups_printer)
    assert printer.status().ready
    title = f"qt-{uuid.uuid4().hex[:8]}"
    handle = printer.submit(pdf, title)
    assert printer.poll(handle).state == "done"  # the spooler has it
    printed = wait_for_title_pdf(title)
    assert decode_pdf(printed, dpi=300) == [guests.badge_code(event, anna)]
