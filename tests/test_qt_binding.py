"""The Qt binding keeps Python's reference counts: a long day at the desk must not crash it.

PySide6 6.12.0 dropped a reference to ``None`` on every call of a method that returns
nothing; on Python 3.11 (where ``None`` is not immortal) the desk died with "Fatal Python
error: none_dealloc" after a few thousand calls. pyproject.toml keeps such a version away.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_calls_that_return_nothing_keep_the_reference_to_none(qapp):
    holder = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        holder.setObjectName("x")  # returns nothing
        holder.setProperty("flag", True)
    assert sys.getrefcount(None) - before > -100
