"""QR codes drawn straight into the PDF page as run-length rectangles.

zxing-cpp encodes (about 0.1 ms a code, mask chosen properly); each QR becomes one path of
integer-unit rectangles (one per dark run of a row) under a scaling matrix, so a thousand
codes cost one short operator string each instead of a few hundred thousand reportlab calls.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import zxingcpp

QUIET_MODULES = 4  # the quiet zone the QR specification asks for
MIN_MODULE_MM = 0.5  # smaller modules fail on cheap scanners and laser printers
MM = 72 / 25.4


@dataclass(frozen=True)
class QrSymbol:
    text: str
    modules: int  # modules per side, without the quiet zone
    path: str  # PDF path operators in module units, origin at the symbol's bottom-left

    @property
    def modules_with_quiet_zone(self) -> int:
        return self.modules + 2 * QUIET_MODULES

    def min_size_mm(self) -> float:
        return self.modules_with_quiet_zone * MIN_MODULE_MM


def matrix(text: str, ec_level: str = "M") -> np.ndarray:
    """The QR matrix of ``text``: True where a module is dark (row 0 at the top)."""
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level=ec_level)
    image = np.asarray(barcode.to_image(scale=1, add_quiet_zones=False))
    return image < 128


def _rectangles(dark: np.ndarray) -> list[tuple[int, int, int, int]]:
    """The dark runs of every row as (x, y_from_bottom, width, height) in module units."""
    n_rows, n_cols = dark.shape
    padded = np.zeros((n_rows, n_cols + 1), dtype=np.int8)  # a light column ends each row
    padded[:, :-1] = dark
    edges = np.diff(np.concatenate(([0], padded.ravel())))
    starts = np.flatnonzero(edges == 1)
    widths = np.flatnonzero(edges == -1) - starts
    rows, xs = np.divmod(starts, n_cols + 1)
    ys = n_rows - 1 - rows
    return [(x, y, w, 1) for x, y, w in zip(xs.tolist(), ys.tolist(), widths.tolist(), strict=True)]


def symbol(text: str, ec_level: str = "M") -> QrSymbol:
    dark = matrix(text, ec_level)
    path = " ".join(f"{x} {y} {w} {h} re" for x, y, w, h in _rectangles(dark))
    return QrSymbol(text, int(dark.shape[0]), path)


def module_size_mm(sym: QrSymbol, size_mm: float) -> float:
    """Module size when the symbol with its quiet zone fills a square of ``size_mm``."""
    return size_mm / sym.modules_with_quiet_zone


def pdf_operators(sym: QrSymbol, x_mm: float, y_mm: float, size_mm: float) -> str:
    """Operators that draw ``sym`` filling the square at (x, y) mm, quiet zone included.

    The caller keeps the quiet zone white (nothing else is drawn on the square).
    """
    module = module_size_mm(sym, size_mm) * MM
    ox = x_mm * MM + QUIET_MODULES * module
    oy = y_mm * MM + QUIET_MODULES * module
    return f"q 0 g {module:.4f} 0 0 {module:.4f} {ox:.3f} {oy:.3f} cm {sym.path} f Q"


def draw(canvas, sym: QrSymbol, x_mm: float, y_mm: float, size_mm: float) -> None:
    """Draw ``sym`` on a reportlab canvas (coordinates in mm from the bottom-left)."""
    canvas.addLiteral(pdf_operators(sym, x_mm, y_mm, size_mm))
