"""Fixtures of the UI tests: the desk window on the small test event, and the scanner
filter on a clock the typing helpers move (no sleeping)."""

from __future__ import annotations

import pytest

from checkin.ui.desk.scanner_filter import ScannerFilter
from checkin.ui.main_window import MainWindow
from tests.ui import typing_helpers
from tests.ui.desk_helpers import collect_opened_pdfs


@pytest.fixture(autouse=True)
def key_clock(monkeypatch) -> typing_helpers.KeyClock:
    clock = typing_helpers.KeyClock()
    monkeypatch.setattr(typing_helpers, "CLOCK", clock)
    monkeypatch.setattr(ScannerFilter, "default_clock", clock)
    return clock


@pytest.fixture
def window(qtbot, event, tmp_path):
    """The desk "Empfang 1"; the badge PDFs it would open are collected in ``window.printed``."""
    win = MainWindow(event, desk="Empfang 1")
    qtbot.addWidget(win)
    win.printed = collect_opened_pdfs(win, tmp_path)
    return win
