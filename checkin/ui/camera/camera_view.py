"""The camera panel: a mirrored live preview with a frame guide, guests hold up their code."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from checkin.ui.camera import camera_source
from checkin.ui.camera.camera_worker import FrameWorker
from checkin.ui.language import on_language_change


class MirroredPreview(QWidget):
    """Shows frames mirrored, like a mirror, so guests can aim; draws the frame guide."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._image = QImage()
        self._flash_until_ok = False
        self.setMinimumSize(400, 225)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._flash = QTimer(self, singleShot=True, interval=600)
        self._flash.timeout.connect(self._end_flash)
        self.hint = self.tr("Hold the code inside the frame")

    def show_image(self, image: QImage) -> None:
        self._image = image.flipped(Qt.Orientation.Horizontal)
        self.update()

    def flash(self) -> None:
        self._flash_until_ok = True
        self._flash.start()
        self.update()

    def _end_flash(self) -> None:
        self._flash_until_ok = False
        self.update()

    def paintEvent(self, _ev) -> None:  # noqa: N802
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#202124"))
        area = QRectF(self.rect())
        if not self._image.isNull():
            scaled = self._image.scaled(
                self.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            area = QRectF(
                (self.width() - scaled.width()) // 2,
                (self.height() - scaled.height()) // 2,
                scaled.width(),
                scaled.height(),
            )
            p.drawImage(area.topLeft(), scaled)
        # the guide sits on the picture, where the decoder looks hardest
        side = min(area.width(), area.height()) * 0.7
        guide = QRectF(area.center().x() - side / 2, area.center().y() - side / 2, side, side)
        colour = QColor("#43a047") if self._flash_until_ok else QColor(255, 255, 255, 220)
        p.setPen(QPen(colour, 6 if self._flash_until_ok else 4))
        corner = side / 6
        for x, y, dx, dy in (
            (guide.left(), guide.top(), 1, 1),
            (guide.right(), guide.top(), -1, 1),
            (guide.left(), guide.bottom(), 1, -1),
            (guide.right(), guide.bottom(), -1, -1),
        ):
            p.drawLine(int(x), int(y), int(x + dx * corner), int(y))
            p.drawLine(int(x), int(y), int(x), int(y + dy * corner))
        p.setPen(QColor("white"))
        font = p.font()
        font.setPointSize(12)
        p.setFont(font)
        p.drawText(
            QRectF(area.left(), area.bottom() - 28, area.width(), 24),
            Qt.AlignmentFlag.AlignHCenter,
            self.hint,
        )
        p.end()


class CameraPanel(QWidget):
    """Pick a camera, see the preview, and get every new code as ``code_scanned``."""

    code_scanned = Signal(str)

    def __init__(self, parent=None, *, video_file: str | None = None):
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setObjectName("camera_status")
        self.preview = MirroredPreview()
        self.camera_box = QComboBox()
        self.start_button = QPushButton()
        self.start_button.setCheckable(True)
        self.start_button.toggled.connect(self._toggle)
        row = QHBoxLayout()
        row.addWidget(self.camera_box, 1)
        row.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        self.source = None
        self.worker = FrameWorker(parent=self)
        self.worker.code_found.connect(self._found)
        self.video_file = video_file
        if not camera_source.multimedia_available():
            self.start_button.setText(self.tr("Start camera"))
            self._unavailable()
            return
        self.source = camera_source.FrameSource(self)
        self.source.frame.connect(self.feed_frame)
        self.source.problem.connect(self.show_problem)
        self._fill_cameras()
        self.retranslate()

    def retranslate(self) -> None:
        on = self.start_button.isChecked()
        self.start_button.setText(self.tr("Stop camera") if on else self.tr("Start camera"))
        if self.source is None:
            self._unavailable()
        elif not self.status.styleSheet():  # a problem stays as it was said
            self.status.setText(
                self.tr("Camera on: guests hold their badge or phone up to it.")
                if on
                else self.tr("Camera off. The scanner and the search work as usual.")
            )

    # -- frames ------------------------------------------------------------------------------
    def feed_frame(self, image: QImage) -> None:
        """Every frame goes to the preview; the decoder takes one whenever it is free."""
        self.preview.show_image(image)
        self.worker.offer(image)

    def _found(self, code: str) -> None:
        self.preview.flash()
        self.code_scanned.emit(code)

    # -- camera control --------------------------------------------------------------------
    def _fill_cameras(self) -> None:
        self.camera_box.clear()
        if self.video_file:
            self.camera_box.addItem(self.tr("Video file: %1").replace("%1", self.video_file), None)
        for device_id, name in camera_source.camera_names():
            self.camera_box.addItem(name, device_id)
        if self.camera_box.count() == 0:
            self.show_problem("no_camera")

    def _toggle(self, on: bool) -> None:
        if self.source is None:
            return
        if not on:
            self.source.stop()
            self.start_button.setText(self.tr("Start camera"))
            self.status.setText(self.tr("Camera off. The scanner and the search work as usual."))
            return
        self.start_button.setText(self.tr("Stop camera"))
        device = self.camera_box.currentData()
        if self.video_file and device is None:
            self.source.start_file(self.video_file)
            started = True
        else:
            started = self.source.start_camera(device)
        if started:
            self.status.setText(self.tr("Camera on: guests hold their badge or phone up to it."))
        else:
            self.start_button.setChecked(False)

    def show_problem(self, key: str) -> None:
        messages = {
            "no_camera": self.tr(
                "No camera found. Connect a camera, or keep using the scanner and the search."
            ),
            "denied": self.tr(
                "The camera may not be used: allow checkin to use the camera in "
                "the system settings (privacy). The scanner and the search work "
                "as usual."
            ),
            "unplugged": self.tr(
                "The camera was disconnected. Plug it in again and press Start "
                "camera; the scanner and the search keep working."
            ),
        }
        if key.startswith("error:"):
            text = self.tr(
                "The camera reported a problem: %1. The scanner and the search keep working."
            ).replace("%1", key[6:])
        else:
            text = messages.get(key, key)
        self.status.setText(text)
        self.status.setStyleSheet("color: #b71c1c; font-weight: bold;")
        if key in ("unplugged", "denied") or key.startswith("error:"):
            self.start_button.blockSignals(True)
            self.start_button.setChecked(False)
            self.start_button.setText(self.tr("Start camera"))
            self.start_button.blockSignals(False)

    def _unavailable(self) -> None:
        self.camera_box.setEnabled(False)
        self.start_button.setEnabled(False)
        self.status.setText(
            self.tr(
                "Camera scanning is not installed. To enable it, install the camera extra: "
                'pip install "checkin[camera]" (on Linux also the system package libpulse0). '
                "The scanner and the search work without it."
            )
        )

    def shutdown(self) -> None:
        if self.source is not None:
            self.source.stop()
        self.worker.stop()
