"""Reading guests' codes from camera frames (no Qt here: frames are zxing-cpp image views, numpy arrays or PIL images).

The UI hands frames to :class:`FramePipeline`; it decodes them with zxing-cpp and lets each
code through once while it stays in front of the camera.
"""

from checkin.camera.debounce import Debouncer
from checkin.camera.decode import FrameDecoder
from checkin.camera.pipeline import FramePipeline

__all__ = ["Debouncer", "FrameDecoder", "FramePipeline"]
