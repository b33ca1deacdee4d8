"""Every kind of element reaches the printed page: rendered to PDF, rasterised, looked at."""

from __future__ import annotations

import io

import numpy as np
from pypdf import PdfReader

from checkin import categories
from checkin.badges import get_layout, render_badges, select_guests
from checkin.badges.designs import store
from checkin.badges.designs.model import Element, TextPart

from .conftest import decode, rasterise, simple_design

DPI = 150
LAYOUT = get_layout("insert-90x54")


def _pixel(image, slot_index, x_mm, y_mm):
    """The colour at (x, y) mm from the top-left corner of badge ``slot_index``."""
    slot = LAYOUT.front(slot_index)
    top = LAYOUT.page_height - slot.y - slot.height
    px = lambda mm: int(round(mm * DPI / 25.4))  # noqa: E731
    return tuple(int(v) for v in np.asarray(image)[px(top + y_mm), px(slot.x + x_mm)][:3])


def _near(colour, expected, tolerance=12):
    return all(abs(a - b) <= tolerance for a, b in zip(colour, expected, strict=True))


def test_images_shapes_artwork_and_text_all_print(event, tmp_path, png_asset, svg_asset,
                                                    pdf_asset):  # fmt: skip
    design = simple_design(
        "Alles",
        Element("image", 4, 40, 20, 10, name="logo", asset=png_asset.sha, fit="stretch"),
        Element("image", 30, 40, 20, 10, asset=svg_asset.sha, fit="stretch"),
        Element("shape", 0, 50, 90, 4, fill="category"),
        Element("shape", 80, 2, 6, 6, shape="ellipse", fill="#ffcc00"),
        Element("text", 56, 48, 30, 6, parts=(TextPart(field="fixed", text={
            "de": "Willkommen", "ru": "Добро пожаловать", "en": "Welcome"}),)),
    )  # fmt: skip
    background = Element("background", 0, 0, 90, 54, asset=pdf_asset.sha)
    design = design.__class__(
        design.name, 90, 54, design.front.__class__((background, *design.front.elements))
    )
    # The QR code gets its white backing on the artwork, or it would not scan.
    elements = tuple(
        Element("qr", e.x, e.y, e.w, e.h, name="qr", fill="#ffffff") if e.kind == "qr" else e
        for e in design.front.elements
    )
    design = design.__class__(design.name, 90, 54, design.front.__class__(elements))
    store.save_design(event, design, [png_asset, svg_asset, pdf_asset])
    people = select_guests(event)
    out = tmp_path / "alles.pdf"
    batch = render_badges(event, people, LAYOUT, out, options={"design": "Alles"})
    page = rasterise(out, dpi=DPI)[0]
    for guest in people:
        slot = batch.placements[guest.id][1] - 1
        assert _near(_pixel(page, slot, 14, 45), (200, 0, 0)), "PNG logo"
        assert _near(_pixel(page, slot, 40, 45), (0, 160, 0)), "SVG logo"
        assert _near(_pixel(page, slot, 45, 52), _rgb(categories.colour(guest.category)))
        assert _near(_pixel(page, slot, 83, 5), (255, 204, 0)), "ellipse"
        assert _near(_pixel(page, slot, 2, 44), (0, 0, 204)), "PDF artwork"
    assert len(decode(page)) == len(people)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    for guest in people:
        assert guest.family_name in text
    assert "Парфёнов" in text and "Müller" in text
    assert "Добро пожаловать" in text and "Willkommen" in text  # fixed text, guest's language


def _rgb(hex_value):
    return tuple(int(hex_value[i : i + 2], 16) for i in (1, 3, 5))


def test_each_image_is_in_the_pdf_once_however_many_badges(event, tmp_path, png_asset):
    design = simple_design("Logo", Element("image", 4, 40, 20, 10, asset=png_asset.sha))
    store.save_design(event, design, [png_asset])
    people = select_guests(event) * 8  # 24 badges on 3 sheets
    out = io.BytesIO()
    render_badges(event, people, LAYOUT, out, options={"design": "Logo"}, record=False)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    images = set()
    for page in reader.pages:
        for xobj in page["/Resources"]["/XObject"].values():
            form = xobj.get_object()
            for inner in form["/Resources"]["/XObject"].values():
                images.add(inner.idnum)
    assert len(reader.pages) == 3 and len(images) == 1


def test_a_category_variant_prints_for_that_category_only(event, tmp_path):
    from checkin.badges.designs.model import Face, Variant

    base = simple_design("Varianten")
    press_front = Face((*base.front.elements, Element("shape", 0, 48, 90, 6, fill="#ff0000")))
    design = base.__class__(base.name, 90, 54, base.front,
                            variants=(Variant(("Press",), press_front),))  # fmt: skip
    store.save_design(event, design)
    people = select_guests(event)
    out = tmp_path / "varianten.pdf"
    batch = render_badges(event, people, LAYOUT, out, options={"design": "Varianten"})
    page = rasterise(out, dpi=DPI)[0]
    for guest in people:
        slot = batch.placements[guest.id][1] - 1
        red = _near(_pixel(page, slot, 45, 51), (255, 0, 0))
        assert red == (guest.category == "Press"), guest.family_name


def test_an_own_back_with_the_programme_prints_on_the_back_pages(event, tmp_path):
    from checkin import programme
    from checkin.badges.designs.model import Face

    back = Face((
        Element("text", 5, 5, 95, 15, parts=(TextPart(field="full_name", max_size=20),)),
        Element("programme", 5, 25, 95, 60, parts=(TextPart(max_size=12),)),
        Element("text", 5, 120, 95, 15, parts=(TextPart(field="table_line", max_size=14),)),
    ))  # fmt: skip
    front = simple_design("Rücken").front
    design = simple_design("Rücken").__class__("Rücken", 105, 148.5, front, back=back)
    store.save_design(event, design)
    out = tmp_path / "ruecken.pdf"
    render_badges(event, select_guests(event), "a6-4up-duplex", out, record=False,
                  options={"design": "Rücken", "back": "programme"})  # fmt: skip
    pages = PdfReader(io.BytesIO(out.read_bytes())).pages
    backs = " ".join(pages[1].extract_text().split())
    for item in programme.list_items(event):
        assert item.name.split()[-1] in backs
    assert "Tisch 1 – Medizintechnik" in backs and "Anna Müller" in backs
    assert len(decode(rasterise(out, dpi=150)[0])) == 3  # the front, scaled, still scans
