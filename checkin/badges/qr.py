"""QR codes drawn straight into the PDF page as one-bit image masks.

Badge codes are encoded here (``qr_encoder``, 0.04 ms a code), other text by zxing-cpp
(0.1 ms), both with the mask chosen properly and module for module alike; each symbol becomes a tiny
inline image mask, one bit per module (100 bytes for our version-2 codes), scaled to its
square without interpolation, so every module prints as a sharp solid square. A thousand
codes cost a few milliseconds beyond encoding and keep the page streams small; drawing
them as rectangles cost three times as much (a few hundred operators per code).
"""

from __future__ import annotations

from dataclasses import dataclass

from checkin.badges import qr_encoder

QUIET_MODULES = 4  # the quiet zone the QR specification asks for
MIN_MODULE_MM = 0.5  # smaller modules fail on cheap scanners and laser printers
MM = 72 / 25.4

# A module's grey value (0 dark … 255 light) -> "1" where the module is dark.
_DARK_BITS = bytes.maketrans(bytes(range(256)), b"1" * 128 + b"0" * 128)


@dataclass(frozen=True)
class QrSymbol:
    text: str
    modules: int  # modules per side, without the quiet zone
    mask: int  # image-mask bits: 1 for a dark module, rows padded to whole bytes, top row first

    @property
    def modules_with_quiet_zone(self) -> int:
        return self.modules + 2 * QUIET_MODULES

    @property
    def rows(self) -> tuple[str, ...]:
        """ "1" for a dark module, "0" for a light one; top row first."""
        n, width = self.modules, _padded(self.modules)
        bits = f"{self.mask:0{width * n}b}"
        return tuple(bits[i : i + n] for i in range(0, width * n, width))

    def min_size_mm(self) -> float:
        return self.modules_with_quiet_zone * MIN_MODULE_MM

    def mask_hex(self) -> str:
        """The rows as image-mask data: one bit per module, rows padded to whole bytes."""
        return f"{self.mask:0{_padded(self.modules) * self.modules // 4}X}"


def _padded(modules: int) -> int:
    return modules + (-modules % 8)


def symbol(text: str, ec_level: str = "M") -> QrSymbol:
    if ec_level == "M":
        made = qr_encoder.encode(text)
        if made is not None:
            return QrSymbol(text, *made)
    import zxingcpp  # anything but a badge code

    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level=ec_level)
    image = barcode.to_image(scale=1, add_quiet_zones=False)
    n = image.shape[0]
    dark = bytes(memoryview(image)).translate(_DARK_BITS).decode("ascii")
    padding = "0" * (-n % 8)
    bits = "".join(dark[i : i + n] + padding for i in range(0, n * n, n))
    return QrSymbol(text, n, int(bits, 2))


def module_size_mm(sym: QrSymbol, size_mm: float) -> float:
    """Module size when the symbol with its quiet zone fills a square of ``size_mm``."""
    return size_mm / sym.modules_with_quiet_zone


def pdf_operators(sym: QrSymbol, x_mm: float, y_mm: float, size_mm: float) -> str:
    """Operators that draw ``sym`` filling the square at (x, y) mm, quiet zone included.

    The caller keeps the quiet zone white (nothing else is drawn on the square). The mask
    paints its 1 bits (``/D [1 0]``) in black; no ``/I``: renderers must not smooth it.
    """
    module = module_size_mm(sym, size_mm) * MM
    side = sym.modules * module
    ox = x_mm * MM + QUIET_MODULES * module
    oy = y_mm * MM + QUIET_MODULES * module
    n = sym.modules
    return (
        f"q 0 g {side:.4f} 0 0 {side:.4f} {ox:.3f} {oy:.3f} cm"
        f" BI /W {n} /H {n} /IM true /BPC 1 /D [1 0] /F /AHx ID {sym.mask_hex()}> EI Q"
    )


def draw(canvas, sym: QrSymbol, x_mm: float, y_mm: float, size_mm: float) -> None:
    """Draw ``sym`` on a reportlab canvas (coordinates in mm from the bottom-left)."""
    canvas.addLiteral(pdf_operators(sym, x_mm, y_mm, size_mm))
