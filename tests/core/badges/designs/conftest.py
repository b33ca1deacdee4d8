"""Designs and images for the design tests, made here (no file of this machine is read)."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from checkin.badges.designs import assets
from checkin.badges.designs.model import Design, Element, Face, TextPart

from ..conftest import decode, rasterise  # noqa: F401  (re-exported for the tests here)

MM = 72 / 25.4
SVG = b"""<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" viewBox="0 0 100 50">
  <rect x="0" y="0" width="100" height="50" fill="#00a000"/>
</svg>"""


def png(colour=(200, 0, 0), size=(60, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def artwork_pdf(colour=(0.0, 0.0, 0.8), size_mm=(90, 54)) -> bytes:
    out = io.BytesIO()
    c = Canvas(out, pagesize=(size_mm[0] * MM, size_mm[1] * MM))
    c.setFillColorRGB(*colour)
    c.rect(0, 0, size_mm[0] * MM, size_mm[1] * MM, fill=1, stroke=0)
    c.showPage()
    c.save()
    return out.getvalue()


@pytest.fixture
def png_asset():
    return assets.make(png(), "red.png")


@pytest.fixture
def svg_asset():
    return assets.make(SVG, "green.svg")


@pytest.fixture
def pdf_asset():
    return assets.make(artwork_pdf(), "blue.pdf")


def text(field, x, y, w, h, **part) -> Element:
    return Element("text", x, y, w, h, name=field, parts=(TextPart(field=field, **part),))


def simple_design(name="Messe", *extra: Element, qr_mm=(62, 20, 26, 26)) -> Design:
    """A 90 × 54 mm design: names on the left, the QR code on the right, ``extra`` on top."""
    elements = (
        text("given_name", 4, 6, 54, 12, max_size=24, bold=True),
        text("family_name", 4, 18, 54, 10, max_size=18),
        text("organisation", 4, 30, 54, 8, max_size=11),
        Element("qr", *qr_mm, name="qr"),
        *extra,
    )
    return Design(name, 90, 54, Face(elements))
