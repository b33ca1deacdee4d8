"""Desks ▸ Camera scanning: a dock with the camera panel; codes go the scanner's way.

``CHECKIN_CAMERA_FILE=/path/video.mp4`` offers a video file as a camera (trials, demos).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from checkin.ui.camera.camera_view import CameraPanel

translate = QCoreApplication.translate


class CameraFeature:
    """The camera's menu action and, once opened, its panel (``panel()``)."""

    def __init__(self, action: QAction, panel):
        self.action = action
        self.panel = panel


def submit_scan(window, text: str) -> None:
    """Hand a decoded code to the desk's scan path, exactly like a scanner would."""
    window.scan_view.scan_text(text)


def install(ctx) -> None:
    window = ctx.window
    action = QAction(window)
    ctx.retranslated(lambda: action.setText(translate("camera", "&Camera scanning")))
    action.setObjectName("action_camera")
    action.setCheckable(True)
    action.setShortcut(QKeySequence("Ctrl+K"))
    window.menu("desks").addAction(action)
    state = {}

    def toggle(on: bool) -> None:
        if on and "dock" not in state:
            panel = CameraPanel(video_file=os.environ.get("CHECKIN_CAMERA_FILE"))
            panel.code_scanned.connect(lambda code: submit_scan(window, code))
            dock = QDockWidget(window)
            ctx.retranslated(lambda: dock.setWindowTitle(translate("camera", "Camera")))
            dock.setObjectName("camera_dock")
            dock.setWidget(panel)
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.visibilityChanged.connect(lambda visible: action.setChecked(visible))
            window.destroyed.connect(panel.shutdown)
            state["dock"], state["panel"] = dock, panel
        if "dock" in state:
            state["dock"].setVisible(on)
            if not on:
                state["panel"].start_button.setChecked(False)

    action.toggled.connect(toggle)
    ctx.camera = CameraFeature(action, lambda: state.get("panel"))
