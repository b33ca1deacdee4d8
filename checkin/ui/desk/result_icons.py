"""A shape per scan result, so staff tell results apart without relying on colour.

Colour-blind staff, and anyone glancing at the card from the side, see the shape: a circle
with a tick for "welcome", a triangle with "!" for "already in", an octagon with a cross
for a forged code, a crossed circle for a cancellation, and so on. Each is drawn in white
on the card's colour, from painter paths (no icon font needed).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from checkin.checkins import Result

# Result -> icon kind; one kind per result, each with its own outline.
KIND = {
    Result.CHECKED_IN: "welcome",
    Result.ALREADY_CHECKED_IN: "already_in",
    Result.REPLACED_BADGE: "replaced",
    Result.UNKNOWN_CODE: "unknown",
    Result.FORGED_CODE: "forged",
    Result.MISTYPED_CODE: "mistyped",
    Result.OTHER_EVENT: "other_event",
    Result.CANCELLED: "cancelled",
    Result.NOT_ON_THIS_LIST: "not_on_list",
    Result.TICKET_NOT_VALID: "ticket_not_valid",
}
SHAPE = {  # kind -> (outline, mark)
    "welcome": ("circle", "tick"),
    "already_in": ("triangle", "!"),
    "replaced": ("diamond", "card"),
    "unknown": ("square", "?"),
    "forged": ("octagon", "cross"),
    "mistyped": ("keycap", "A?"),  # one character in question
    "other_event": ("hexagon", "≠"),
    "cancelled": ("ring", "slash"),
    "not_on_list": ("sheet", "cross"),
    "not_saved": ("octagon", "!"),  # the check-in could not be written to the file
    "ticket_not_valid": ("triangle", "cross"),  # another system's ticket, not valid here
    "attention": ("circle", "!"),  # in, but the ticketing system asks to look at the guest
}


def _polygon(sides: int, r: float, c: QPointF, turn: float = 0.0) -> QPolygonF:
    return QPolygonF(
        [
            QPointF(c.x() + r * math.cos(turn + 2 * math.pi * i / sides),
                    c.y() + r * math.sin(turn + 2 * math.pi * i / sides))
            for i in range(sides)
        ]
    )  # fmt: skip


def _outline(shape: str, box: QRectF) -> QPainterPath:
    path = QPainterPath()
    c, r = box.center(), box.width() / 2
    if shape in ("circle", "ring"):
        path.addEllipse(box)
    elif shape == "triangle":
        path.addPolygon(_polygon(3, r * 1.12, QPointF(c.x(), c.y() + r * 0.18), -math.pi / 2))
    elif shape == "diamond":
        path.addPolygon(_polygon(4, r, c, -math.pi / 2))
    elif shape == "square":
        path.addRect(box.adjusted(r * 0.12, r * 0.12, -r * 0.12, -r * 0.12))
    elif shape == "octagon":
        path.addPolygon(_polygon(8, r, c, math.pi / 8))
    elif shape == "hexagon":
        path.addPolygon(_polygon(6, r, c))
    elif shape == "keycap":
        path.addRoundedRect(box.adjusted(r * 0.05, r * 0.2, -r * 0.05, -r * 0.2), r * 0.3, r * 0.3)
    elif shape == "sheet":
        path.addRect(box.adjusted(r * 0.3, 0, -r * 0.3, 0))
    path.closeSubpath()
    return path


def _mark(painter: QPainter, mark: str, box: QRectF, colour: QColor) -> None:
    c, r = box.center(), box.width() / 2
    pen = QPen(colour, r * 0.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if mark == "tick":
        points = [(-0.45, 0.0), (-0.12, 0.35), (0.5, -0.35)]
        painter.drawPolyline(QPolygonF([QPointF(c.x() + x * r, c.y() + y * r) for x, y in points]))
    elif mark == "cross":
        d = r * 0.38
        painter.drawLine(QPointF(c.x() - d, c.y() - d), QPointF(c.x() + d, c.y() + d))
        painter.drawLine(QPointF(c.x() + d, c.y() - d), QPointF(c.x() - d, c.y() + d))
    elif mark == "slash":
        d = r * 0.62
        painter.drawLine(QPointF(c.x() - d, c.y() + d), QPointF(c.x() + d, c.y() - d))
    elif mark == "card":  # a badge, struck through
        card = QRectF(c.x() - r * 0.42, c.y() - r * 0.3, r * 0.84, r * 0.6)
        painter.setPen(QPen(colour, r * 0.1))
        painter.drawRect(card)
        painter.setPen(pen)
        painter.drawLine(card.bottomLeft(), card.topRight())
    else:  # a character
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(r * 1.1))
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, mark)


def result_icon(kind: str, size: int, colour: str) -> QPixmap:
    """The icon of ``kind`` (see SHAPE): a white outline with its mark in ``colour``."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    outline, mark = SHAPE[kind]
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(size * 0.06, size * 0.06, size * 0.88, size * 0.88)
    white = QColor("#ffffff")
    if outline == "ring":
        painter.setPen(QPen(white, size * 0.1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inner = box.adjusted(size * 0.05, size * 0.05, -size * 0.05, -size * 0.05)
        painter.drawEllipse(inner)
        _mark(painter, mark, inner, white)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(white)
        painter.drawPath(_outline(outline, box))
        _mark(painter, mark, box, QColor(colour))
    painter.end()
    return pixmap
