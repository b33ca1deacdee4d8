"""The floor plan: tables drawn at their positions, with their fill; shows a guest the way.

Tables carry optional ``x``/``y`` (any unit: metres, centimetres, grid cells); the plan
scales them so neighbouring tables do not overlap. Tables without a position are lined up
below the others. ``highlight(number)`` lights one table up, dims the rest and draws the way
from the entrance, for the guest-facing display. In edit mode tables can be dragged; the
new position is saved with ``tables.update_table``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

from checkin import labels
from checkin import tables as tables_core
from checkin.models import Table

GUEST_MIME = "application/x-checkin-guest-ids"  # as dragged from the seating lists
DIAMETER = 150.0
SPACING = 240.0  # distance between neighbouring table centres on screen
FREE, FULL, OVER = QColor("#e3f2e6"), QColor("#fff3cd"), QColor("#ffcdd2")
HIGHLIGHT = QColor("#ffb300")


def _fill_colour(table: Table, seated: int) -> QColor:
    if table.capacity is None or seated < table.capacity:
        return FREE
    return FULL if seated == table.capacity else OVER


class TableItem(QGraphicsEllipseItem):
    """A round table: number, theme and fill, centred on its position."""

    def __init__(self, table: Table, seated: int, on_moved: Callable | None = None):
        r = DIAMETER / 2
        super().__init__(-r, -r, DIAMETER, DIAMETER)
        self.table = table
        self.seated = seated
        self._on_moved = on_moved
        self.setBrush(QBrush(_fill_colour(table, seated)))
        over = table.capacity is not None and seated > table.capacity
        self.setPen(QPen(QColor("#c62828") if over else QColor("#37474f"), 4 if over else 2))
        self.number = self._text(str(table.number), 40, bold=True)
        self.theme = self._text(self._short(table.theme or table.name or ""), 13)
        cap = "–" if table.capacity is None else str(table.capacity)
        self.fill = self._text(f"{seated}/{cap}", 14, colour="#c62828" if over else "#37474f")
        self._layout()
        self.setToolTip(f"{table.label}\n{table.host or ''}".strip())
        if on_moved is not None:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
            self.setCursor(Qt.CursorShape.OpenHandCursor)

    @staticmethod
    def _short(text: str, limit: int = 18) -> str:
        return text if len(text) <= limit else text[: limit - 1] + "…"

    def _text(self, text: str, size: int, bold: bool = False, colour: str = "#102027"):
        item = QGraphicsSimpleTextItem(text, self)
        font = QFont()
        font.setPixelSize(size)
        font.setBold(bold)
        item.setFont(font)
        item.setBrush(QBrush(QColor(colour)))
        return item

    def _layout(self) -> None:
        def centre(item, y):
            rect = item.boundingRect()
            item.setPos(-rect.width() / 2, y - rect.height() / 2)

        centre(self.number, -18)
        centre(self.theme, 22)
        centre(self.fill, 46)

    def set_highlighted(self, on: bool | None) -> None:
        """True: lit up; False: dimmed; None: normal."""
        self.setOpacity(0.3 if on is False else 1.0)
        if on:
            self.setBrush(QBrush(HIGHLIGHT))
            self.setPen(QPen(QColor("#e65100"), 6))
        else:
            self.setBrush(QBrush(_fill_colour(self.table, self.seated)))
            over = self.table.capacity is not None and self.seated > self.table.capacity
            self.setPen(QPen(QColor("#c62828") if over else QColor("#37474f"), 4 if over else 2))

    def mouseReleaseEvent(self, ev) -> None:  # noqa: N802
        super().mouseReleaseEvent(ev)
        if self._on_moved is not None:
            self._on_moved(self)


class FloorPlanView(QGraphicsView):
    table_moved = Signal(int)  # table id, after its new position was saved
    guests_dropped = Signal(list, int)  # guest ids dragged from a list onto a table (id)

    def __init__(self, core_event, parent=None, *, editable: bool = False, dark: bool = False):
        super().__init__(parent)
        self._core = core_event
        self.editable = editable
        self.setObjectName("floor_plan")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(QBrush(QColor("#0d2b45" if dark else "#fafafa")))
        self._dark = dark
        self.items_by_number: dict[int, TableItem] = {}
        self.highlighted: int | None = None
        self._way: list[QGraphicsItem] = []
        self._scale = 1.0
        self.setAcceptDrops(True)
        self.reload()

    # -- building -------------------------------------------------------------------------------
    def reload(self) -> None:
        scene = self.scene()
        scene.clear()
        self._way = []
        self.items_by_number = {}
        all_tables = tables_core.list_tables(self._core)
        counts = tables_core.seated_counts(self._core)
        placed = [t for t in all_tables if t.x is not None and t.y is not None]
        self._scale = self._scale_for(placed)
        positions = {t.id: QPointF(t.x * self._scale, t.y * self._scale) for t in placed}
        # tables without a position: a row below the plan (or a grid if none has one)
        loose = [t for t in all_tables if t.id not in positions]
        top = max((p.y() for p in positions.values()), default=-SPACING) + SPACING
        left = min((p.x() for p in positions.values()), default=0.0)
        per_row = max(1, math.ceil(math.sqrt(len(loose)))) if not placed else 6
        for i, t in enumerate(loose):
            positions[t.id] = QPointF(
                left + (i % per_row) * SPACING, top + (i // per_row) * SPACING
            )
        mover = self._moved if self.editable else None
        for t in all_tables:
            item = TableItem(t, counts.get(t.id, 0), mover)
            item.setPos(positions[t.id])
            scene.addItem(item)
            self.items_by_number[t.number] = item
        bounds = scene.itemsBoundingRect().adjusted(-60, -60, 60, 140)
        scene.setSceneRect(bounds)
        if self.highlighted is not None:
            self.highlight(self.highlighted)
        self._fit()

    @staticmethod
    def _scale_for(placed: list[Table]) -> float:
        best = math.inf
        for i, a in enumerate(placed):
            for b in placed[i + 1 :]:
                best = min(best, math.hypot(a.x - b.x, a.y - b.y))
        if best == math.inf or best == 0:
            return 1.0 if best == math.inf else SPACING
        return SPACING / best

    def _moved(self, item: TableItem) -> None:
        pos = item.pos()
        x, y = round(pos.x() / self._scale, 2), round(pos.y() / self._scale, 2)
        tables_core.update_table(self._core, item.table.id, x=x, y=y)
        self.table_moved.emit(item.table.id)

    # -- showing the way ------------------------------------------------------------------------
    def entrance(self) -> QPointF:
        rect = self.scene().sceneRect()
        return QPointF(rect.center().x(), rect.bottom() - 70)

    def highlight(self, number: int | None) -> bool:
        """Light up table ``number`` and draw the way from the entrance; None clears."""
        for item in self._way:
            self.scene().removeItem(item)
        self._way = []
        target = self.items_by_number.get(number) if number is not None else None
        self.highlighted = number if target else None
        for n, item in self.items_by_number.items():
            item.set_highlighted(None if target is None else n == number)
        if target is None:
            return False
        start, end = self.entrance(), target.pos()
        direction = end - start
        length = math.hypot(direction.x(), direction.y()) or 1.0
        unit = QPointF(direction.x() / length, direction.y() / length)
        tip = end - unit * (DIAMETER / 2 + 8)
        path = QPainterPath(start)
        path.lineTo(tip)
        pen = QPen(HIGHLIGHT, 8, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap)
        line = QGraphicsPathItem(path)
        line.setPen(pen)
        normal = QPointF(-unit.y(), unit.x())
        head = QPolygonF([tip, tip - unit * 34 + normal * 20, tip - unit * 34 - normal * 20])
        arrow = QGraphicsPolygonItem(head)
        arrow.setBrush(QBrush(HIGHLIGHT))
        arrow.setPen(QPen(Qt.PenStyle.NoPen))
        door = QGraphicsSimpleTextItem(self._entrance_text())
        font = QFont()
        font.setPixelSize(22)
        font.setBold(True)
        door.setFont(font)
        door.setBrush(QBrush(QColor("white" if self._dark else "#37474f")))
        rect = door.boundingRect()
        door.setPos(start.x() - rect.width() / 2, start.y() + 4)
        for item in (line, arrow, door):
            item.setZValue(-1 if item is line else 2)
            self.scene().addItem(item)
            self._way.append(item)
        return True

    def _entrance_text(self) -> str:
        """The staff's word on their plan; on the guests' plan, the event's languages."""
        if not self._dark:
            return self.tr("Entrance")
        langs = [lang for lang in self._core.info.languages if lang in labels.LANGUAGES]
        words = dict.fromkeys(labels.text("display.entrance", lang) for lang in langs or ["en"])
        return " · ".join(words)

    # -- guests dropped on a table --------------------------------------------------------------
    def table_at(self, pos) -> TableItem | None:
        for item in self.items(pos):
            while item is not None and not isinstance(item, TableItem):
                item = item.parentItem()
            if item is not None:
                return item
        return None

    def _guest_ids(self, mime) -> list[int]:
        if not mime.hasFormat(GUEST_MIME):
            return []
        return [int(i) for i in json.loads(bytes(mime.data(GUEST_MIME)).decode() or "[]")]

    def dragEnterEvent(self, ev) -> None:  # noqa: N802
        if self._guest_ids(ev.mimeData()):
            ev.acceptProposedAction()
        else:
            super().dragEnterEvent(ev)

    def dragMoveEvent(self, ev) -> None:  # noqa: N802
        if self._guest_ids(ev.mimeData()) and self.table_at(ev.position().toPoint()):
            ev.acceptProposedAction()
        else:
            ev.ignore()

    def dropEvent(self, ev) -> None:  # noqa: N802
        ids = self._guest_ids(ev.mimeData())
        item = self.table_at(ev.position().toPoint())
        if ids and item is not None:
            ev.acceptProposedAction()
            self.guests_dropped.emit(ids, item.table.id)
        else:
            ev.ignore()

    # -- sizing ---------------------------------------------------------------------------------
    def _fit(self) -> None:
        rect: QRectF = self.scene().sceneRect()
        if not rect.isEmpty():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, ev) -> None:  # noqa: N802
        super().resizeEvent(ev)
        self._fit()

    def showEvent(self, ev) -> None:  # noqa: N802
        super().showEvent(ev)
        self._fit()
