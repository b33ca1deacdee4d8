"""The badge at real proportions: the printed preview, with a frame per element to drag.

Scene units are millimetres, so positions read straight into the design. An element is
dragged with the mouse (its corner handle resizes it) or moved with the arrow keys
(Ctrl: 5 mm steps; Shift: resize); positions snap to a 0.5 mm grid and to the edges and
centres of the badge and the other elements. A change reaches the design (and its undo
history) when the mouse is released or the key pressed.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
)

from checkin.badges.designs.model import Element

GRID_MM = 0.5
SNAP_MM = 1.0
HANDLE_MM = 2.0
MIN_SIDE_MM = 2.0
MARGIN_MM = 6.0


def snap_value(value: float, targets: list[float], grid: float = GRID_MM) -> float:
    """``value`` on the nearest target within SNAP_MM, else on the grid."""
    near = [t for t in targets if abs(t - value) <= SNAP_MM]
    if near:
        return min(near, key=lambda t: abs(t - value))
    return round(value / grid) * grid


def snap_box(x, y, w, h, xs: list[float], ys: list[float]) -> tuple[float, float]:
    """Snap the box's left, centre or right edge (and top, middle or bottom) to a target."""

    def best(start: float, size: float, targets: list[float]) -> float:
        options = []
        for offset in (0.0, size / 2, size):
            for t in targets:
                if abs(start + offset - t) <= SNAP_MM:
                    options.append((abs(start + offset - t), t - offset))
        return min(options)[1] if options else round(start / GRID_MM) * GRID_MM

    return best(x, w, xs), best(y, h, ys)


class _Handle(QGraphicsRectItem):
    """The corner that resizes its element."""

    def __init__(self, owner: ElementItem):
        super().__init__(-HANDLE_MM / 2, -HANDLE_MM / 2, HANDLE_MM, HANDLE_MM, owner)
        self.owner = owner
        self.setBrush(QBrush(QColor("#1f5fa8")))
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setCursor(Qt.CursorShape.SizeFDiagCursor)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresParentOpacity)
        self._pressed = False

    def mousePressEvent(self, ev) -> None:  # noqa: N802 (Qt's name)
        self._pressed = True
        ev.accept()

    def mouseMoveEvent(self, ev) -> None:  # noqa: N802
        if self._pressed:
            local = self.owner.mapFromScene(ev.scenePos())
            w = max(snap_value(local.x(), []), MIN_SIDE_MM)
            h = max(snap_value(local.y(), []), MIN_SIDE_MM)
            self.owner.set_size(w, h)

    def mouseReleaseEvent(self, ev) -> None:  # noqa: N802
        self._pressed = False
        self.owner.canvas.commit(self.owner)


class ElementItem(QGraphicsRectItem):
    """The frame of one element; its position is the element's top-left corner in mm."""

    def __init__(self, canvas: BadgeCanvas, index: int, element: Element):
        super().__init__(0, 0, max(element.w, 0.1), max(element.h, 0.1))
        self.canvas, self.index, self.element = canvas, index, element
        self.setPos(element.x, element.y)
        flags = QGraphicsItem.GraphicsItemFlag
        self.setFlags(flags.ItemIsMovable | flags.ItemIsSelectable | flags.ItemIsFocusable
                      | flags.ItemSendsGeometryChanges)  # fmt: skip
        self.setBrush(QBrush(Qt.GlobalColor.transparent))
        self.handle = _Handle(self)
        self.handle.setPos(element.w, element.h)
        self.handle.setVisible(False)
        self._style(False)
        self.setToolTip(element.name or element.kind)

    def _style(self, selected: bool) -> None:
        colour = QColor("#1f5fa8" if selected else "#9aa5b1")
        pen = QPen(colour, 0)
        pen.setStyle(Qt.PenStyle.SolidLine if selected else Qt.PenStyle.DashLine)
        self.setPen(pen)

    def set_size(self, w: float, h: float) -> None:
        self.prepareGeometryChange()
        self.setRect(0, 0, w, h)
        self.handle.setPos(w, h)

    def geometry(self) -> tuple[float, float, float, float]:
        r = self.rect()
        return (round(self.pos().x(), 3), round(self.pos().y(), 3),
                round(r.width(), 3), round(r.height(), 3))  # fmt: skip

    def itemChange(self, change, value):  # noqa: N802 (Qt's name)
        kinds = QGraphicsItem.GraphicsItemChange
        if change == kinds.ItemPositionChange and self.scene() is not None:
            xs, ys = self.canvas.snap_targets(self.index)
            r = self.rect()
            x, y = snap_box(value.x(), value.y(), r.width(), r.height(), xs, ys)
            return QPointF(x, y)
        if change == kinds.ItemSelectedHasChanged:
            self._style(bool(value))
            self.handle.setVisible(bool(value))
            if value:
                self.canvas.item_selected.emit(self.index)
        return super().itemChange(change, value)

    def mouseReleaseEvent(self, ev) -> None:  # noqa: N802
        super().mouseReleaseEvent(ev)
        self.canvas.commit(self)


class BadgeCanvas(QGraphicsView):
    item_selected = Signal(int)
    element_changed = Signal(int, object, str)  # index, the new Element, merge key

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("design_canvas")
        self.scene_ = QGraphicsScene(self)
        self.setScene(self.scene_)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(QBrush(QColor("#d9dde2")))
        self.width_mm = self.height_mm = 1.0
        self.paper = QGraphicsRectItem()
        self.paper.setBrush(QBrush(Qt.GlobalColor.white))
        self.paper.setPen(QPen(QColor("#7a8591"), 0))
        self.scene_.addItem(self.paper)
        self.picture = QGraphicsPixmapItem()
        self.picture.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene_.addItem(self.picture)
        self.items_: list[ElementItem] = []
        self.scene_.selectionChanged.connect(self._selection_changed)

    # -- content ------------------------------------------------------------------------------
    def set_badge(self, width_mm: float, height_mm: float) -> None:
        self.width_mm, self.height_mm = width_mm, height_mm
        self.paper.setRect(0, 0, width_mm, height_mm)
        m = MARGIN_MM
        self.scene_.setSceneRect(QRectF(-m, -m, width_mm + 2 * m, height_mm + 2 * m))
        self.fit()

    def set_picture(self, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image)
        self.picture.setPixmap(pixmap)
        if pixmap.width():
            self.picture.setScale(self.width_mm / pixmap.width())

    def set_elements(self, elements: tuple[Element, ...], selected: int) -> None:
        self.scene_.blockSignals(True)
        for item in self.items_:
            self.scene_.removeItem(item)
        self.items_ = [ElementItem(self, i, e) for i, e in enumerate(elements)]
        for i, item in enumerate(self.items_):
            item.setZValue(10 + i)
            self.scene_.addItem(item)
            item.setSelected(i == selected)
        self.scene_.blockSignals(False)

    def item(self, index: int) -> ElementItem | None:
        return self.items_[index] if 0 <= index < len(self.items_) else None

    def snap_targets(self, index: int) -> tuple[list[float], list[float]]:
        xs = [0.0, self.width_mm / 2, self.width_mm]
        ys = [0.0, self.height_mm / 2, self.height_mm]
        for item in self.items_:
            if item.index == index:
                continue
            x, y, w, h = item.element.x, item.element.y, item.element.w, item.element.h
            xs += [x, x + w / 2, x + w]
            ys += [y, y + h / 2, y + h]
        return xs, ys

    def commit(self, item: ElementItem, merge: str = "") -> None:
        x, y, w, h = item.geometry()
        e = item.element
        if (x, y, w, h) != (e.x, e.y, e.w, e.h):
            self.element_changed.emit(item.index, replace(e, x=x, y=y, w=w, h=h), merge)

    def _selection_changed(self) -> None:
        chosen = [i for i in self.items_ if i.isSelected()]
        if not chosen:
            self.item_selected.emit(-1)

    # -- view ---------------------------------------------------------------------------------
    def fit(self) -> None:
        self.fitInView(self.scene_.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, ev) -> None:  # noqa: N802
        super().resizeEvent(ev)
        self.fit()

    def keyPressEvent(self, ev) -> None:  # noqa: N802
        steps = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                 Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}  # fmt: skip
        chosen = [i for i in self.items_ if i.isSelected()]
        if ev.key() not in steps or not chosen:
            super().keyPressEvent(ev)
            return
        dx, dy = steps[ev.key()]
        mods = ev.modifiers()
        step = 5.0 if mods & Qt.KeyboardModifier.ControlModifier else GRID_MM
        item = chosen[0]
        e = item.element
        if mods & Qt.KeyboardModifier.ShiftModifier:
            w, h = max(e.w + dx * step, MIN_SIDE_MM), max(e.h + dy * step, MIN_SIDE_MM)
            new, merge = replace(e, w=w, h=h), f"size{item.index}"
        else:
            new, merge = replace(e, x=e.x + dx * step, y=e.y + dy * step), f"move{item.index}"
        self.element_changed.emit(item.index, new, merge)
        ev.accept()
