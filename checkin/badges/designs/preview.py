"""A live preview of one badge face, and the guests worth previewing a design with.

The preview is the real thing: the face rendered to a one-page PDF by the same painter
that prints, then rasterised by pdfium, so what the editor shows is what prints.
"""

from __future__ import annotations

import io

import pypdfium2
from reportlab.pdfgen.canvas import Canvas

from checkin import fonts
from checkin.badges.design import MM
from checkin.badges.designs.assets import Asset
from checkin.badges.designs.faces import BadgeFaces
from checkin.badges.designs.model import Design
from checkin.badges.designs.prepare import Prepared
from checkin.badges.designs.values import BadgeValues
from checkin.badges.layouts import Layout, Slot
from checkin.models import Guest
from checkin.translit import has_cyrillic


def face_pdf(
    design: Design,
    images: dict[str, Asset],
    values: BadgeValues,
    back: bool = False,
    programme: list[str] = (),
    kind: str = "programme",
) -> bytes:
    """One face of one badge as a PDF page of the design's size."""
    fonts.register()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(design.width * MM, design.height * MM))
    layout = Layout("preview", "", design.width, design.height, design.width, design.height)
    faces = BadgeFaces(canvas, layout, Prepared(design, images))
    slot = Slot(0, 0, design.width, design.height)
    if back:
        faces.back(slot, values, kind, list(programme))
    else:
        faces.front(slot, values)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def face_image(pdf: bytes, pixels_per_mm: float):
    """The PDF page as a PIL image, ``pixels_per_mm`` sharp."""
    doc = pypdfium2.PdfDocument(pdf)
    try:
        return doc[0].render(scale=pixels_per_mm * 25.4 / 72).to_pil().convert("RGB")
    finally:
        doc.close()


def preview_order(guests: list[Guest], limit: int = 30) -> list[Guest]:
    """The guests a design should be seen with first: the longest names and organisations,
    with the longest Cyrillic name second (two scripts on one badge need checking too)."""
    people = [g for g in guests if not g.cancelled]

    def length(g: Guest) -> int:
        return len(g.full_name) * 2 + len(g.organisation) + len(g.position) // 2

    ranked = sorted(people, key=lambda g: (-length(g), g.id))
    cyrillic = [g for g in ranked if has_cyrillic(g.full_name)]
    if cyrillic and cyrillic[0] not in ranked[:2]:
        ranked.remove(cyrillic[0])
        ranked.insert(min(1, len(ranked)), cyrillic[0])
    return ranked[:limit]
