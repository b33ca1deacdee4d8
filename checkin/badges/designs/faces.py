"""Both faces of each badge of a print run, drawn from its design.

A guest's category picks the design's variant; a design without a back of its own gets
the standard back (the programme, or the table in large print) in the category colour.
"""

from __future__ import annotations

from checkin.badges import design as standard
from checkin.badges.designs.paint import DesignPainter
from checkin.badges.designs.prepare import Prepared
from checkin.badges.designs.values import BadgeValues
from checkin.badges.layouts import Layout, Slot


class BadgeFaces:
    def __init__(self, canvas, layout: Layout, prepared: Prepared):
        self.design = prepared.design
        self.painter = DesignPainter(
            canvas, prepared.design, prepared.assets, layout.badge_width, layout.badge_height
        )
        self.standard = standard.design(layout.badge_width, layout.badge_height)

    def front(self, slot: Slot, values: BadgeValues) -> None:
        face, _back = self.design.faces_for(values.category)
        self.painter.draw(slot, self.painter.face_ops(face, values))

    def back(self, slot: Slot, values: BadgeValues, kind: str, lines: list[str]) -> None:
        _front, face = self.design.faces_for(values.category)
        if face is not None:
            ops = self.painter.face_ops(face, values, lines)
        else:
            ops = self.standard_back(values, kind, lines)
        self.painter.draw(slot, ops)

    def standard_back(self, values: BadgeValues, kind: str, lines: list[str]) -> str:
        d = self.standard
        b = d.band
        band = f"{self.painter._rgb(values.content.colour)} {b.x:.2f} {b.y:.2f} {b.w:.2f} {b.h:.2f} re f"
        runs = standard.back_text(d, values.content, kind, lines)
        return f"{band} {self.painter.text_ops(runs)}"
