"""Fixtures of the pretix dialog tests: the real pretix server (tests/pretix/fixtures.py) and
the desk window on a desk event."""

import pytest

from checkin.ui.main_window import MainWindow
from tests.pretix.fixtures import connected, desk, pretix_event, pretix_server  # noqa: F401


@pytest.fixture
def window(qtbot, desk):  # noqa: F811
    win = MainWindow(desk, desk="Eingang")
    qtbot.addWidget(win)
    return win


@pytest.fixture
def pulled(window, connected, pretix_event):  # noqa: F811
    """The window's event, connected, with one pulled guest (Anna, a visitor)."""
    from checkin.pretix import pull

    pretix_event.order({"item": "Besucher", "given": "Anna", "family": "Müller"})
    pull.pull(connected)
    window.data_changed.emit()
    return connected
