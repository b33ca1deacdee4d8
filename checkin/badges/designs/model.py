"""A badge design as data: faces made of elements placed in millimetres.

A design is drawn for one badge size; each face (front, back) is a list of elements drawn
in order (later ones on top). Positions are millimetres from the face's top-left corner,
as a designer measures them. Images are referred to by the SHA-256 of their bytes (see
assets.py), so a design and its images travel and are stored apart.

Every design that comes from outside the process (an imported file, another desk's
journal) goes through :func:`from_dict`, which checks each value and raises InvalidInput
naming the first bad one.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import asdict, dataclass, fields, replace

from checkin.errors import InvalidInput

FORMAT = 1  # the version of the dict/JSON form below

KINDS = ("text", "image", "qr", "shape", "background", "programme")
# What a text line may show. "fixed" shows the line's own text (per language).
FIELDS = (
    "given_name",
    "family_name",
    "full_name",
    "latin_name",  # the name in the other script (Latin for Cyrillic names), or nothing
    "organisation",
    "position",
    "category",
    "table",
    "table_theme",
    "table_line",  # "Tisch 3 – Medizintechnik"
    "event_name",
    "event_dates",
    "event_venue",
    "fixed",
)
EXTRA_PREFIX = "extra:"  # "extra:<column>": a question or extra column of the guest list
FONTS = ("sans", "condensed")
ALIGNS = ("left", "center", "right")
VALIGNS = ("top", "center", "bottom")
FITS = ("contain", "cover", "stretch")
SHAPES = ("rect", "rounded", "ellipse", "line")
CATEGORY_COLOUR = "category"  # a colour that follows the guest's category
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
_ASSET = re.compile(r"^[0-9a-f]{64}$")
MAX_ELEMENTS = 200
MAX_SIDE_MM = 500.0


@dataclass(frozen=True)
class TextPart:
    """One line (or block) of a text element: what it shows and how it fits its share."""

    field: str = "fixed"
    text: dict[str, str] = dataclasses.field(
        default_factory=dict
    )  # fixed text by language ("": any)
    font: str = "condensed"
    bold: bool = False
    max_size: float = 12.0  # points: the size it starts at
    min_size: float = 7.0  # points: below this it wraps, shortens, or is reported
    weight: float = 1.0  # its share of the element's height when lines are stacked
    colour: str = "#111111"
    max_lines: int = 2
    shorten: bool = False  # abbreviate legal forms ("Gesellschaft mbH") before shrinking
    uppercase: bool = False
    even: bool = False  # one size for all badges of a sheet that reach ``room`` (organisations)
    room: float = 0.0  # points: the size the line is given room for, larger lines shrinking first


@dataclass(frozen=True)
class Element:
    kind: str
    x: float  # mm from the left edge
    y: float  # mm from the top edge
    w: float
    h: float
    name: str = ""  # a place other tools fill in, e.g. "logo"
    # text and programme
    parts: tuple[TextPart, ...] = ()
    align: str = "left"
    valign: str = "center"
    grow: bool = False  # type grows with the box (the standard look's "bigger badges")
    # image and background
    asset: str = ""  # SHA-256 of the image; "" shows nothing (an empty logo place)
    fit: str = "contain"
    page: int = 0  # page of a PDF artwork
    # shape (and the QR code's backing)
    shape: str = "rect"
    fill: str = ""  # "#rrggbb", "category", or "" for none
    stroke: str = ""
    stroke_width: float = 0.3  # mm
    radius: float = 2.0  # mm, for rounded rectangles

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def moved(self, x: float, y: float) -> Element:
        return replace(self, x=x, y=y)


@dataclass(frozen=True)
class Face:
    elements: tuple[Element, ...] = ()

    def named(self, name: str) -> Element | None:
        return next((e for e in self.elements if e.name == name), None)


@dataclass(frozen=True)
class Variant:
    """Other faces for some categories (press, staff): used instead of the design's own."""

    categories: tuple[str, ...]
    front: Face
    back: Face | None = None


@dataclass(frozen=True)
class Design:
    name: str
    width: float  # mm: the badge size it is drawn for
    height: float
    front: Face
    back: Face | None = None  # None: the standard back (programme or table)
    variants: tuple[Variant, ...] = ()

    def faces_for(self, category: str) -> tuple[Face, Face | None]:
        for variant in self.variants:
            if category in variant.categories:
                return variant.front, variant.back if variant.back is not None else self.back
        return self.front, self.back

    def all_faces(self) -> list[Face]:
        faces = [self.front, self.back]
        for v in self.variants:
            faces += [v.front, v.back]
        return [f for f in faces if f is not None]

    def assets(self) -> set[str]:
        """The images this design uses."""
        return {e.asset for f in self.all_faces() for e in f.elements if e.asset}


# -- to and from plain data (JSON) -----------------------------------------------------------
def _compact(obj, defaults) -> dict:
    """The fields of ``obj`` that differ from their defaults: short, readable JSON."""
    out = {}
    for f in fields(obj):
        value = getattr(obj, f.name)
        if f.name in defaults and value == defaults[f.name]:
            continue
        out[f.name] = value
    return out


_PART_DEFAULTS = asdict(TextPart())
_ELEMENT_DEFAULTS = {
    f.name: getattr(Element("text", 0, 0, 1, 1), f.name)
    for f in fields(Element)
    if f.name not in ("kind", "x", "y", "w", "h")
}


def element_to_dict(e: Element) -> dict:
    data = _compact(e, _ELEMENT_DEFAULTS)
    if e.parts:
        data["parts"] = [_compact(p, _PART_DEFAULTS) for p in e.parts]
    return data


def face_to_dict(face: Face | None) -> list | None:
    return None if face is None else [element_to_dict(e) for e in face.elements]


def to_dict(design: Design) -> dict:
    data = {
        "format": FORMAT,
        "name": design.name,
        "width": design.width,
        "height": design.height,
        "front": face_to_dict(design.front),
    }
    if design.back is not None:
        data["back"] = face_to_dict(design.back)
    if design.variants:
        data["variants"] = [
            {"categories": list(v.categories), "front": face_to_dict(v.front)}
            | ({"back": face_to_dict(v.back)} if v.back is not None else {})
            for v in design.variants
        ]
    return data


def _bad(where: str, value) -> InvalidInput:
    return InvalidInput("design_invalid", where=where, value=str(value)[:80])


def _number(data: dict, key: str, default, where: str, low: float, high: float) -> float:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _bad(f"{where}.{key}", value)
    if not low <= value <= high:
        raise _bad(f"{where}.{key}", value)
    return float(value)


def _choice(data: dict, key: str, default: str, allowed, where: str) -> str:
    value = data.get(key, default)
    if value not in allowed:
        raise _bad(f"{where}.{key}", value)
    return value


def _flag(data: dict, key: str, default: bool, where: str) -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise _bad(f"{where}.{key}", value)
    return value


def _colour(data: dict, key: str, default: str, where: str, category_ok: bool = True) -> str:
    value = data.get(key, default)
    if value == "" or (category_ok and value == CATEGORY_COLOUR):
        return value
    if not isinstance(value, str) or not _HEX.match(value):
        raise _bad(f"{where}.{key}", value)
    return value.lower()


def _text(value, where: str, limit: int = 500) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise _bad(where, value)
    return value


def valid_field(name: str) -> bool:
    if name.startswith(EXTRA_PREFIX):
        return 0 < len(name) - len(EXTRA_PREFIX) <= 100
    return name in FIELDS


def _part(data, where: str) -> TextPart:
    if not isinstance(data, dict) or set(data) - set(_PART_DEFAULTS):
        raise _bad(where, data)
    d = _PART_DEFAULTS
    name = data.get("field", d["field"])
    if not isinstance(name, str) or not valid_field(name):
        raise _bad(f"{where}.field", name)
    texts = data.get("text", {})
    if not isinstance(texts, dict) or len(texts) > 10:
        raise _bad(f"{where}.text", texts)
    texts = {_text(k, f"{where}.text", 10): _text(v, f"{where}.text") for k, v in texts.items()}
    max_size = _number(data, "max_size", d["max_size"], where, 1, 400)
    min_size = _number(data, "min_size", d["min_size"], where, 1, 400)
    lines = _number(data, "max_lines", d["max_lines"], where, 1, 20)
    if lines != int(lines):
        raise _bad(f"{where}.max_lines", lines)
    return TextPart(
        field=name,
        text=texts,
        font=_choice(data, "font", d["font"], FONTS, where),
        bold=_flag(data, "bold", d["bold"], where),
        max_size=max_size,
        min_size=min(min_size, max_size),
        weight=_number(data, "weight", d["weight"], where, 0.01, 100),
        colour=_colour(data, "colour", d["colour"], where),
        max_lines=int(lines),
        shorten=_flag(data, "shorten", d["shorten"], where),
        uppercase=_flag(data, "uppercase", d["uppercase"], where),
        even=_flag(data, "even", d["even"], where),
        room=_number(data, "room", d["room"], where, 0, 400),
    )


def element_from_dict(data, where: str = "element") -> Element:
    if not isinstance(data, dict):
        raise _bad(where, data)
    unknown = set(data) - set(_ELEMENT_DEFAULTS) - {"kind", "x", "y", "w", "h"}
    if unknown:
        raise _bad(f"{where}.{sorted(unknown)[0]}", "unknown")
    d = _ELEMENT_DEFAULTS
    kind = _choice(data, "kind", "", KINDS, where)
    parts = data.get("parts", [])
    if not isinstance(parts, list) or len(parts) > 12:
        raise _bad(f"{where}.parts", parts)
    asset = data.get("asset", "")
    if asset != "" and (not isinstance(asset, str) or not _ASSET.match(asset)):
        raise _bad(f"{where}.asset", asset)
    element = Element(
        kind=kind,
        x=_number(data, "x", None, where, -MAX_SIDE_MM, MAX_SIDE_MM),
        y=_number(data, "y", None, where, -MAX_SIDE_MM, MAX_SIDE_MM),
        w=_number(data, "w", None, where, 0, MAX_SIDE_MM),
        h=_number(data, "h", None, where, 0, MAX_SIDE_MM),
        name=_text(data.get("name", ""), f"{where}.name", 40),
        parts=tuple(_part(p, f"{where}.parts[{i}]") for i, p in enumerate(parts)),
        align=_choice(data, "align", d["align"], ALIGNS, where),
        valign=_choice(data, "valign", d["valign"], VALIGNS, where),
        grow=_flag(data, "grow", d["grow"], where),
        asset=asset,
        fit=_choice(data, "fit", d["fit"], FITS, where),
        page=int(_number(data, "page", d["page"], where, 0, 9999)),
        shape=_choice(data, "shape", d["shape"], SHAPES, where),
        fill=_colour(data, "fill", d["fill"], where),
        stroke=_colour(data, "stroke", d["stroke"], where),
        stroke_width=_number(data, "stroke_width", d["stroke_width"], where, 0, 20),
        radius=_number(data, "radius", d["radius"], where, 0, 100),
    )
    if kind in ("text", "programme") and not element.parts:
        raise _bad(f"{where}.parts", "[]")
    return element


def face_from_dict(data, where: str) -> Face:
    if not isinstance(data, list) or len(data) > MAX_ELEMENTS:
        raise _bad(where, type(data).__name__)
    return Face(tuple(element_from_dict(e, f"{where}[{i}]") for i, e in enumerate(data)))


def from_dict(data) -> Design:
    """A design from its plain form, every value checked (untrusted input)."""
    if not isinstance(data, dict):
        raise _bad("design", type(data).__name__)
    if data.get("format") != FORMAT:
        raise _bad("format", data.get("format"))
    name = clean_name(_text(data.get("name"), "name", 80))
    variants = data.get("variants", [])
    if not isinstance(variants, list) or len(variants) > 20:
        raise _bad("variants", variants)
    out = []
    for i, v in enumerate(variants):
        where = f"variants[{i}]"
        if not isinstance(v, dict) or set(v) - {"categories", "front", "back"}:
            raise _bad(where, v)
        cats = v.get("categories")
        if not isinstance(cats, list) or not cats or len(cats) > 50:
            raise _bad(f"{where}.categories", cats)
        back = v.get("back")
        out.append(
            Variant(
                tuple(_text(c, f"{where}.categories", 100) for c in cats),
                face_from_dict(v.get("front"), f"{where}.front"),
                None if back is None else face_from_dict(back, f"{where}.back"),
            )
        )
    back = data.get("back")
    return Design(
        name=name,
        width=_number(data, "width", None, "design", 10, MAX_SIDE_MM),
        height=_number(data, "height", None, "design", 10, MAX_SIDE_MM),
        front=face_from_dict(data.get("front"), "front"),
        back=None if back is None else face_from_dict(back, "back"),
        variants=tuple(out),
    )


def clean_name(name: str) -> str:
    """A design's name: one line, no leading or trailing space, not empty."""
    cleaned = " ".join(str(name).split())
    if not cleaned or any(ord(ch) < 32 for ch in cleaned):
        raise _bad("name", name)
    return cleaned
