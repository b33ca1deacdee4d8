"""The guest display goes full screen on a second monitor, and stays a window without one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from checkin.ui.desk.guest_display import GuestDisplay

ROOT = Path(__file__).resolve().parents[3]

_PLACE = """
import json
from PySide6.QtWidgets import QApplication
app = QApplication([])
from checkin.ui.desk.guest_display import GuestDisplay
display = GuestDisplay("Testbörse")
display.place()
app.processEvents()
print(json.dumps({"screen": display.screen().name(), "full": display.isFullScreen(),
                  "rect": list(display.geometry().getRect())}))
"""


def test_full_screen_on_the_second_monitor(tmp_path):
    screens = {
        "screens": [
            {"name": "desk", "x": 0, "y": 0, "width": 1280, "height": 800},
            {"name": "guests", "x": 1280, "y": 0, "width": 1920, "height": 1080},
        ]
    }
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(screens))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    out = subprocess.run(
        [sys.executable, "-c", _PLACE],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    placed = json.loads(out.strip().splitlines()[-1])
    assert placed == {"screen": "guests", "full": True, "rect": [1280, 0, 1920, 1080]}


def test_one_monitor_gives_an_ordinary_window(qtbot):
    display = GuestDisplay("Testbörse")
    qtbot.addWidget(display)
    display.place()
    assert display.isVisible() and not display.isFullScreen()
