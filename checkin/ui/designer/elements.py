"""New elements as the editor adds them (sensible sizes for the badge they go on), and the
preview picture of the face being edited."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QImage

from checkin.badges.designs import assets, preview
from checkin.badges.designs.assets import Asset
from checkin.badges.designs.model import CATEGORY_COLOUR, Element, Face, TextPart

GREY = "#555555"


def new_element(kind: str, size_mm: tuple[float, float]) -> Element:
    w, h = size_mm
    if kind == "text":
        part = TextPart(field="fixed", text={"de": "Text", "ru": "Текст", "en": "Text"},
                        max_size=14)  # fmt: skip
        return Element("text", w * 0.1, h * 0.4, w * 0.5, h * 0.15, parts=(part,))
    if kind == "qr":
        side = max(min(w, h) * 0.35, 17.0)  # 17 mm: 0.5 mm modules with the quiet zone
        return Element("qr", w - side - 2, h - side - 2, side, side)
    return Element("shape", w * 0.1, h * 0.1, w * 0.3, h * 0.1, fill=CATEGORY_COLOUR)


def image_element(kind: str, asset: Asset, size_mm: tuple[float, float]) -> Element:
    """A logo at the top left in its own proportions, or artwork covering the badge."""
    w, h = size_mm
    if kind == "background":
        return Element("background", 0, 0, w, h, asset=asset.sha, fit="cover")
    iw, ih = assets.pixel_size(asset)
    box_w = w * 0.3
    box_h = min(box_w * ih / iw if iw else box_w, h * 0.3)
    return Element("image", 3, 3, box_w, box_h, name="logo", asset=asset.sha)


def standard_back(w: float, h: float) -> Face:
    """A back to start from: the category band, the name, the table in large print."""
    return Face((
        Element("shape", 0, h * 0.85, w, h * 0.15, name="band", fill=CATEGORY_COLOUR),
        Element("text", w * 0.06, h * 0.08, w * 0.88, h * 0.25, parts=(
            TextPart(field="full_name", bold=True, max_size=18),)),
        Element("text", w * 0.06, h * 0.4, w * 0.88, h * 0.35, align="center", parts=(
            TextPart(field="table", bold=True, max_size=40, max_lines=1, weight=1.5),
            TextPart(field="table_theme", max_size=16, colour=GREY))),
    ))  # fmt: skip


def extra_columns(values) -> list[str]:
    """The guest list's extra columns (questions) a text can show."""
    keys: dict[str, None] = {}
    for v in values:
        keys.update(dict.fromkeys(str(k) for k in v.extra))
    return sorted(keys)[:50]


def preview_image(doc, values, pixels_per_mm: float) -> QImage:
    """The shown face of ``doc`` for one guest, as the printer gets it, as a picture."""
    design = replace(doc.design, variants=())  # the shown face, whoever the guest is
    if doc.variant >= 0:
        v = doc.design.variants[doc.variant]
        design = replace(design, front=v.front, back=v.back or design.back)
    pdf = preview.face_pdf(design, doc.images, values, back=doc.side == "back")
    image = preview.face_image(pdf, pixels_per_mm)
    data = image.tobytes()
    return QImage(data, image.width, image.height, 3 * image.width,
                  QImage.Format.Format_RGB888).copy()  # fmt: skip
