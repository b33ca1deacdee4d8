"""Decode the codes visible in one frame with zxing-cpp."""

from __future__ import annotations

import zxingcpp

# What guests hold up: our QR badges, codes on phone screens, and tickets of other systems
# (QR, Aztec, PDF417, DataMatrix and the common 1D codes on printed tickets).
_F = zxingcpp.BarcodeFormat
TICKET_FORMATS = (
    _F.QRCode,
    _F.MicroQRCode,
    _F.Aztec,
    _F.DataMatrix,
    _F.PDF417,
    _F.Code128,
    _F.Code39,
    _F.EAN13,
    _F.EAN8,
    _F.ITF,
)


class FrameDecoder:
    """Find every readable code in a frame (zxing-cpp ImageView, numpy grayscale/BGR array or PIL image)."""

    def __init__(self, formats=TICKET_FORMATS):
        self.formats = formats

    def decode(self, frame) -> list[str]:
        results = zxingcpp.read_barcodes(frame, formats=self.formats, try_invert=True)
        seen: list[str] = []
        for barcode in results:
            if barcode.valid and barcode.text and barcode.text not in seen:
                seen.append(barcode.text)
        return seen
