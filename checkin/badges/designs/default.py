"""The standard look as a design: what every event prints until it has a design of its own.

Made for each badge size from the standard arrangement (checkin/badges/design.py): the
category band, the event name, the name block (given name, family name, Latin line,
organisation, position: shrink, then wrap, then shorten, sharing the block by weight), the
table and the QR code. Its back stays the standard back (programme or table). With a logo,
the logo goes above the QR code on landscape badges (the code stays far above 0.5 mm
modules) and gets a row of its own above the names on portrait ones.
"""

from __future__ import annotations

from dataclasses import replace

from checkin import fonts
from checkin.badges import design as standard
from checkin.badges.design import MM, Box
from checkin.badges.designs.assets import Asset, pixel_size
from checkin.badges.designs.model import CATEGORY_COLOUR, Design, Element, Face, TextPart
from checkin.badges.designs.store import STANDARD

LOGO = "logo"  # the name of the logo place, in the standard design and in others
WHITE = "#ffffff"


def _mm(box: Box, height_pt: float) -> dict:
    """A box in points (from the bottom) as element millimetres (from the top)."""
    return {
        "x": box.x / MM,
        "y": (height_pt - box.top) / MM,
        "w": box.w / MM,
        "h": box.h / MM,
    }


def _part(field: standard.Field, binding: str | None = None) -> TextPart:
    font, bold = _FONT_NAMES[field.font]
    return TextPart(
        field=binding or field.name,
        font=font,
        bold=bold,
        max_size=field.max_size,
        min_size=field.floor,
        weight=field.weight,
        colour=field.colour,
        max_lines=field.max_lines,
        shorten=field.shorten,
        room=field.room,
        even=field.name == "organisation",  # one size on a sheet (faces.sheet_runs)
    )


_FONT_NAMES = {
    fonts.REGULAR: ("sans", False),
    fonts.BOLD: ("sans", True),
    fonts.CONDENSED: ("condensed", False),
    fonts.CONDENSED_BOLD: ("condensed", True),
}
_BINDINGS = {"second_line": "latin_name"}


def _single(binding: str, font: str, size: float, colour: str, **more) -> TextPart:
    family, bold = _FONT_NAMES[font]
    return TextPart(field=binding, font=family, bold=bold, max_size=size, colour=colour, **more)


def default_design(width_mm: float, height_mm: float, logo: Asset | None = None) -> Design:
    """The standard look for badges of ``width_mm`` × ``height_mm``, optionally with a logo."""
    d = standard.design(width_mm, height_mm)
    h = d.height
    names_box, header = d.names, d.header
    logo_element = None
    qr = d.qr
    if logo is not None:
        img_w, img_h = pixel_size(logo)
        aspect = img_w / img_h if img_h else 1.0
        if d.height >= d.width * 1.15:  # portrait: a row of its own above the names
            row_h, align = 0.08 * h, "left"
            logo_box = Box(names_box.x, names_box.top - row_h, min(names_box.w, row_h * aspect),
                           row_h)  # fmt: skip
            names_box = Box(names_box.x, names_box.y, names_box.w,
                            names_box.h - row_h - d.pad * 0.4)  # fmt: skip
        else:  # landscape: above the QR code, which gives up some of its generous size
            logo_h, align = 0.22 * qr.h, "center"
            side = qr.h - logo_h
            qr = Box(qr.x + qr.w - side, qr.y, side, side)  # right and bottom edges kept
            logo_box = Box(qr.x, qr.top, side, logo_h)
        logo_element = Element("image", **_mm(logo_box, h), name=LOGO, asset=logo.sha,
                               align=align)  # fmt: skip
    band_text = Box(d.pad, d.band.y + d.band.h * 0.15, d.width - 2 * d.pad, d.band.h * 0.7)
    names = tuple(_part(f, _BINDINGS.get(f.name)) for f in standard.NAME_FIELDS)
    elements = [
        Element("shape", **_mm(d.band, h), name="band", fill=CATEGORY_COLOUR),
        Element("text", **_mm(names_box, h), name="names", parts=names, grow=True),
        Element("text", **_mm(header, h), name="event_name",
                parts=(_single("event_name", fonts.REGULAR, 11, standard.GREY),)),
        Element("text", **_mm(band_text, h), name="category", align="center",
                parts=(_single("category", fonts.BOLD, 16, WHITE, uppercase=True),)),
        Element("text", **_mm(d.table, h), name="table", grow=True, parts=(
            _single("table", fonts.BOLD, 22, standard.DARK, weight=1.3, max_lines=1),
            _single("table_theme", fonts.CONDENSED, 12, standard.GREY),
        )),
        Element("qr", **_mm(qr, h), name="qr"),
    ]  # fmt: skip
    if logo_element is not None:
        elements.append(logo_element)
    return Design(STANDARD, width_mm, height_mm, Face(tuple(elements)))


def with_logo(design: Design, logo: Asset) -> Design:
    """``design`` with ``logo`` in its logo place (the standard design makes room for one)."""
    if design.name == STANDARD:
        return default_design(design.width, design.height, logo)
    from checkin.errors import InvalidInput

    def fill(face: Face | None) -> tuple[Face | None, bool]:
        if face is None:
            return None, False
        found = False
        out = []
        for e in face.elements:
            if e.name == LOGO and e.kind == "image":
                e, found = replace(e, asset=logo.sha), True
            out.append(e)
        return Face(tuple(out)), found

    front, found = fill(design.front)
    back, found_back = fill(design.back)
    variants = []
    for v in design.variants:
        vf, a = fill(v.front)
        vb, b = fill(v.back)
        found = found or a or b
        variants.append(replace(v, front=vf, back=vb))
    if not (found or found_back):
        raise InvalidInput("design_no_logo_place", name=design.name)
    return replace(design, front=front, back=back, variants=tuple(variants))
