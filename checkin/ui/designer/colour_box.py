"""A colour for an element: a fixed colour (picked or typed as #rrggbb), the guest's
category colour, or none."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QColorDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from checkin.badges.designs.model import CATEGORY_COLOUR

_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


class ColourBox(QWidget):
    changed = Signal(str)  # "#rrggbb", "category", or "" (none)

    # Swappable in tests: the colour picker.
    @staticmethod
    def pick(parent, start: str) -> str:
        colour = QColorDialog.getColor(QColor(start or "#111111"), parent)
        return colour.name() if colour.isValid() else ""

    def __init__(self, category_text: str, allow_none: bool = False, objectName: str = ""):  # noqa: N803
        super().__init__()
        self.setObjectName(objectName)
        self.allow_none = allow_none
        self.value = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.swatch = QPushButton(objectName=f"{objectName}_swatch")
        self.swatch.setFixedWidth(32)
        self.swatch.clicked.connect(self._pick)
        self.hex = QLineEdit(objectName=f"{objectName}_hex")
        self.hex.setMaxLength(7)
        self.hex.setFixedWidth(80)
        self.hex.setPlaceholderText(self.tr("none") if allow_none else "#111111")
        self.hex.editingFinished.connect(self._typed)
        self.category = QCheckBox(category_text, objectName=f"{objectName}_category")
        self.category.toggled.connect(self._category)
        layout.addWidget(self.swatch)
        layout.addWidget(self.hex)
        layout.addWidget(self.category, 1)

    def set_value(self, value: str) -> None:
        self.value = value
        is_category = value == CATEGORY_COLOUR
        self.category.blockSignals(True)
        self.category.setChecked(is_category)
        self.category.blockSignals(False)
        self.hex.setEnabled(not is_category)
        self.swatch.setEnabled(not is_category)
        self.hex.setText("" if is_category else value)
        shown = "#9aa5b1" if is_category else (value or "#ffffff")
        self.swatch.setStyleSheet(f"background: {shown}; border: 1px solid #7a8591;")

    def _set(self, value: str) -> None:
        if value != self.value:
            self.set_value(value)
            self.changed.emit(value)
        else:
            self.set_value(value)

    def _pick(self) -> None:
        chosen = self.pick(self, self.value if _HEX.match(self.value) else "")
        if chosen:
            self._set(chosen.lower())

    def _typed(self) -> None:
        text = self.hex.text().strip()
        if not text and self.allow_none:
            self._set("")
        elif _HEX.match(text):
            self._set(text.lower())
        else:  # not a colour: show what it was
            self.set_value(self.value)

    def _category(self, on: bool) -> None:
        self._set(CATEGORY_COLOUR if on else ("" if self.allow_none else "#111111"))
