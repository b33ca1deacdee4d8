"""Badges ▸ Design badges…: the visual editor of the event's badge designs.

The badge at real proportions with the live preview of a real guest (the longest names
first, a Cyrillic one among them), the property panel, undo/redo, and the guest-list check
below. Saving stores the design in the event file, from where it travels to other desks.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from checkin.badges import preferred_layout, select_guests
from checkin.badges.designs import assets, check, package, prepare, preview, store
from checkin.badges.designs.default import default_design
from checkin.badges.designs.model import Element
from checkin.errors import CheckinError
from checkin.ui.designer import elements
from checkin.ui.designer.canvas import BadgeCanvas
from checkin.ui.designer.check_panel import CheckPanel
from checkin.ui.designer.document import BACK, FRONT, DesignDocument
from checkin.ui.designer.properties import PropertyPanel
from checkin.ui.language import category_name, error_text

PIXELS_PER_MM = 8


class DesignerWindow(QMainWindow):
    # Swappable in tests: questions and file dialogs.
    @staticmethod
    def ask_name(parent, title: str, label: str, start: str = "") -> str:
        text, ok = QInputDialog.getText(parent, title, label, text=start)
        return text.strip() if ok else ""

    @staticmethod
    def ask_open(parent, title: str, filters: str) -> str:
        return QFileDialog.getOpenFileName(parent, title, "", filters)[0]

    @staticmethod
    def ask_save(parent, title: str, start: str, filters: str) -> str:
        return QFileDialog.getSaveFileName(parent, title, start, filters)[0]

    def __init__(self, checkin_event, parent=None):
        super().__init__(parent)
        self.setObjectName("BadgeDesigner")
        self.setWindowTitle(self.tr("Badge designs"))
        self.checkin_event = checkin_event
        layout = preferred_layout(checkin_event)
        self.size_mm = (layout.badge_width, layout.badge_height)
        people = select_guests(checkin_event)
        self.guests = preview.preview_order(people)
        self.all_values = prepare.badge_values(checkin_event, people)
        by_id = {v.content.guest_id: v for v in self.all_values}
        self.preview_values = [by_id[g.id] for g in self.guests if g.id in by_id]
        self.preview_index = 0
        self.doc = DesignDocument(default_design(*self.size_mm), {}, self)
        self._build()
        self.doc.changed.connect(self._changed)
        self.doc.selected.connect(self._selected)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(120)
        self._refresh_timer.timeout.connect(self.refresh)
        self.open_design(store.chosen_design(checkin_event))

    # -- building -----------------------------------------------------------------------------
    def _button(self, bar, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.clicked.connect(slot)
        bar.addWidget(button)
        return button

    def _build(self) -> None:
        top = QToolBar(self.tr("Designs"), objectName="designs_bar")
        self.addToolBar(top)
        self.choice = QComboBox(objectName="design_choice")
        self.choice.activated.connect(lambda: self.open_design(self.choice.currentData()))
        top.addWidget(QLabel(self.tr("Design:")))
        top.addWidget(self.choice)
        self._button(top, "design_save", self.tr("&Save"), self.save)
        self._button(top, "design_save_as", self.tr("Save &as…"), self.save_as)
        self._button(top, "design_delete", self.tr("Delete"), self.delete)
        self._button(top, "design_import", self.tr("Import…"), self.import_file)
        self._button(top, "design_export", self.tr("Export…"), self.export_file)
        self.use_button = self._button(top, "design_use", self.tr("Print with this design"),
                                        self.use)  # fmt: skip

        tools = QToolBar(self.tr("Elements"), objectName="elements_bar")
        self.addToolBarBreak()
        self.addToolBar(tools)
        self.face = QComboBox(objectName="design_face")
        self.face.activated.connect(self._face_chosen)
        tools.addWidget(self.face)
        self._button(tools, "add_variant", self.tr("Variant for a category…"), self.add_variant)
        self.own_back = self._button(tools, "own_back", self.tr("Own back side"), self.make_back)
        tools.addSeparator()
        for name, text, kind in (
            ("add_text", self.tr("+ Text"), "text"),
            ("add_image", self.tr("+ Image…"), "image"),
            ("add_qr", self.tr("+ QR code"), "qr"),
            ("add_shape", self.tr("+ Shape"), "shape"),
            ("add_background", self.tr("+ Artwork…"), "background"),
        ):
            self._button(tools, name, text, lambda _=False, k=kind: self.add(k))
        tools.addSeparator()
        self._button(tools, "duplicate", self.tr("Duplicate"), self.duplicate)
        self._button(tools, "remove", self.tr("Remove"), self.remove)
        self._button(tools, "forward", self.tr("Forward"), lambda: self.restack(1))
        self._button(tools, "backward", self.tr("Backward"), lambda: self.restack(-1))
        undo = self.doc.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setObjectName("design_undo")
        redo = self.doc.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        redo.setObjectName("design_redo")
        top.addSeparator()
        top.addAction(undo)
        top.addAction(redo)
        self.undo_action, self.redo_action = undo, redo

        self.canvas = BadgeCanvas()
        self.canvas.element_changed.connect(self._element_edited)
        self.canvas.item_selected.connect(self.doc.select)
        columns = elements.extra_columns(self.all_values)
        self.properties = PropertyPanel(columns)
        self.properties.edited.connect(self._element_edited)
        self.properties.choose_image.connect(self.choose_image)
        self.properties.setMinimumWidth(460)
        nav = QHBoxLayout()
        self.previous = QPushButton("◀", objectName="preview_previous")
        self.next = QPushButton("▶", objectName="preview_next")
        self.previous.clicked.connect(lambda: self.step_preview(-1))
        self.next.clicked.connect(lambda: self.step_preview(1))
        self.guest_label = QLabel(objectName="preview_guest")
        nav.addWidget(QLabel(self.tr("Preview:")))
        nav.addWidget(self.previous)
        nav.addWidget(self.guest_label, 1)
        nav.addWidget(self.next)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.canvas, 1)
        left_layout.addLayout(nav)
        self.check = CheckPanel()
        self.check.setMaximumHeight(150)
        left_layout.addWidget(self.check)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.properties)
        split.setStretchFactor(0, 1)
        split.setSizes([860, 500])
        self.setCentralWidget(split)

    # -- designs ------------------------------------------------------------------------------
    def _fill_choice(self, current: str) -> None:
        self.choice.clear()
        self.choice.addItem(self.tr("Standard (built in)"), store.STANDARD)
        chosen = store.chosen_design(self.checkin_event)
        for name in store.list_designs(self.checkin_event):
            self.choice.addItem(name + (" ✓" if name == chosen else ""), name)
        self.choice.setCurrentIndex(max(self.choice.findData(current), 0))

    def open_design(self, name: str) -> None:
        if self.doc.dirty and not self._may_drop():
            self.choice.setCurrentIndex(max(self.choice.findData(self.doc.design.name), 0))
            return
        if name == store.STANDARD:
            design, images = default_design(*self.size_mm), {}
        else:
            design = store.get_design(self.checkin_event, name)
            images = store.assets_of(self.checkin_event, design)
        self.size_mm = (design.width, design.height)
        self.canvas.set_badge(*self.size_mm)
        self.doc.load(design, images)
        self._fill_choice(name)

    def warn(self, text: str) -> None:  # swappable in tests
        QMessageBox.warning(self, self.windowTitle(), text)

    @staticmethod
    def confirm(parent, text: str) -> bool:
        answer = QMessageBox.question(parent, parent.windowTitle(), text)
        return answer == QMessageBox.StandardButton.Yes

    def _may_drop(self) -> bool:
        return self.confirm(
            self, self.tr("Discard the changes to %1?").replace("%1", self.doc.design.name)
        )

    def _store(self, design) -> bool:
        used = {sha: a for sha, a in self.doc.images.items() if sha in design.assets()}
        try:
            store.save_design(self.checkin_event, design, used.values())
        except CheckinError as exc:
            self.warn(error_text(exc))
            return False
        self.doc.mark_saved(design)
        self._fill_choice(design.name)
        return True

    def save(self) -> bool:
        if self.doc.design.name == store.STANDARD:
            return self.save_as()
        return self._store(self.doc.design)

    def save_as(self) -> bool:
        name = self.ask_name(self, self.tr("Save design as"), self.tr("Name of the design:"),
                             "" if self.doc.design.name == store.STANDARD
                             else self.doc.design.name)  # fmt: skip
        if not name:
            return False
        return self._store(replace(self.doc.design, name=name))

    def delete(self) -> None:
        name = self.doc.design.name
        if name == store.STANDARD or name not in store.list_designs(self.checkin_event):
            return
        store.delete_design(self.checkin_event, name)
        self.doc.saved = self.doc.design  # nothing left to save
        self.open_design(store.STANDARD)

    def use(self) -> None:
        if self.doc.dirty and not self.save():
            return
        design = self.doc.design
        try:  # a design whose QR code would not scan is never the one badges print with
            check.refuse_unprintable(design, design.width, design.height)
        except CheckinError as exc:
            self.warn(error_text(exc))
            return
        store.choose_design(self.checkin_event, design.name)
        self._fill_choice(self.doc.design.name)

    def import_file(self) -> None:
        path = self.ask_open(self, self.tr("Import a badge design"),
                             self.tr("Badge designs (*.checkin-design)"))  # fmt: skip
        if not path:
            return
        try:
            design = package.import_design(self.checkin_event, path)
        except CheckinError as exc:
            self.warn(error_text(exc))
            return
        self.doc.saved = self.doc.design
        self.open_design(design.name)

    def export_file(self) -> None:
        design = self.doc.design
        start = str(self.checkin_event.path.with_name(design.name + package.SUFFIX))
        path = self.ask_save(self, self.tr("Export the badge design"), start,
                             self.tr("Badge designs (*.checkin-design)"))  # fmt: skip
        if not path:
            return
        used = {sha: a for sha, a in self.doc.images.items() if sha in design.assets()}
        try:
            Path(path).write_bytes(package.pack(design, used))
        except (CheckinError, OSError) as exc:
            self.warn(error_text(exc))

    # -- faces and elements ---------------------------------------------------------------------
    def _fill_faces(self) -> None:
        self.face.clear()
        self.face.addItem(self.tr("Front"), (-1, FRONT))
        self.face.addItem(self.tr("Back"), (-1, BACK))
        for i, v in enumerate(self.doc.design.variants):
            cats = ", ".join(category_name(c) for c in v.categories)
            self.face.addItem(self.tr("Front – %1").replace("%1", cats), (i, FRONT))
            self.face.addItem(self.tr("Back – %1").replace("%1", cats), (i, BACK))
        index = self.face.findData((self.doc.variant, self.doc.side))
        self.face.setCurrentIndex(max(index, 0))

    def _face_chosen(self) -> None:
        self.doc.show_face(*self.face.currentData())

    def add_variant(self) -> None:
        from checkin.categories import CATEGORIES

        names = {category_name(k): k for k in CATEGORIES}
        chosen, ok = QInputDialog.getItem(self, self.tr("Variant for a category"),
                                          self.tr("Category:"), list(names), 0, False)  # fmt: skip
        if ok and chosen:
            self.doc.add_variant((names[chosen],), self.tr("Add a variant"))
            self.doc.show_face(len(self.doc.design.variants) - 1, FRONT)

    def make_back(self) -> None:
        self.doc.set_face(elements.standard_back(*self.size_mm), self.tr("Own back side"))

    def _new_element(self, kind: str) -> Element | None:
        if kind in ("image", "background"):
            asset = self._pick_image()
            return None if asset is None else elements.image_element(kind, asset, self.size_mm)
        return elements.new_element(kind, self.size_mm)

    def _pick_image(self):
        path = self.ask_open(self, self.tr("Choose an image"),
                             self.tr("Images (*.png *.jpg *.jpeg *.svg *.pdf)"))  # fmt: skip
        if not path:
            return None
        try:
            asset = assets.read(path)
        except CheckinError as exc:
            self.warn(error_text(exc))
            return None
        self.doc.images[asset.sha] = asset
        return asset

    def add(self, kind: str) -> None:
        if self.doc.face is None:
            self.make_back()
        element = self._new_element(kind)
        if element is not None:
            self.doc.add_element(element, self.tr("Add an element"))

    def choose_image(self, index: int) -> None:
        asset = self._pick_image()
        element = self.doc.element(index)
        if asset is not None and element is not None:
            self.doc.replace_element(index, replace(element, asset=asset.sha),
                                     self.tr("Change the picture"))  # fmt: skip

    def duplicate(self) -> None:
        if self.doc.element() is not None:
            self.doc.duplicate_element(self.doc.selection, self.tr("Duplicate"))

    def remove(self) -> None:
        if self.doc.element() is not None:
            self.doc.remove_element(self.doc.selection, self.tr("Remove"))

    def restack(self, step: int) -> None:
        if self.doc.element() is not None:
            self.doc.restack(self.doc.selection, step, self.tr("Change the order"))

    def _element_edited(self, index: int, element: Element, merge: str) -> None:
        if self.doc.element(index) is not None:
            self.doc.replace_element(index, element, self.tr("Change an element"), merge)

    # -- showing ------------------------------------------------------------------------------
    def _changed(self) -> None:
        face = self.doc.face
        self.canvas.set_elements(face.elements if face else (), self.doc.selection)
        self._selected(self.doc.selection)
        self._fill_faces()
        self.own_back.setVisible(face is None)
        self.setWindowTitle(self.tr("Badge designs") + f" – {self.doc.design.name}"
                            + (" *" if self.doc.dirty else ""))  # fmt: skip
        self._refresh_timer.start()
        self.check.schedule(self.check_job())

    def _selected(self, index: int) -> None:
        item = self.canvas.item(index)
        if item is not None and not item.isSelected():
            item.setSelected(True)
        self.properties.show_element(index, self.doc.element(index))

    def check_job(self):
        design, images, values = self.doc.design, dict(self.doc.images), list(self.all_values)
        missing = design.assets() - set(images)
        w, h = self.size_mm
        return lambda: check.check_design(design, values, w, h, missing)

    def step_preview(self, step: int) -> None:
        if self.preview_values:
            self.preview_index = (self.preview_index + step) % len(self.preview_values)
            self.refresh()

    def refresh(self) -> None:
        """Render the shown face for the previewed guest (the real renderer, rasterised)."""
        if not self.preview_values:
            self.guest_label.setText(self.tr("No guests to preview yet."))
            return
        values = self.preview_values[self.preview_index]
        c = values.content
        self.guest_label.setText(" ".join(p for p in (c.given_name, c.family_name) if p))
        self.canvas.set_picture(elements.preview_image(self.doc, values, PIXELS_PER_MM))

    def closeEvent(self, ev) -> None:  # noqa: N802 (Qt's name)
        if self.doc.dirty and not self._may_drop():
            ev.ignore()
            return
        super().closeEvent(ev)
