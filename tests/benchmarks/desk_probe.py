"""Start the desk exactly as ``checkin open EVENT`` does, and type a badge code into whatever
has the keyboard focus, as a USB scanner would, until a check-in lands in the event file.
Prints ``ready`` then and exits: the parent process times start-to-``ready``.

Usage: ``python tests/benchmarks/desk_probe.py EVENT CODE GUEST_ID``
"""

from __future__ import annotations

import os
import sqlite3
import sys


def main() -> None:
    path, code, guest_id = sys.argv[1], sys.argv[2], int(sys.argv[3])
    # The application the desk will use (run_app takes an existing one); the probe's timer
    # fires as soon as the desk's event loop runs.
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    looker = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def try_scan() -> None:
        widget = app.focusWidget()
        if widget is None or not widget.isEnabled():
            return
        QTest.keyClicks(widget, code)  # a burst: the desk's scanner filter recognises it
        QTest.keyClick(widget, Qt.Key.Key_Return)
        found = looker.execute(
            "SELECT 1 FROM checkins WHERE guest_id = ? AND action = 'in'", (guest_id,)
        ).fetchone()
        if found:
            print("ready", flush=True)
            os._exit(0)

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(try_scan)
    timer.start(2)

    from checkin.cli import main as checkin_main

    checkin_main(["open", path])
    print("the desk closed without accepting the scan", file=sys.stderr)
    sys.exit(1)


if __name__ == "__main__":
    main()
