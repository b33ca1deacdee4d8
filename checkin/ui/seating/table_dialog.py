"""Create and edit tables: one table in TableDialog, all of them in TablesDialog."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
)

from checkin import guests, tables
from checkin.errors import CheckinError
from checkin.models import Table
from checkin.seating import assign
from checkin.seating.table_import import import_tables
from checkin.ui.language import error_text, on_language_change
from checkin.ui.widgets import LocalisedFields


class TableDialog(QDialog):
    """Number, name, theme, capacity, host and floor-plan position of one table."""

    def __init__(self, core_event, table: Table | None = None, parent=None):
        super().__init__(parent)
        self._core = core_event
        self.table = table
        self.setWindowTitle(self.tr("Edit table") if table else self.tr("New table"))
        existing = tables.list_tables(core_event)
        self.number = QSpinBox()
        self.number.setRange(1, 9999)
        self.number.setValue(
            table.number if table else max((t.number for t in existing), default=0) + 1
        )
        self.name = QLineEdit(table.name if table else "")
        self.theme = QComboBox()
        self.theme.setEditable(True)
        fields = {t.theme for t in existing if t.theme}
        fields |= {g.industry for g in guests.list_guests(core_event) if g.industry}
        self.theme.addItems(sorted(fields, key=str.casefold))
        self.theme.setCurrentText(table.theme if table else "")
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 999)
        self.capacity.setSpecialValueText(self.tr("no limit"))
        self.capacity.setValue(table.capacity or 0 if table else 10)
        self.host = QLineEdit(table.host if table else "")
        self.x = self._coordinate(table.x if table else None)
        self.y = self._coordinate(table.y if table else None)
        self.localised = LocalisedFields(
            {"name": self.tr("Name"), "theme": self.tr("Theme")},
            {k: getattr(table, k) for k in tables.LOCALISED} if table else {},
        )
        self.message = QLabel()
        self.message.setStyleSheet("color: #c62828;")
        form = QFormLayout()
        form.addRow(self.tr("&Number:"), self.number)
        form.addRow(self.tr("N&ame:"), self.name)
        form.addRow(self.tr("&Theme (field):"), self.theme)
        form.addRow(self.tr("&Seats:"), self.capacity)
        form.addRow(self.tr("&Host:"), self.host)
        position = QHBoxLayout()
        position.addWidget(self.x)
        position.addWidget(self.y)
        form.addRow(self.tr("Position (x, y):"), position)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.localised)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _coordinate(self, value: float | None) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(-1, 100000)
        box.setDecimals(1)
        box.setSpecialValueText(self.tr("none"))
        box.setValue(-1 if value is None else value)
        return box

    def values(self) -> dict:
        def coordinate(box):
            return None if box.value() < 0 else box.value()

        return {
            "number": self.number.value(),
            "name": self.name.text().strip(),
            "theme": self.theme.currentText().strip(),
            "capacity": self.capacity.value() or None,
            "host": self.host.text().strip(),
            "x": coordinate(self.x),
            "y": coordinate(self.y),
            **self.localised.values(),
        }

    def accept(self) -> None:
        values = self.values()
        try:
            if self.table is None:
                self.table = tables.add_table(self._core, **values)
            else:
                self.table = tables.update_table(self._core, self.table.id, **values)
        except CheckinError as exc:
            self.message.setText(error_text(exc))
            return
        super().accept()


class TablesModel(QAbstractTableModel):
    COLUMNS = ("number", "name", "theme", "capacity", "seated", "host")

    def __init__(self, core_event, parent=None):
        super().__init__(parent)
        self._core = core_event
        self.rows: list[Table] = []
        self.counts: dict[int, int] = {}
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = tables.list_tables(self._core)
        self.counts = tables.seated_counts(self._core)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008, N802
        return len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("No."),
                self.tr("Name"),
                self.tr("Theme"),
                self.tr("Seats"),
                self.tr("Seated"),
                self.tr("Host"),
            )[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        t = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        seated = self.counts.get(t.id, 0)
        over = t.capacity is not None and seated > t.capacity
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "seated":
                return seated
            if column == "capacity":
                return t.capacity if t.capacity is not None else "–"
            return getattr(t, column)
        if role == Qt.ItemDataRole.ForegroundRole and over and column == "seated":
            return Qt.GlobalColor.red
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("number", "capacity", "seated"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class TablesDialog(QDialog):
    """All tables: add, edit, delete, import from a file."""

    changed = Signal()
    open_file = staticmethod(QFileDialog.getOpenFileName)  # swapped in tests
    ask = staticmethod(QMessageBox.question)  # swapped in tests

    def __init__(self, core_event, parent=None):
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self._core = core_event
        self.model = TablesModel(core_event, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.doubleClicked.connect(self.edit_selected)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.model.modelReset.connect(self.view.resizeColumnsToContents)
        self.view.resizeColumnsToContents()
        self.message = QLabel()
        row = QHBoxLayout()
        self.buttons = []
        for slot in (self.add, self.edit_selected, self.delete_selected, self.import_file):
            button = QPushButton()
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(820, 440)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tables"))
        texts = (self.tr("&New table…"), self.tr("&Edit…"), self.tr("&Delete"), self.tr("&Import…"))
        for button, text in zip(self.buttons, texts, strict=True):
            button.setText(text)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)

    def _selected(self) -> Table | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _done(self, text: str) -> None:
        self.model.reload()
        self.message.setText(text)
        self.changed.emit()

    def add(self) -> None:
        dialog = TableDialog(self._core, None, self)
        if dialog.exec():
            self._done(self.tr("Table %1 added.").replace("%1", str(dialog.table.number)))

    def edit_selected(self, *_):
        table = self._selected()
        if table is None:
            return
        dialog = TableDialog(self._core, table, self)
        if dialog.exec():
            self._done(self.tr("Table %1 saved.").replace("%1", str(dialog.table.number)))

    def delete_selected(self) -> None:
        table = self._selected()
        if table is None:
            return
        seated = self.model.counts.get(table.id, 0)
        if seated:
            answer = self.ask(
                self,
                self.tr("Delete table"),
                self.tr("%1 guests sit at table %2. Delete it and leave them without a seat?")
                .replace("%1", str(seated))
                .replace("%2", str(table.number)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            assign.remove_table(self._core, table.id)
        except CheckinError as exc:
            self.message.setText(error_text(exc))
            return
        self._done(self.tr("Table %1 deleted.").replace("%1", str(table.number)))

    def import_file(self) -> None:
        path, _ = self.open_file(
            self,
            self.tr("Import tables"),
            "",
            self.tr("Table lists (*.csv *.tsv *.txt *.xlsx);;All files (*)"),
        )
        if not path:
            return
        try:
            result = import_tables(self._core, path)
        except CheckinError as exc:
            self.message.setText(error_text(exc))
            return
        self._done(
            self.tr("%1 tables added, %2 updated.")
            .replace("%1", str(len(result.added)))
            .replace("%2", str(len(result.updated)))
        )
