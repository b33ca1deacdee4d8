"""The desk's F8 badge through a real CUPS queue: the card follows the job, and the guest
counts as printed only once the printer has printed it."""

from __future__ import annotations

import subprocess

import pytest

from checkin import guests
from checkin.printing import BadgeState, PrinterPool
from checkin.printing.cups import CupsPrinter
from checkin.ui.desk.result_card import GREEN
from checkin.ui.main_window import MainWindow
from checkin.ui.printing import actions as feature_printing
from checkin.ui.printing.desk_printing import DeskPrinting
from tests.helpers import anna as anna_of

from .cups_queue import (
    decode_pdf,
    wait_for_job_pdf,
    why_not,
)

pytestmark = pytest.mark.skipif(why_not() is not None, reason=why_not() or "")


@pytest.fixture
def desk(qtbot, event, tmp_path, cups_printer):
    window = MainWindow(event, desk="Empfang 1")
    qtbot.addWidget(window)
    window.ctx.desk_badges.folder = tmp_path
    printing = DeskPrinting(PrinterPool([CupsPrinter(cups_printer)]))
    printing.poll_interval = 0.2
    feature_printing.use_printing(window.ctx, printing)
    seen: list[BadgeState] = []
    window.ctx.desk_badges.changed.connect(lambda badge: seen.append(badge.state))
    window.seen = seen
    yield window
    printing.close()
    subprocess.run(["cupsenable", cups_printer], check=False)


def test_f8_prints_through_cups_and_only_then_counts(qtbot, desk, event, cups_printer):
    anna = anna_of(event)
    code = guests.badge_code(event, anna)
    desk.on_scanned(code)
    card = desk.scan_view.card
    assert card.state == GREEN and not card.print_button.isHidden()
    card.print_button.click()  # F8
    assert desk.seen[0] in (BadgeState.QUEUED, BadgeState.PRINTING)
    assert guests.get_guest(event, anna.id).badge_printed_count == 0  # not yet printed
    qtbot.waitUntil(lambda: BadgeState.PRINTED in desk.seen, timeout=90000)
    assert card.badge_line.text() == f"Badge printed on {cups_printer} – hand it over."
    assert guests.get_guest(event, anna.id).badge_printed_count == 1
    job = desk.ctx.printing.queue.jobs()[-1]
    assert decode_pdf(wait_for_job_pdf(job.handle)) == [code]


def test_a_stopped_printer_shows_waiting_and_counts_nothing(qtbot, desk, event, cups_printer):
    anna = anna_of(event)
    subprocess.run(["cupsdisable", cups_printer], check=True)
    desk.on_scanned(guests.badge_code(event, anna))
    card = desk.scan_view.card
    card.print_button.click()  # F8
    qtbot.waitUntil(lambda: BadgeState.WAITING in desk.seen, timeout=60000)
    assert card.badge_line.text().startswith("Badge waiting at ")
    assert "printer offline" in card.badge_line.text()
    assert guests.get_guest(event, anna.id).badge_printed_count == 0
    subprocess.run(["cupsenable", cups_printer], check=True)
    qtbot.waitUntil(lambda: BadgeState.PRINTED in desk.seen, timeout=90000)
    assert guests.get_guest(event, anna.id).badge_printed_count == 1
    job = desk.ctx.printing.queue.jobs()[-1]
    decode_pdf(wait_for_job_pdf(job.handle))  # and cups-pdf's output is cleaned up
