"""UI tests: the scanner filter runs on a clock the typing helpers move (no sleeping)."""

from __future__ import annotations

import pytest

from checkin.ui.desk.scanner_filter import ScannerFilter
from tests.ui import typing_helpers


@pytest.fixture(autouse=True)
def key_clock(monkeypatch) -> typing_helpers.KeyClock:
    clock = typing_helpers.KeyClock()
    monkeypatch.setattr(typing_helpers, "CLOCK", clock)
    monkeypatch.setattr(ScannerFilter, "default_clock", clock)
    return clock
