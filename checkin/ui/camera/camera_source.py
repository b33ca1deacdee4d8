"""Frames from a camera (or a video file, for demos and trials) through Qt Multimedia.

Qt Multimedia comes with the optional PySide6-Addons package (``pip install
"checkin[camera]"``); without it :func:`multimedia_available` says why and the desk works on.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QImage

try:  # the optional part
    from PySide6 import QtMultimedia
except ImportError as exc:  # PySide6-Addons missing, or libpulse0 missing on Linux
    QtMultimedia = None
    IMPORT_ERROR = str(exc)
else:
    IMPORT_ERROR = ""


def multimedia_available() -> bool:
    return QtMultimedia is not None


def camera_names() -> list[tuple[bytes, str]]:
    if QtMultimedia is None:
        return []
    return [(bytes(d.id()), d.description()) for d in QtMultimedia.QMediaDevices.videoInputs()]


class FrameSource(QObject):
    """Emits every frame as a QImage; reports failures as translated-ready problem keys."""

    frame = Signal(QImage)
    problem = Signal(str)  # "no_camera", "denied", "unplugged", "error:<text>"

    def __init__(self, parent=None):
        super().__init__(parent)
        self._camera = None
        self._player = None
        self._device_id: bytes | None = None
        self._sink = QtMultimedia.QVideoSink(self)
        self._sink.videoFrameChanged.connect(self._on_frame)
        self._session = QtMultimedia.QMediaCaptureSession(self)
        self._session.setVideoSink(self._sink)
        self._devices = QtMultimedia.QMediaDevices(self)
        self._devices.videoInputsChanged.connect(self._devices_changed)

    def start_camera(self, device_id: bytes | None = None) -> bool:
        self.stop()
        devices = QtMultimedia.QMediaDevices.videoInputs()
        if not devices:
            self.problem.emit("no_camera")
            return False
        if not self._permission_granted():
            self.problem.emit("denied")
            return False
        device = next((d for d in devices if bytes(d.id()) == device_id), devices[0])
        self._device_id = bytes(device.id())
        self._camera = QtMultimedia.QCamera(device, self)
        self._camera.errorOccurred.connect(self._camera_error)
        self._session.setCamera(self._camera)
        self._camera.start()
        return True

    def start_file(self, path: str) -> None:
        """Play a video file as if it were the camera (demos, trials without a camera)."""
        self.stop()
        self._player = QtMultimedia.QMediaPlayer(self)
        self._player.setVideoSink(self._sink)
        self._player.setLoops(QtMultimedia.QMediaPlayer.Loops.Infinite)
        self._player.errorOccurred.connect(lambda _e, text: self.problem.emit(f"error:{text}"))
        self._player.setSource(QUrl.fromLocalFile(path))
        self._player.play()

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
            self._session.setCamera(None)
            self._camera.deleteLater()
            self._camera = None
        if self._player is not None:
            self._player.stop()
            self._player.deleteLater()
            self._player = None
        self._device_id = None

    def _on_frame(self, frame) -> None:
        image = frame.toImage()
        if not image.isNull():
            self.frame.emit(image)

    def _camera_error(self, _error, text: str) -> None:
        self.problem.emit(f"error:{text}")

    def _devices_changed(self) -> None:
        ids = {bytes(d.id()) for d in QtMultimedia.QMediaDevices.videoInputs()}
        if self._device_id is not None and self._device_id not in ids:
            self.stop()
            self.problem.emit("unplugged")

    @staticmethod
    def _permission_granted() -> bool:
        from PySide6.QtCore import QCoreApplication, Qt

        try:
            from PySide6.QtCore import QCameraPermission
        except ImportError:  # Qt without the permission API: the OS asks by itself
            return True
        status = QCoreApplication.instance().checkPermission(QCameraPermission())
        return status != Qt.PermissionStatus.Denied
