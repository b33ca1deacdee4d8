"""A design is plain data: it survives JSON unchanged, and bad data is refused by name."""

from __future__ import annotations

import json

import pytest

from checkin.badges.designs import model
from checkin.badges.designs.default import default_design
from checkin.badges.designs.model import Element, Face, TextPart, Variant
from checkin.errors import InvalidInput

from .conftest import simple_design


def _round_trip(design):
    return model.from_dict(json.loads(json.dumps(model.to_dict(design))))


def test_every_kind_of_element_survives_json_unchanged():
    shapes = tuple(
        Element("shape", 1, 2, 3, 4, shape=s, fill="#102030", stroke="category")
        for s in model.SHAPES
    )
    extra = (
        Element("image", 70, 2, 16, 8, name="logo", asset="a" * 64, fit="cover", align="right"),
        Element("background", 0, 0, 90, 54, asset="b" * 64, page=2),
        Element("programme", 4, 40, 50, 12, parts=(TextPart(field="fixed", max_size=9),)),
        Element("text", 4, 44, 50, 6, parts=(
            TextPart(field="fixed", text={"de": "Willkommen", "ru": "Добро пожаловать"}),
            TextPart(field="extra:Dietary", uppercase=True, even=True, shorten=True),
        ), valign="top", grow=True),
    )  # fmt: skip
    design = simple_design("Alles", *shapes, *extra)
    design = model.Design(
        design.name, 90, 54, design.front, back=Face(extra[:1]),
        variants=(Variant(("Press", "Staff"), Face(shapes)),),
    )  # fmt: skip
    assert _round_trip(design) == design
    standard = default_design(105, 148)
    assert _round_trip(standard) == standard


@pytest.mark.parametrize(
    "change",
    [
        {"format": 99},
        {"name": "  "},
        {"width": -5},
        {"front": [{"kind": "hologram", "x": 0, "y": 0, "w": 1, "h": 1}]},
        {"front": [{"kind": "text", "x": 0, "y": 0, "w": 1, "h": 1, "parts": []}]},
        {"front": [{"kind": "shape", "x": float("nan"), "y": 0, "w": 1, "h": 1}]},
        {"front": [{"kind": "shape", "x": 0, "y": 0, "w": 1, "h": 1, "fill": "red"}]},
        {"front": [{"kind": "image", "x": 0, "y": 0, "w": 1, "h": 1, "asset": "../etc/passwd"}]},
        {"front": [{"kind": "text", "x": 0, "y": 0, "w": 1, "h": 1,
                    "parts": [{"field": "secret_column"}]}]},
        {"front": [{"kind": "qr", "x": 0, "y": 0, "w": 1, "h": 1, "onclick": "x"}]},
    ],
)  # fmt: skip
def test_bad_values_are_refused_with_the_place_they_are_in(change):
    data = model.to_dict(simple_design()) | change
    with pytest.raises(InvalidInput) as caught:
        model.from_dict(data)
    assert caught.value.key == "design_invalid"
    assert caught.value.params["where"]
