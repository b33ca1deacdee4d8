"""The desk keeps its list and counts current without reloading them: a check-in repaints
its guest's row and the counts; a large event is read in the background while the scan
field already takes scans."""

from __future__ import annotations

import pytest

from checkin import guests
from checkin.ui.desk import updates
from checkin.ui.desk.guest_model import CHECKED_IN, EXPECTED
from checkin.ui.main_window import MainWindow
from tests.ui.typing_helpers import focus, scan


def _guest(event, family):
    return next(g for g in guests.list_guests(event) if g.family_name == family)


@pytest.fixture
def many(event):
    """The test event with enough walk-ins to count as large once LARGE is lowered."""
    guests.add_guests(event, [{"given_name": f"Gast{i}", "family_name": "Test"} for i in range(12)])
    return event


def test_a_scan_repaints_its_guests_row_and_the_counts_only(qtbot, event):
    window = MainWindow(event)
    qtbot.addWidget(window)
    model = window.model
    anna = _guest(event, "Müller")
    resets, changed_rows = [], []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(
        lambda top, bottom, *_: changed_rows.extend(range(top.row(), bottom.row() + 1))
    )
    before = window.counters.total.text()
    focus(qtbot, window, window.scan_field)
    scan(guests.badge_code(event, anna))
    qtbot.waitUntil(lambda: bool(changed_rows), timeout=2000)
    assert resets == [] and changed_rows == [model.row_of(anna.id)]
    assert model.status_key(anna) == CHECKED_IN
    assert window.counters.total.text() != before and window.counters.total.text().startswith("1 /")
    assert "(1/" in window.item_box.currentText()


def test_a_large_event_takes_scans_while_its_list_is_still_read(qtbot, many, monkeypatch):
    monkeypatch.setattr(updates, "LARGE", 5)
    window = MainWindow(many)
    qtbot.addWidget(window)
    assert window.updates.loading and window.model.rowCount() == 0  # not read yet
    anna = _guest(many, "Müller")
    focus(qtbot, window, window.scan_field)
    scan(guests.badge_code(many, anna))  # the desk works at once
    assert window.scan_view.card.state == "green"
    qtbot.waitUntil(lambda: not window.updates.loading, timeout=10_000)
    assert window.model.rowCount() == len(guests.list_guests(many))
    qtbot.waitUntil(lambda: window.model.status_key(anna) == CHECKED_IN, timeout=2000)
    assert window.counters.total.text().startswith("1 /")  # the scan during the read counted
    jorg = _guest(many, "Weiß")
    assert window.model.status_key(jorg) == EXPECTED
    scan(guests.badge_code(many, jorg))
    qtbot.waitUntil(lambda: window.model.status_key(jorg) == CHECKED_IN, timeout=2000)
    assert window.counters.total.text().startswith("2 /")


def test_a_large_event_is_not_counted_on_the_ui_thread_while_the_window_opens(
    qtbot, many, monkeypatch
):
    """Counting every item reads every check-in: a large event does it in the background."""
    from checkin import stats

    monkeypatch.setattr(updates, "LARGE", 5)
    counted = []
    real = stats.event_stats
    monkeypatch.setattr(stats, "event_stats", lambda *a, **k: counted.append(1) or real(*a, **k))
    window = MainWindow(many)
    qtbot.addWidget(window)
    assert counted == [] and window.updates.loading
    qtbot.waitUntil(lambda: not window.updates.loading, timeout=10_000)
    expected = len(guests.list_guests(many))
    assert window.item_box.currentText().endswith(f"(0/{expected})")  # counted, off the UI thread
