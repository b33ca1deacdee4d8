"""Fixtures for the command-line tests."""

from __future__ import annotations

import pytest

from tests.cli.helpers import run


@pytest.fixture
def demo(tmp_path, capsys):
    """The demo event, created through ``checkin demo``."""
    path = tmp_path / "x.checkin"
    assert run(capsys, "demo", path)[0] == 0
    return path
