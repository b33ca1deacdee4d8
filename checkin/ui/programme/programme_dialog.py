"""Programme items: all of them in ProgrammeDialog (add, edit, import), one in
ProgrammeItemDialog (name, place, start, end, open to all, names per language)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QDateTime, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from checkin import programme
from checkin.errors import CheckinError
from checkin.models import ProgrammeItem
from checkin.programme_import import import_items
from checkin.ui.language import error_text, locale_format
from checkin.ui.widgets import LocalisedFields

_ISO = "yyyy-MM-ddTHH:mm"
_NONE = QDateTime.fromString("2000-01-01T00:00", _ISO)  # shown as "none"


class ProgrammeItemDialog(QDialog):
    """One programme item; Save writes it (new or changed), errors stay in the dialog."""

    def __init__(self, core_event, item: ProgrammeItem | None = None, parent=None):
        super().__init__(parent)
        self._core = core_event
        self.item = item
        self.setObjectName("ProgrammeItemDialog")
        self.setWindowTitle(
            self.tr("Edit programme item") if item else self.tr("New programme item")
        )
        self.name = QLineEdit(item.name if item else "", objectName="item_name")
        self.place = QLineEdit(item.place if item else "", objectName="item_place")
        self._given: dict[str, tuple] = {}
        self.starts = self._moment(item.starts if item else "", "item_starts")
        self.ends = self._moment(item.ends if item else "", "item_ends")
        self.all_guests = QCheckBox(self.tr("Open to &all guests (else: registered guests only)"))
        self.all_guests.setChecked(item.all_guests if item else True)
        self.localised = LocalisedFields(
            {"name": self.tr("Name"), "place": self.tr("Place")},
            {k: getattr(item, k) for k in programme.TEXT_FIELDS if "_" in k} if item else {},
        )
        self.message = QLabel(objectName="item_message")
        self.message.setStyleSheet("color: #c62828;")
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("&Starts:"), self.starts)
        form.addRow(self.tr("&Ends:"), self.ends)
        form.addRow(self.all_guests)
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
        self.setMinimumWidth(520)
        self.name.setFocus()

    def _moment(self, text: str, name: str) -> QDateTimeEdit:
        box = QDateTimeEdit(objectName=name)
        box.setCalendarPopup(True)
        box.setMinimumDateTime(_NONE)
        box.setSpecialValueText(self.tr("none"))
        value = QDateTime.fromString(text[:16], _ISO) if len(text) >= 16 else QDateTime()
        if not value.isValid() and len(text) >= 10:  # a day only ("2027-04-19")
            value = QDateTime.fromString(text[:10] + "T00:00", _ISO)
        box.setDateTime(value if value.isValid() else _NONE)
        self._given[name] = (box.dateTime(), text)  # unchanged: keep the text as it was
        return box

    def _text(self, box: QDateTimeEdit) -> str:
        shown, given = self._given[box.objectName()]
        if box.dateTime() == shown:
            return given
        return "" if box.dateTime() == _NONE else box.dateTime().toString(_ISO)

    def values(self) -> dict:
        return {
            "name": self.name.text().strip(),
            "place": self.place.text().strip(),
            "starts": self._text(self.starts),
            "ends": self._text(self.ends),
            "all_guests": self.all_guests.isChecked(),
            **self.localised.values(),
        }

    def accept(self) -> None:
        values = self.values()
        try:
            if self.item is None:
                name = values.pop("name")
                self.item = programme.add_item(self._core, name, values.pop("starts"),
                                               values.pop("ends"), **values)  # fmt: skip
            else:
                self.item = programme.update_item(self._core, self.item.id, **values)
        except CheckinError as exc:
            self.message.setText(error_text(exc))
            return
        super().accept()


class ProgrammeModel(QAbstractTableModel):
    COLUMNS = ("name", "starts", "ends", "place", "all_guests")

    def __init__(self, core_event, parent=None):
        super().__init__(parent)
        self._core = core_event
        self.rows: list[ProgrammeItem] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = programme.list_items(self._core)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008, N802
        return len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Programme item"), self.tr("Starts"), self.tr("Ends"),
                    self.tr("Place"), self.tr("Who"))[section]  # fmt: skip
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        item = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if column in ("starts", "ends"):
            value = getattr(item, column)
            return locale_format.date_time(value) if len(value) >= 16 else value
        if column == "all_guests":
            return self.tr("all guests") if item.all_guests else self.tr("registered guests")
        return getattr(item, column)


class ProgrammeDialog(QDialog):
    """All programme items: add, edit, import from a file."""

    changed = Signal()
    open_file = staticmethod(QFileDialog.getOpenFileName)  # swapped in tests
    run_modal = staticmethod(QDialog.exec)  # swapped in tests: fill the item dialog, save

    def __init__(self, core_event, parent=None):
        super().__init__(parent)
        self._core = core_event
        self.setObjectName("ProgrammeDialog")
        self.setWindowTitle(self.tr("Programme items"))
        self.model = ProgrammeModel(core_event, self)
        self.view = QTableView(objectName="programme_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.doubleClicked.connect(self.edit_selected)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.model.modelReset.connect(self.view.resizeColumnsToContents)
        self.view.resizeColumnsToContents()
        self.message = QLabel(objectName="programme_message")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("&New programme item…"), self.add),
            (self.tr("&Edit…"), self.edit_selected),
            (self.tr("&Import…"), self.import_file),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(820, 420)

    def _selected(self) -> ProgrammeItem | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _done(self, text: str) -> None:
        self.model.reload()
        self.message.setText(text)
        self.changed.emit()

    def add(self) -> None:
        dialog = ProgrammeItemDialog(self._core, None, self)
        if self.run_modal(dialog):
            self._done(self.tr("“%1” added.").replace("%1", dialog.item.name))

    def edit_selected(self, *_) -> None:
        item = self._selected()
        if item is None:
            return
        dialog = ProgrammeItemDialog(self._core, item, self)
        if self.run_modal(dialog):
            self._done(self.tr("“%1” saved.").replace("%1", dialog.item.name))

    def import_file(self) -> None:
        path, _ = self.open_file(
            self,
            self.tr("Import programme items"),
            "",
            self.tr("Programme lists (*.csv *.tsv *.txt *.xlsx);;All files (*)"),
        )
        if not path:
            return
        try:
            result = import_items(self._core, path)
        except CheckinError as exc:
            self.message.setText(error_text(exc))
            return
        self._done(
            self.tr("%1 programme items added, %2 updated.")
            .replace("%1", locale_format.number(len(result.added)))
            .replace("%2", locale_format.number(len(result.updated)))
        )
