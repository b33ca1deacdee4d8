"""The property panel: the selected element's place, and what it shows and how.

Every widget edits one property; each edit becomes a new Element handed to the document
(spin-box runs merge into one undo step). Text elements list their lines (given name,
family name, …), each with its field, font, size range, line limit and colour.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from checkin.badges.designs.model import FIELDS, Element, TextPart
from checkin.ui.designer import texts
from checkin.ui.designer.colour_box import ColourBox


def _spin(low, high, step, decimals=1, suffix="") -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setDecimals(decimals)
    box.setSuffix(suffix)
    box.setKeyboardTracking(False)
    return box


def _combo(names: dict[str, str], name: str) -> QComboBox:
    box = QComboBox(objectName=name)
    for key, text in names.items():
        box.addItem(text, key)
    return box


class PropertyPanel(QScrollArea):
    edited = Signal(int, object, str)  # index, the new Element, merge key
    choose_image = Signal(int)  # the image element whose picture is to be chosen

    def __init__(self, extra_columns: list[str] = (), parent=None):
        super().__init__(parent)
        self.setObjectName("design_properties")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.index, self.element = -1, None
        self.part_index = 0
        self._loading = False
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        self.place = QGroupBox(self.tr("Place (mm)"))
        form = QFormLayout(self.place)
        self.name = QLineEdit(objectName="element_name")
        self.name.setPlaceholderText(self.tr("e.g. logo"))
        self.x, self.y = _spin(-50, 500, 0.5), _spin(-50, 500, 0.5)
        self.w, self.h = _spin(0, 500, 0.5), _spin(0, 500, 0.5)
        for box, key in ((self.x, "x"), (self.y, "y"), (self.w, "w"), (self.h, "h")):
            box.setObjectName(f"element_{key}")
            box.valueChanged.connect(lambda v, k=key: self._set(k, round(v, 3)))
        self.name.editingFinished.connect(lambda: self._set("name", self.name.text().strip()))
        form.addRow(self.tr("Name:"), self.name)
        row = QHBoxLayout()
        row.addWidget(self.x)
        row.addWidget(self.y)
        form.addRow(self.tr("Left, top:"), row)
        row = QHBoxLayout()
        row.addWidget(self.w)
        row.addWidget(self.h)
        form.addRow(self.tr("Width, height:"), row)
        layout.addWidget(self.place)

        # text and programme
        self.text_group = QGroupBox(self.tr("Text"))
        tform = QFormLayout(self.text_group)
        self.parts = QListWidget(objectName="text_lines")
        self.parts.setMaximumHeight(90)
        self.parts.currentRowChanged.connect(self._part_chosen)
        buttons = QHBoxLayout()
        self.add_part = QPushButton(self.tr("Add line"), objectName="add_line")
        self.remove_part = QPushButton(self.tr("Remove line"), objectName="remove_line")
        self.add_part.clicked.connect(self._add_part)
        self.remove_part.clicked.connect(self._remove_part)
        buttons.addWidget(self.add_part)
        buttons.addWidget(self.remove_part)
        fields = dict(texts.field_names())
        fields.update({f"extra:{c}": texts.field_name(f"extra:{c}") for c in extra_columns})
        self.field = _combo({k: fields[k] for k in (*FIELDS, *list(fields)[len(FIELDS):])},
                            "part_field")  # fmt: skip
        self.fixed = {lang: QLineEdit(objectName=f"fixed_{lang}") for lang in ("de", "ru", "en")}
        self.font = _combo(texts.font_names(), "part_font")
        self.bold = QCheckBox(self.tr("Bold"), objectName="part_bold")
        self.max_size = _spin(4, 200, 1, 1, " pt")
        self.max_size.setObjectName("part_max_size")
        self.min_size = _spin(4, 200, 0.5, 1, " pt")
        self.min_size.setObjectName("part_min_size")
        self.max_lines = QSpinBox(objectName="part_max_lines")
        self.max_lines.setRange(1, 6)
        self.weight = _spin(0.1, 10, 0.1)
        self.colour = ColourBox(self.tr("Category colour"), objectName="part_colour")
        self.uppercase = QCheckBox(self.tr("Capitals"), objectName="part_uppercase")
        self.shorten = QCheckBox(self.tr("Abbreviate legal forms first"),
                                 objectName="part_shorten")  # fmt: skip
        self.even = QCheckBox(self.tr("Same size on a whole sheet"), objectName="part_even")
        self.align = _combo(texts.align_names(), "text_align")
        self.valign = _combo(texts.valign_names(), "text_valign")
        self.grow = QCheckBox(self.tr("Type grows with larger badges"), objectName="text_grow")
        tform.addRow(self.parts)
        tform.addRow(buttons)
        tform.addRow(self.tr("Shows:"), self.field)
        for lang, edit in self.fixed.items():
            tform.addRow(self.tr("Text (%1):").replace("%1", lang), edit)
            edit.editingFinished.connect(self._fixed_edited)
        size_row = QHBoxLayout()
        size_row.addWidget(self.max_size)
        size_row.addWidget(self.min_size)
        tform.addRow(self.tr("Font:"), self.font)
        tform.addRow("", self.bold)
        tform.addRow(self.tr("Size, smallest:"), size_row)
        tform.addRow(self.tr("Lines at most:"), self.max_lines)
        tform.addRow(self.tr("Share of the height:"), self.weight)
        tform.addRow(self.tr("Colour:"), self.colour)
        for box in (self.uppercase, self.shorten, self.even):
            tform.addRow("", box)
        tform.addRow(self.tr("Alignment:"), self.align)
        tform.addRow(self.tr("Vertical:"), self.valign)
        tform.addRow("", self.grow)
        layout.addWidget(self.text_group)
        self.field.currentIndexChanged.connect(
            lambda: self._part("field", self.field.currentData())
        )
        self.font.currentIndexChanged.connect(lambda: self._part("font", self.font.currentData()))
        self.bold.toggled.connect(lambda v: self._part("bold", v))
        self.max_size.valueChanged.connect(lambda v: self._part("max_size", v))
        self.min_size.valueChanged.connect(lambda v: self._part("min_size", v))
        self.max_lines.valueChanged.connect(lambda v: self._part("max_lines", v))
        self.weight.valueChanged.connect(lambda v: self._part("weight", round(v, 2)))
        self.colour.changed.connect(lambda v: self._part("colour", v or "#111111"))
        self.uppercase.toggled.connect(lambda v: self._part("uppercase", v))
        self.shorten.toggled.connect(lambda v: self._part("shorten", v))
        self.even.toggled.connect(lambda v: self._part("even", v))
        self.align.currentIndexChanged.connect(lambda: self._set("align", self.align.currentData()))
        self.valign.currentIndexChanged.connect(
            lambda: self._set("valign", self.valign.currentData())
        )
        self.grow.toggled.connect(lambda v: self._set("grow", v))

        # images, shapes, QR code
        self.look_group = QGroupBox(self.tr("Look"))
        lform = QFormLayout(self.look_group)
        self.pick = QPushButton(self.tr("Choose image…"), objectName="choose_image")
        self.pick.clicked.connect(lambda: self.choose_image.emit(self.index))
        self.fit = _combo(texts.fit_names(), "image_fit")
        self.fit.currentIndexChanged.connect(lambda: self._set("fit", self.fit.currentData()))
        self.page = QSpinBox(objectName="pdf_page")
        self.page.setRange(1, 999)
        self.page.valueChanged.connect(lambda v: self._set("page", v - 1))
        self.shape = _combo(texts.shape_names(), "shape_kind")
        self.shape.currentIndexChanged.connect(lambda: self._set("shape", self.shape.currentData()))
        self.fill = ColourBox(self.tr("Category colour"), allow_none=True, objectName="fill")
        self.fill.changed.connect(lambda v: self._set("fill", v))
        self.stroke = ColourBox(self.tr("Category colour"), allow_none=True, objectName="stroke")
        self.stroke.changed.connect(lambda v: self._set("stroke", v))
        self.stroke_width = _spin(0, 10, 0.1, 2, " mm")
        self.stroke_width.valueChanged.connect(lambda v: self._set("stroke_width", v))
        self.backing = QCheckBox(self.tr("White square behind the code (on artwork)"),
                                 objectName="qr_backing")  # fmt: skip
        self.backing.toggled.connect(lambda v: self._set("fill", "#ffffff" if v else ""))
        self.rows = {
            "pick": (self.tr("Picture:"), self.pick),
            "fit": (self.tr("Fit:"), self.fit),
            "page": (self.tr("PDF page:"), self.page),
            "shape": (self.tr("Shape:"), self.shape),
            "fill": (self.tr("Fill:"), self.fill),
            "stroke": (self.tr("Outline:"), self.stroke),
            "stroke_width": (self.tr("Outline width:"), self.stroke_width),
            "backing": ("", self.backing),
        }
        for label, widget in self.rows.values():
            lform.addRow(label, widget)
        layout.addWidget(self.look_group)
        layout.addStretch(1)
        self.show_element(-1, None)

    # -- showing ------------------------------------------------------------------------------
    def show_element(self, index: int, element: Element | None) -> None:
        self._loading = True
        try:
            self.index, self.element = index, element
            self.place.setEnabled(element is not None)
            is_text = element is not None and element.kind in ("text", "programme")
            self.text_group.setVisible(is_text)
            self.look_group.setVisible(element is not None and not is_text)
            if element is None:
                return
            self.name.setText(element.name)
            for box, v in ((self.x, element.x), (self.y, element.y),
                           (self.w, element.w), (self.h, element.h)):  # fmt: skip
                box.setValue(v)
            if is_text:
                self._show_text(element)
            else:
                self._show_look(element)
        finally:
            self._loading = False

    def _show_text(self, e: Element) -> None:
        self.parts.clear()
        for p in e.parts:
            self.parts.addItem(texts.field_name(p.field))
        self.part_index = min(self.part_index, len(e.parts) - 1)
        self.parts.setCurrentRow(self.part_index)
        self.remove_part.setEnabled(len(e.parts) > 1)
        self.add_part.setEnabled(e.kind == "text")
        self.align.setCurrentIndex(self.align.findData(e.align))
        self.valign.setCurrentIndex(self.valign.findData(e.valign))
        self.grow.setChecked(e.grow)
        self._show_part(e.parts[self.part_index])

    def _show_part(self, p: TextPart) -> None:
        was, self._loading = self._loading, True
        self.field.setCurrentIndex(max(self.field.findData(p.field), 0))
        for lang, edit in self.fixed.items():
            edit.setText(p.text.get(lang, p.text.get("", "")))
            edit.setEnabled(p.field == "fixed")
        self.font.setCurrentIndex(self.font.findData(p.font))
        self.bold.setChecked(p.bold)
        self.max_size.setValue(p.max_size)
        self.min_size.setValue(p.min_size)
        self.max_lines.setValue(p.max_lines)
        self.weight.setValue(p.weight)
        self.colour.set_value(p.colour)
        self.uppercase.setChecked(p.uppercase)
        self.shorten.setChecked(p.shorten)
        self.even.setChecked(p.even)
        self._loading = was

    def _show_look(self, e: Element) -> None:
        shown = {
            "image": ("pick", "fit"),
            "background": ("pick", "fit", "page"),
            "shape": ("shape", "fill", "stroke", "stroke_width"),
            "qr": ("backing",),
        }[e.kind]
        form = self.look_group.layout()
        for key, (_label, widget) in self.rows.items():
            form.setRowVisible(widget, key in shown)
        self.fit.setCurrentIndex(self.fit.findData(e.fit))
        self.page.setValue(e.page + 1)
        self.shape.setCurrentIndex(self.shape.findData(e.shape))
        self.fill.set_value(e.fill)
        self.stroke.set_value(e.stroke)
        self.stroke_width.setValue(e.stroke_width)
        self.backing.setChecked(bool(e.fill))

    # -- editing ------------------------------------------------------------------------------
    def _emit(self, element: Element, merge: str) -> None:
        if self._loading or self.element is None or element == self.element:
            return
        self.element = element
        self.edited.emit(self.index, element, merge)

    def _set(self, key: str, value) -> None:
        if self.element is not None:
            self._emit(replace(self.element, **{key: value}), f"{self.index}.{key}")

    def _part(self, key: str, value) -> None:
        e = self.element
        if e is None or not e.parts or self._loading:
            return
        parts = list(e.parts)
        parts[self.part_index] = replace(parts[self.part_index], **{key: value})
        if key == "field":
            self.parts.item(self.part_index).setText(texts.field_name(value))
            for edit in self.fixed.values():
                edit.setEnabled(value == "fixed")
        self._emit(replace(e, parts=tuple(parts)), f"{self.index}.{self.part_index}.{key}")

    def _fixed_edited(self) -> None:
        values = {lang: edit.text() for lang, edit in self.fixed.items() if edit.text()}
        self._part("text", values)

    def _part_chosen(self, row: int) -> None:
        if self._loading or self.element is None or row < 0:
            return
        self.part_index = row
        self._show_part(self.element.parts[row])

    def _add_part(self) -> None:
        e = self.element
        if e is not None:
            self.part_index = len(e.parts)
            self._emit(replace(e, parts=(*e.parts, TextPart(field="fixed"))), "")
            self.show_element(self.index, self.element)

    def _remove_part(self) -> None:
        e = self.element
        if e is not None and len(e.parts) > 1:
            parts = list(e.parts)
            del parts[self.part_index]
            self.part_index = max(self.part_index - 1, 0)
            self._emit(replace(e, parts=tuple(parts)), "")
            self.show_element(self.index, self.element)
