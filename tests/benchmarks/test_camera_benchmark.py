"""Decode time per 1280×720 webcam frame with a badge in view (target < 30 ms)."""

from __future__ import annotations

import numpy as np
import zxingcpp
from PIL import Image

from checkin.camera import FrameDecoder
from tests.camera.frames import clip


def test_decode_time_per_720p_frame(benchmark):
    rng = np.random.default_rng(7)
    qr = zxingcpp.create_barcode(
        "CKSRP0S168CD13GZ9M2EC1", zxingcpp.BarcodeFormat.QRCode, ec_level="M"
    )
    badge = Image.new("RGB", (500, 330), "white")
    badge.paste(Image.fromarray(qr.to_image(scale=6)).convert("RGB"), (300, 100))
    frames = clip(
        rng, badge, 8, start_centre=(640, 360), drift=(5, 2), width=460, tilt=0.1, turn=-5, blur=1.2
    )
    decoder = FrameDecoder()
    state = {"i": 0}

    def one_frame():
        state["i"] += 1
        return decoder.decode(frames[state["i"] % len(frames)])

    assert one_frame() == ["CKSRP0S168CD13GZ9M2EC1"]
    benchmark(one_frame)
