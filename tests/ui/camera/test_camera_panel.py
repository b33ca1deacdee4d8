"""The camera panel: frames become check-ins on the desk; failures leave the desk working."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from checkin import checkins, guests
from checkin.ui.camera import camera_source, camera_view
from checkin.ui.main_window import MainWindow
from tests.camera.frames import clip, phone_image

pytestmark = pytest.mark.skipif(
    not camera_source.multimedia_available(),
    reason="Qt Multimedia missing: the test extra installs PySide6-Addons",
)


def to_qimage(frame: np.ndarray) -> QImage:
    h, w = frame.shape
    return QImage(frame.data, w, h, w, QImage.Format.Format_Grayscale8).copy()


@pytest.fixture
def window(qtbot, event):
    win = MainWindow(event)
    qtbot.addWidget(win)
    win.show()
    return win


def open_panel(window):
    window.ctx.camera.action.trigger()
    return window.ctx.camera.panel()


def feed(qtbot, panel, frames):
    for frame in frames:
        panel.feed_frame(to_qimage(frame))
        qtbot.waitUntil(lambda: not panel.worker.busy, timeout=5000)
    qtbot.wait(50)  # let the found codes reach the desk


def test_codes_in_front_of_the_camera_check_guests_in_once(qtbot, window, event):
    anna, ivan = (
        next(g for g in guests.list_guests(event) if g.family_name == n)
        for n in ("Müller", "Парфёнов")
    )
    rng = np.random.default_rng(3)
    panel = open_panel(window)
    frames = clip(
        rng,
        phone_image(guests.badge_code(event, anna)),
        6,
        start_centre=(640, 360),
        drift=(3, 2),
        width=280,
        tilt=0.05,
        turn=3,
        blur=0.8,
    )
    frames += clip(
        rng,
        phone_image(guests.badge_code(event, ivan)),
        6,
        start_centre=(600, 380),
        drift=(-2, 1),
        width=300,
        tilt=0.08,
        turn=-4,
        blur=1.0,
    )
    feed(qtbot, panel, frames)
    for g in (anna, ivan):
        assert [e.action for e in checkins.log_entries(event, g.id)] == ["in"]
    assert panel.worker.frames_decoded == len(frames)


def test_without_qt_multimedia_the_panel_says_how_to_enable_it(qtbot, window, event, monkeypatch):
    monkeypatch.setattr(camera_source, "multimedia_available", lambda: False)
    panel = camera_view.CameraPanel()
    qtbot.addWidget(panel)
    assert 'pip install "checkin[camera]"' in panel.status.text()
    assert not panel.start_button.isEnabled()
    anna = guests.list_guests(event)[0]
    qtbot.keyClicks(window.scan_field, guests.badge_code(event, anna))
    qtbot.keyClick(window.scan_field, Qt.Key.Key_Return)
    assert checkins.status(event, anna.id, window.ctx.item.id).state is checkins.State.IN


def test_no_camera_is_reported(qtbot, window, monkeypatch):
    monkeypatch.setattr(camera_source, "camera_names", lambda: [])
    panel = open_panel(window)
    panel._fill_cameras()
    assert "No camera found" in panel.status.text()
    panel.start_button.setChecked(True)
    assert not panel.start_button.isChecked()


def test_camera_unplugged_mid_event_keeps_the_desk_working(qtbot, window, event):
    panel = open_panel(window)
    panel.start_button.blockSignals(True)
    panel.start_button.setChecked(True)  # as if running
    panel.start_button.blockSignals(False)
    panel.source._device_id = b"usb-camera-that-is-gone"
    panel.source._devices_changed()
    assert "disconnected" in panel.status.text()
    assert not panel.start_button.isChecked()
    anna = guests.list_guests(event)[0]
    qtbot.keyClicks(window.scan_field, guests.badge_code(event, anna))
    qtbot.keyClick(window.scan_field, Qt.Key.Key_Return)
    assert checkins.status(event, anna.id, window.ctx.item.id).state is checkins.State.IN


def test_preview_is_mirrored(qtbot):
    preview = camera_view.MirroredPreview()
    qtbot.addWidget(preview)
    image = QImage(4, 1, QImage.Format.Format_RGB32)
    for x, colour in enumerate((0xFF0000, 0x00FF00, 0x0000FF, 0xFFFFFF)):
        image.setPixel(x, 0, colour)
    preview.show_image(image)
    assert preview._image.pixel(0, 0) & 0xFFFFFF == 0xFFFFFF
    assert preview._image.pixel(3, 0) & 0xFFFFFF == 0xFF0000
