"""Both faces of each badge of a print run, drawn from its design.

A guest's category picks the design's variant; a design without a back of its own gets
the standard back (the programme, or the table in large print) in the category colour.
Lines marked ``even`` (the organisation) come out at one size on a whole sheet where
they reach the size they are given room for (the smallest of those that do).
"""

from __future__ import annotations

from checkin.badges import design as standard
from checkin.badges.design import TextRun
from checkin.badges.designs.model import Design, Face
from checkin.badges.designs.paint import DesignPainter, Geometry, element_runs, face_runs
from checkin.badges.designs.prepare import Prepared
from checkin.badges.designs.text import field_names
from checkin.badges.designs.values import BadgeValues
from checkin.badges.layouts import Layout, Slot

Runs = dict[int, list[TextRun]]


class BadgeFaces:
    def __init__(self, canvas, layout: Layout, prepared: Prepared):
        self.design = prepared.design
        self.painter = DesignPainter(
            canvas, prepared.design, prepared.assets, layout.badge_width, layout.badge_height
        )
        self.standard = standard.design(layout.badge_width, layout.badge_height)

    def front(self, slot: Slot, values: BadgeValues, runs: Runs | None = None) -> None:
        face, _back = self.design.faces_for(values.category)
        self.painter.draw(slot, self.painter.face_ops(face, values, runs=runs))

    def fronts(self, slots: list[Slot], badges: list[BadgeValues]) -> None:
        """The fronts of one sheet, the ``even`` lines at one size."""
        for slot, values, runs in zip(slots, badges, self.sheet_runs(badges), strict=True):
            self.front(slot, values, runs)

    def sheet_runs(self, badges: list[BadgeValues]) -> list[Runs]:
        return sheet_runs(self.design, self.painter.geometry, badges)

    def back(self, slot: Slot, values: BadgeValues, kind: str, lines: list[str]) -> None:
        _front, face = self.design.faces_for(values.category)
        if face is not None:
            ops = self.painter.face_ops(face, values, lines)
        else:
            ops = self.standard_back(values, kind, lines)
        self.painter.draw(slot, ops)

    def standard_back(self, values: BadgeValues, kind: str, lines: list[str]) -> str:
        b = self.standard.band
        colour = self.painter._rgb(values.content.colour)
        band = f"{colour} {b.x:.2f} {b.y:.2f} {b.w:.2f} {b.h:.2f} re f"
        runs = standard.back_text(self.standard, values.content, kind, lines)
        return f"{band} {self.painter.text_ops(runs)}"


def sheet_runs(design: Design, g: Geometry, badges: list[BadgeValues]) -> list[Runs]:
    """The text of one sheet's fronts, by badge and element, the ``even`` lines alike."""
    faces = [design.faces_for(v.category)[0] for v in badges]
    runs = [dict(face_runs(g, f, v)) for f, v in zip(faces, badges, strict=True)]
    for key, room in _even_lines(faces):
        sizes = [_size(f, r, key) for f, r in zip(faces, runs, strict=True)]
        fitting = [s for s in sizes if s is not None and s >= room - 0.01]
        if len(fitting) < 2:
            continue
        even = min(fitting)
        index, name = key
        for i, size in enumerate(sizes):
            if size is not None and size > even + 0.01:
                runs[i][index] = element_runs(g, faces[i], badges[i], index, {name: even})
    return runs


def sheet_text(design: Design, width: float, height: float,
               badges: list[BadgeValues]) -> list[list[TextRun]]:  # fmt: skip
    """Every line of text on one sheet's fronts as printed, badge by badge."""
    g = Geometry(design, width, height)
    return [[r for i in sorted(runs) for r in runs[i]] for runs in sheet_runs(design, g, badges)]


def _even_lines(faces: list[Face]) -> list[tuple[tuple[int, str], float]]:
    """(element index, line name) of every ``even`` line of these faces, with its room."""
    found: dict[tuple[int, str], float] = {}
    for face in faces:
        for i, e in enumerate(face.elements):
            if e.kind != "text":
                continue
            for name, part in zip(field_names(e.parts), e.parts, strict=True):
                if part.even:
                    found[(i, name)] = part.room
    return list(found.items())


def _size(face: Face, runs: Runs, key: tuple[int, str]) -> float | None:
    index, name = key
    if index >= len(face.elements):
        return None
    return next((r.size for r in runs.get(index, []) if r.field == name), None)
