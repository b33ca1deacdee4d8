"""Decoding camera frames off the UI thread, so the preview never waits for zxing.

One frame is decoded at a time on Qt's global thread pool; frames that arrive meanwhile
only go to the preview (dropping them is what keeps the preview fluid on a slow laptop).
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage

from checkin.camera import FramePipeline


def to_gray_array(image: QImage) -> np.ndarray:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    data = np.frombuffer(gray.constBits(), np.uint8, count=stride * height)
    return data.reshape(height, stride)[:, :width].copy()


class _Signals(QObject):
    decoded = Signal(list)
    finished = Signal()


class _DecodeFrame(QRunnable):
    def __init__(self, pipeline: FramePipeline, image: QImage, signals: _Signals):
        super().__init__()
        self.pipeline, self.image, self.signals = pipeline, image, signals

    def run(self) -> None:
        try:
            codes = self.pipeline.process(to_gray_array(self.image), time.monotonic())
            if codes:
                self.signals.decoded.emit(codes)
        finally:
            self.signals.finished.emit()


class FrameWorker(QObject):
    """``offer(image)`` starts decoding unless a frame is still being decoded."""

    code_found = Signal(str)

    def __init__(self, pipeline: FramePipeline | None = None, parent=None):
        super().__init__(parent)
        self.pipeline = pipeline or FramePipeline()
        self._signals = _Signals(self)
        self._signals.decoded.connect(self._emit_codes)
        self._signals.finished.connect(self._idle)
        self._busy = False
        self.frames_offered = 0
        self.frames_decoded = 0

    @property
    def busy(self) -> bool:
        return self._busy

    def offer(self, image: QImage) -> bool:
        self.frames_offered += 1
        if self._busy or image.isNull():
            return False
        self._busy = True
        QThreadPool.globalInstance().start(_DecodeFrame(self.pipeline, image.copy(), self._signals))
        return True

    def _idle(self) -> None:
        self._busy = False
        self.frames_decoded += 1

    def _emit_codes(self, codes: list) -> None:
        for code in codes:
            self.code_found.emit(code)

    def stop(self) -> None:
        """Wait for a frame still being decoded (on shutdown)."""
        QThreadPool.globalInstance().waitForDone(2000)
