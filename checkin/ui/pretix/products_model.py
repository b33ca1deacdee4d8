"""The products pulled from pretix and the guest category each gives; the category is editable."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from checkin import categories
from checkin.errors import CheckinError
from checkin.pretix import products
from checkin.ui.language import category_name, error_text

NAME, CATEGORY = 0, 1
_ROOT = QModelIndex()


class ProductsModel(QAbstractTableModel):
    changed = Signal(int)  # guests whose category changed with their product
    failed = Signal(str)

    def __init__(self, event, parent=None):
        super().__init__(parent)
        self.checkin_event = event
        self.rows: list[products.Product] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = sorted(products.load(self.checkin_event).values(), key=lambda p: p.id)
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("pretix product"), self.tr("Guest category"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        product = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == NAME:
                return product.name(self.checkin_event.info.languages)
            text = category_name(product.category)
            return text + (" " + self.tr("(guessed)") if product.guessed else "")
        if role == Qt.ItemDataRole.EditRole and index.column() == CATEGORY:
            return product.category
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == CATEGORY else base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != CATEGORY or not str(value).strip():
            return False
        product = self.rows[index.row()]
        try:
            changed = products.set_category(self.checkin_event, product.id, str(value))
        except CheckinError as exc:
            self.failed.emit(error_text(exc))
            return False
        self.rows = sorted(products.load(self.checkin_event).values(), key=lambda p: p.id)
        self.dataChanged.emit(index.siblingAtColumn(NAME), index)
        self.changed.emit(len(changed))
        return True


class CategoryDelegate(QStyledItemDelegate):
    """A combo box of the categories in the staff's language; other names may be typed."""

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        combo.setEditable(True)
        for key in categories.CATEGORIES:
            combo.addItem(category_name(key), key)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        key = index.data(Qt.ItemDataRole.EditRole)
        found = editor.findData(key)
        if found >= 0:
            editor.setCurrentIndex(found)
        else:
            editor.setEditText(key or "")

    def setModelData(self, editor, model, index):  # noqa: N802
        found = editor.findText(editor.currentText())
        value = editor.itemData(found) if found >= 0 else editor.currentText()
        model.setData(index, value)
