"""Helpers for badge tests: rasterise PDF pages and decode their QR codes."""

from __future__ import annotations

import pypdfium2
import pytest
import zxingcpp

MM = 72 / 25.4


def rasterise(pdf_path, dpi: int = 200):
    """Every page of the PDF as a PIL image (real rendering by pdfium)."""
    pdf = pypdfium2.PdfDocument(str(pdf_path))
    try:
        return [page.render(scale=dpi / 72).to_pil() for page in pdf]
    finally:
        pdf.close()


def decode(image) -> list[tuple[str, float, float]]:
    """QR codes on an image: (text, centre x, centre y) in pixels from the top-left."""
    found = []
    for code in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
        pos = code.position
        xs = [pos.top_left.x, pos.top_right.x, pos.bottom_left.x, pos.bottom_right.x]
        ys = [pos.top_left.y, pos.top_right.y, pos.bottom_left.y, pos.bottom_right.y]
        found.append((code.text, sum(xs) / 4, sum(ys) / 4))
    return found


@pytest.fixture
def rasterise_pdf():
    return rasterise


@pytest.fixture
def decode_qr():
    return decode


def sheet_fronts(d, badges):
    """The text of one sheet's fronts as the standard design prints it (``d``: its size)."""
    from checkin.badges.design import MM
    from checkin.badges.designs.default import default_design
    from checkin.badges.designs.faces import sheet_text
    from checkin.badges.designs.values import BadgeValues

    size = (d.width / MM, d.height / MM)
    return sheet_text(default_design(*size), *size, [BadgeValues(b) for b in badges])


def front_text(d, badge):
    """The text of one badge's front as the standard design prints it."""
    return sheet_fronts(d, [badge])[0]
