"""The print queue panel and the desk's badges going through the queue (printers fail on demand)."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from checkin import guests
from checkin.printing import FailReason, JobState, PrinterPool
from checkin.printing.fake import FakePrinter
from checkin.ui.desk.result_card import GREEN
from checkin.ui.main_window import MainWindow
from checkin.ui.printing import actions as feature_printing
from checkin.ui.printing.desk_printing import DeskPrinting
from tests.helpers import anna as _anna

SHOTS = os.environ.get("CHECKIN_SHOTS")  # a folder to keep the screenshots in


@pytest.fixture
def printers():
    return FakePrinter("QL-800 Eingang"), FakePrinter("QL-800 Info")


@pytest.fixture
def window(qtbot, event, tmp_path, printers):
    win = MainWindow(event, desk="Empfang 1")
    qtbot.addWidget(win)
    win.ctx.desk_badges.folder = tmp_path
    printing = DeskPrinting(PrinterPool(printers, low_labels=20))
    printing.poll_interval = 0.02
    feature_printing.use_printing(win.ctx, printing)
    yield win
    printing.close()


def _job_state(panel, row):
    return panel.model.index(row, 3).data()


def test_a_failed_badge_goes_to_another_printer_with_one_key(
    qtbot, window, event, printers, tmp_path
):
    first, second = printers
    first.fail_next = FailReason.DRIVER_ERROR
    window.ctx.printing.pool.set_labels(second.name, 20)
    anna = _anna(event)
    window.scan_view.scan_text(guests.badge_code(event, anna))
    card = window.scan_view.card
    assert card.state == GREEN
    window.print_badge(anna)  # F8 on the card: returns at once, the queue does the rest
    panel = feature_printing.open_panel(window.ctx)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: _job_state(panel, 0) == "failed: driver error", timeout=30000)
    assert "not printed (driver error)" in window.notice.text()  # in the window, not only below
    assert (
        card.badge_line.text()
        == f"Badge NOT printed (driver error on {first.name}). Press F8 to try again."
    )
    assert not card.print_button.isHidden()
    assert guests.get_guest(event, anna.id).badge_printed_count == 0
    assert panel.model.index(0, 1).data() == "Anna Müller"
    assert panel.model.index(0, 2).data() == first.name
    if SHOTS:
        panel.grab().save(f"{SHOTS}/print-panel-failed.png")
    panel.table.selectRow(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: _job_state(panel, 0) == "done", timeout=30000)
    assert panel.model.index(0, 2).data() == second.name
    assert [r[2] for r in second.received] == ["Anna Müller"]
    qtbot.waitUntil(
        lambda: card.badge_line.text() == f"Badge printed on {second.name} – hand it over.",
        timeout=30000,
    )
    assert guests.get_guest(event, anna.id).badge_printed_count == 1  # the printer printed it
    # 20 labels on the roll, one used: below the warning level.
    qtbot.waitUntil(lambda: panel.label_spins[second.name].value() == 19, timeout=30000)
    assert panel.label_warnings[second.name].text() == "Few labels left – put in a new roll"
    assert panel.label_warnings[first.name].text() == ""
    assert "Only 19 labels left" in window.notice.text()
    if SHOTS:
        panel.grab().save(f"{SHOTS}/print-panel-done.png")


def test_a_waiting_job_is_shown_and_can_be_cancelled(qtbot, window, event, printers):
    first, second = printers
    first.hold = second.hold = True
    anna = _anna(event)
    window.print_badge(anna)
    panel = feature_printing.open_panel(window.ctx)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: _job_state(panel, 0) == "printing", timeout=30000)
    first.problem = FailReason.OUT_OF_LABELS  # the roll ran out while the badge was waiting
    qtbot.waitUntil(lambda: _job_state(panel, 0) == "waiting: out of labels", timeout=30000)
    panel.table.selectRow(0)
    assert panel.cancel_button.isEnabled()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert _job_state(panel, 0) == "cancelled"
    job = window.ctx.printing.queue.jobs()[0]
    assert job.state is JobState.CANCELLED
    assert not panel.cancel_button.isEnabled()


def test_the_labels_counter_is_set_in_the_panel(qtbot, window, printers):
    panel = feature_printing.open_panel(window.ctx)
    qtbot.addWidget(panel)
    spin = panel.label_spins[printers[0].name]
    assert spin.text() == "not counted"
    spin.setValue(250)
    spin.editingFinished.emit()
    assert window.ctx.printing.pool.labels_left(printers[0].name) == 250
    assert panel.label_warnings[printers[0].name].text() == ""


def test_the_menu_opens_the_panel(qtbot, window):
    action = window.findChild(type(window.menu("badges").menuAction()), "action_print_queue")
    assert action is not None and action in window.menu("badges").actions()
    action.trigger()
    assert window.ctx.opened["print_panel"].isVisible()
    window.ctx.opened["print_panel"].close()
