"""Text elements fitted into their boxes with the badge's auto-fit (checkin/badges/design.py).

A text element with one line is fitted like the standard badge's single texts; with
several lines they share the box by weight and are stacked, as the standard badge's name
block is (shrink, then wrap, then shorten; see fit.py). Sizes scale with the badge when a
design is printed at another size than it was drawn for.
"""

from __future__ import annotations

from dataclasses import replace

from checkin.badges import design as standard
from checkin.badges import fonts
from checkin.badges.design import MM, Box, Field, TextRun
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


def _auto_scale(box: Box) -> float:
    """The standard look's "bigger badges, bigger type" factor for a box."""
    return min(max(box.w / (50 * MM), 0.8), 1.5)


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
        size = part.max_size * size_scale
        runs = standard.single(
            text, font_of(part), box, size, part.colour, element.align, part.field
        )
        return _valign(runs, box, element.valign)
    fields, shown = [], {}
    auto = _auto_scale(box)
    for i, (part, text) in enumerate(zip(parts, texts, strict=True)):
        name = f"{i}:{part.field}"
        size = part.max_size * size_scale
        if not element.grow:
            size /= auto  # the stack scales by itself; a fixed size must come out as given
        fields.append(Field(name, font_of(part), size, part.weight, part.colour, part.max_lines))
        shown[name] = text
    runs = standard._stack(tuple(fields), shown, box, valign=element.valign)
    out = []
    for run in runs:
        x = run.x
        if element.align == "center":
            x = box.x + (box.w - run.width) / 2
        elif element.align == "right":
            x = box.x + box.w - run.width
        out.append(TextRun(run.field.split(":", 1)[1], run.text, run.font, run.size, x,
                           run.baseline, run.width, run.colour, run.box))  # fmt: skip
    return _valign(out, box, element.valign)


def _valign(runs: list[TextRun], box: Box, valign: str) -> list[TextRun]:
    """Move a block centred in its box to the top or bottom of it."""
    if not runs or valign == "center":
        return runs
    top = max(r.bounds.top for r in runs)
    bottom = min(r.bounds.y for r in runs)
    shift = (box.top - top) if valign == "top" else (box.y - bottom)
    return [replace(r, baseline=r.baseline + shift) for r in runs]
