"""Text elements fitted into their boxes with the badge's auto-fit (checkin/badges/design.py).

A text element with one line is fitted like the standard badge's single texts; with
several lines they share the box by weight and are stacked, as the standard badge's name
block is: shrink, wrap to the lines allowed, take a shorter form (legal forms), shrink to
the line's smallest size (7 pt, the Latin line 9 pt), only then cut short with "…". Sizes
scale with the badge when a design is printed at another size than it was drawn for.
"""

from __future__ import annotations

from dataclasses import replace

from checkin import fonts
from checkin.badges import design as standard
from checkin.badges.design import Box, Field, TextRun
from checkin.badges.designs.model import CATEGORY_COLOUR, Element, TextPart
from checkin.badges.designs.values import BadgeValues

_FONTS = {
    ("sans", False): fonts.REGULAR,
    ("sans", True): fonts.BOLD,
    ("condensed", False): fonts.CONDENSED,
    ("condensed", True): fonts.CONDENSED_BOLD,
}


def font_of(part: TextPart) -> str:
    return _FONTS[(part.font, part.bold)]


def field_names(parts: tuple[TextPart, ...]) -> list[str]:
    """Each line's name in the stack: its field, numbered where a field comes twice."""
    fields = [p.field for p in parts]
    return [f if fields.count(f) == 1 else f"{f}#{i}" for i, f in enumerate(fields)]


def element_runs(
    element: Element,
    box: Box,
    values: BadgeValues,
    size_scale: float = 1.0,
    colour: str = "#111111",
    caps: dict[str, float] | None = None,
) -> list[TextRun]:
    """The lines of ``element`` fitted into ``box`` (points, face coordinates).

    ``size_scale``: the design printed larger or smaller than drawn; ``colour``: what the
    category colour is on this badge; ``caps``: largest sizes by field (sheet-wide sizes).
    """
    texts = values.texts(element.parts)
    parts = [replace(p, colour=colour) if p.colour == CATEGORY_COLOUR else p
             for p in element.parts]  # fmt: skip
    if len(parts) == 1 and not element.grow:
        part, text = parts[0], texts[0]
        if not text.strip():
            return []
        size = min(part.max_size * size_scale, (caps or {}).get(part.field, 1e9))
        runs = standard.single(text, font_of(part), box, size, part.colour, element.align,
                               part.field, part.min_size, part.max_lines)  # fmt: skip
        return _valign(runs, box, element.valign)
    names = field_names(element.parts)
    fields = tuple(
        Field(
            name,
            font_of(p),
            p.max_size * size_scale,
            p.weight,
            p.colour,
            p.max_lines,
            p.min_size,
            p.shorten,
            p.room,
        )  # fmt: skip
        for name, p in zip(names, parts, strict=True)
    )
    shown = dict(zip(names, texts, strict=True))
    runs = standard._stack(fields, shown, box, element.valign, caps,
                           None if element.grow else 1.0, element.align)  # fmt: skip
    return _valign(runs, box, element.valign)


def _valign(runs: list[TextRun], box: Box, valign: str) -> list[TextRun]:
    """Move a block fitted in the middle of its box to the top or the bottom of it."""
    if not runs or valign == "center":
        return runs
    if valign == "top":
        shift = box.top - max(r.bounds.top for r in runs)
    else:
        shift = box.y - min(r.bounds.y for r in runs)
    if abs(shift) < 1e-9:
        return runs
    return [replace(r, baseline=r.baseline + shift) for r in runs]
