"""Images in the PDF: each one drawn once per document as a form XObject, then reused.

A thousand badges with a logo and background artwork carry each image once; every badge
refers to it with one short ``Do`` operator. A form is the unit square holding the image,
scaled onto the element's box where it is used. PNG and JPEG go in as they are (reportlab),
SVG as vector drawings (svglib), a PDF page as a 300 dpi picture (pdfium renders it).
"""

from __future__ import annotations

import io
from functools import lru_cache

from reportlab.graphics import renderPDF
from reportlab.lib.utils import ImageReader

from checkin.badges.designs import svg
from checkin.badges.designs.assets import Asset

PDF_DPI = 300
MAX_SIDE_PX = 4000


@lru_cache(maxsize=16)
def _pdf_page_picture(data: bytes, page: int) -> bytes:
    """A PDF page as JPEG bytes at print resolution (white where the page is empty)."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    try:
        index = min(max(page, 0), len(pdf) - 1)
        w, h = pdf[index].get_size()
        scale = min(PDF_DPI / 72, MAX_SIDE_PX / max(w, h, 1))
        image = pdf[index].render(scale=scale).to_pil().convert("RGB")
    finally:
        pdf.close()
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def form_name(asset: Asset, page: int = 0) -> str:
    return f"img{asset.sha[:16]}p{page}"


def define_form(canvas, asset: Asset, page: int = 0) -> str:
    """Draw ``asset`` into a form on ``canvas`` once (before any page content); its name."""
    name = form_name(asset, page)
    if canvas.hasForm(name):
        return name
    canvas.beginForm(name, 0, 0, 1, 1)
    if asset.kind == "svg":
        drawing = svg.drawing(asset.data)
        canvas.saveState()
        canvas.scale(1 / drawing.width, 1 / drawing.height)
        renderPDF.draw(drawing, canvas, 0, 0)
        canvas.restoreState()
    else:
        data = asset.data if asset.kind != "pdf" else _pdf_page_picture(asset.data, page)
        canvas.drawImage(ImageReader(io.BytesIO(data)), 0, 0, 1, 1, mask="auto")
    canvas.endForm()
    return name


def use_form(canvas, name: str) -> str:
    """The operator that draws form ``name`` (in the unit square) on the current page."""
    if name not in canvas._formsinuse:  # the page's resources must list it
        canvas._formsinuse.append(name)
    return f"/{canvas._doc.getXObjectName(name)} Do"


def placed(box_w: float, box_h: float, img_w: float, img_h: float, fit: str):
    """Where an image of ``img_w`` × ``img_h`` goes in a box: (dx, dy, w, h) from its corner."""
    if fit == "stretch" or img_w <= 0 or img_h <= 0:
        return 0.0, 0.0, box_w, box_h
    scale = (min if fit == "contain" else max)(box_w / img_w, box_h / img_h)
    w, h = img_w * scale, img_h * scale
    return (box_w - w) / 2, (box_h - h) / 2, w, h
