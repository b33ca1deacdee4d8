"""The design being edited: one immutable Design at a time, every change an undoable step.

The editor never changes a design in place: each edit makes a new Design and pushes it on
the undo stack, so undo and redo are swaps of whole designs and nothing half-changed can
be printed. Which face is shown (front, back, a category's variant) and which element is
selected are kept here too, so the canvas and the property panel agree.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from checkin.badges.designs.assets import Asset
from checkin.badges.designs.model import Design, Element, Face, Variant

FRONT, BACK = "front", "back"


class _Change(QUndoCommand):
    def __init__(self, doc: DesignDocument, before: Design, after: Design, text: str, merge: str):
        super().__init__(text)
        self.doc, self.before, self.after, self.merge = doc, before, after, merge

    def redo(self) -> None:
        self.doc._set(self.after)

    def undo(self) -> None:
        self.doc._set(self.before)

    def id(self) -> int:  # noqa: A003 (Qt's name)
        return 1 if self.merge else -1

    def mergeWith(self, other) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, _Change) or other.merge != self.merge:
            return False
        self.after = other.after  # one step for a run of arrow keys or spin-box clicks
        return True


def face_of(design: Design, variant: int, side: str) -> Face | None:
    if variant < 0:
        return design.front if side == FRONT else design.back
    v = design.variants[variant]
    return v.front if side == FRONT else v.back


def with_face(design: Design, variant: int, side: str, face: Face | None) -> Design:
    if variant < 0:
        return replace(design, **{side: face})
    variants = list(design.variants)
    variants[variant] = replace(variants[variant], **{side: face})
    return replace(design, variants=tuple(variants))


class DesignDocument(QObject):
    changed = Signal()  # the design changed (an edit, undo or redo, another design)
    selected = Signal(int)  # the selected element's index on the shown face, or -1

    def __init__(self, design: Design, images: dict[str, Asset], parent=None):
        super().__init__(parent)
        self.design = design
        self.images = dict(images)
        self.saved = design
        self.variant, self.side = -1, FRONT
        self.selection = -1
        self.undo_stack = QUndoStack(self)

    # -- what is shown ------------------------------------------------------------------------
    @property
    def face(self) -> Face | None:
        """The shown face; None: the standard back (not edited here)."""
        return face_of(self.design, self.variant, self.side)

    @property
    def dirty(self) -> bool:
        return self.design != self.saved

    def element(self, index: int | None = None) -> Element | None:
        index = self.selection if index is None else index
        face = self.face
        if face is None or not 0 <= index < len(face.elements):
            return None
        return face.elements[index]

    def show_face(self, variant: int, side: str) -> None:
        self.variant, self.side = variant, side
        self.select(-1)
        self.changed.emit()

    def select(self, index: int) -> None:
        if index != self.selection:
            self.selection = index
            self.selected.emit(index)

    def load(self, design: Design, images: dict[str, Asset]) -> None:
        """Another design: a fresh undo history."""
        self.design, self.saved, self.images = design, design, dict(images)
        self.undo_stack.clear()
        self.variant, self.side = -1, FRONT
        self.selection = -1
        self.selected.emit(-1)
        self.changed.emit()

    def mark_saved(self, design: Design) -> None:
        self.saved = design
        if design != self.design:
            self._set(design)
        self.changed.emit()

    # -- edits (each one undoable) ----------------------------------------------------------
    def change(self, design: Design, text: str, merge: str = "") -> None:
        if design != self.design:
            self.undo_stack.push(_Change(self, self.design, design, text, merge))

    def _set(self, design: Design) -> None:
        self.design = design
        face = self.face
        count = len(face.elements) if face is not None else 0
        if self.variant >= len(design.variants):
            self.variant = -1
        if self.selection >= count:
            self.select(count - 1)
        self.changed.emit()

    def set_face(self, face: Face | None, text: str, merge: str = "") -> None:
        self.change(with_face(self.design, self.variant, self.side, face), text, merge)

    def replace_element(self, index: int, element: Element, text: str, merge: str = "") -> None:
        elements = list(self.face.elements)
        elements[index] = element
        self.set_face(Face(tuple(elements)), text, merge)

    def add_element(self, element: Element, text: str) -> None:
        face = self.face or Face()
        self.set_face(Face((*face.elements, element)), text)
        self.select(len(self.face.elements) - 1)

    def remove_element(self, index: int, text: str) -> None:
        elements = list(self.face.elements)
        del elements[index]
        self.set_face(Face(tuple(elements)), text)
        self.select(min(index, len(elements) - 1))

    def duplicate_element(self, index: int, text: str) -> None:
        e = self.face.elements[index]
        copy = replace(e, x=e.x + 2, y=e.y + 2, name="" if e.name else e.name)
        self.add_element(copy, text)

    def restack(self, index: int, step: int, text: str) -> None:
        """Move an element up (drawn later) or down the drawing order."""
        elements = list(self.face.elements)
        target = min(max(index + step, 0), len(elements) - 1)
        elements.insert(target, elements.pop(index))
        self.set_face(Face(tuple(elements)), text)
        self.select(target)

    def add_variant(self, categories: tuple[str, ...], text: str) -> None:
        d = self.design
        variant = Variant(categories, d.front, d.back)
        self.change(replace(d, variants=(*d.variants, variant)), text)

    def remove_variant(self, index: int, text: str) -> None:
        variants = list(self.design.variants)
        del variants[index]
        self.variant = -1
        self.change(replace(self.design, variants=tuple(variants)), text)
