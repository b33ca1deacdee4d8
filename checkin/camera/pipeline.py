"""Frames in, new codes out: the same path for a live camera, a video file and tests."""

from __future__ import annotations

from collections.abc import Callable

from checkin.camera.debounce import Debouncer
from checkin.camera.decode import FrameDecoder


class FramePipeline:
    def __init__(
        self,
        on_code: Callable[[str], object] | None = None,
        decoder: FrameDecoder | None = None,
        debouncer: Debouncer | None = None,
    ):
        self.decoder = decoder or FrameDecoder()
        self.debouncer = debouncer or Debouncer()
        self.on_code = on_code

    def process(self, frame, at: float) -> list[str]:
        """Decode one frame taken at time ``at`` (seconds); return and report new codes."""
        new = [c for c in self.decoder.decode(frame) if self.debouncer.accept(c, at)]
        if self.on_code is not None:
            for code in new:
                self.on_code(code)
        return new
