"""Fixtures of the UI tests: the desk window on the small test event."""

from __future__ import annotations

import pytest

from checkin.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, event, tmp_path):
    """The desk "Empfang 1"; the badges it prints are collected in ``window.printed``."""
    win = MainWindow(event, desk="Empfang 1")
    qtbot.addWidget(win)
    win.badge_folder = tmp_path
    win.printed = []
    win.badge_printer = win.printed.append
    return win
