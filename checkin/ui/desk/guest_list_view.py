"""The guest list: sort and filter by status, category, table and printed badge; open a
guest to edit; check in, check out or undo for the selected guest."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin import categories, checkins
from checkin.errors import CheckinError
from checkin.event import Event
from checkin.models import Guest, ProgrammeItem
from checkin.ui.desk import guest_model
from checkin.ui.desk.guest_dialog import GuestDialog
from checkin.ui.desk.guest_model import GuestFilterProxy, GuestTableModel
from checkin.ui.language import category_name, error_text, on_language_change

STATUS_KEYS = (
    guest_model.EXPECTED,
    guest_model.CHECKED_IN,
    guest_model.CHECKED_OUT,
    guest_model.CANCELLED,
)


class GuestListView(QWidget):
    changed = Signal()  # this view changed guests or check-ins
    checked = Signal(object)  # CheckinResult of a check-in done from the list

    dialog_class = GuestDialog  # tests may swap it

    def __init__(
        self, event: Event, item: ProgrammeItem, parent=None, *, desk=None, load: bool = True
    ):
        super().__init__(parent)
        on_language_change(self, self._language_changed)
        self._event = event
        self.desk = desk
        self.model = GuestTableModel(event, item, self, load=load)
        self.proxy = GuestFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_field = QLineEdit()
        self.filter_field.setObjectName("list_filter")
        self.filter_field.textChanged.connect(lambda t: self.proxy.set_filters(text=t))
        self.status_box = QComboBox()
        self.status_box.setObjectName("list_status")
        for key in ("", *STATUS_KEYS):
            self.status_box.addItem("", key)
        self.status_box.currentIndexChanged.connect(
            lambda: self.proxy.set_filters(status=self.status_box.currentData())
        )
        self.category_box = QComboBox()
        self.category_box.setObjectName("list_category")
        self.category_box.addItem("", "")
        for key in categories.CATEGORIES:
            self.category_box.addItem("", key)
        self.category_box.currentIndexChanged.connect(
            lambda: self.proxy.set_filters(category=self.category_box.currentData())
        )
        self.table = QTableView()
        self.table.setObjectName("guest_table")
        self.table.setModel(self.proxy)
        # The model comes sorted by name: no sort until a header is clicked (a sort of a
        # large list costs seconds).
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # one line per guest; a long organisation ends in "…"
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda _index: self.open_selected())  # Enter, double-click
        self.buttons = {}
        row = QHBoxLayout()
        for name, slot in (
            ("open", self.open_selected),
            ("check_in", self.check_in_selected),
            ("check_out", self.check_out_selected),
            ("undo", self.undo_selected),
        ):
            button = QPushButton()
            button.setObjectName(f"list_{name}")
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[name] = button
        row.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_field, 1)
        self.status_label, self.category_label = QLabel(), QLabel()
        filters.addWidget(self.status_label)
        filters.addWidget(self.status_box)
        filters.addWidget(self.category_label)
        filters.addWidget(self.category_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.retranslate()
        self.table.resizeColumnsToContents()
        self._cap_text_columns()
        self._fit_status_column()
        # During meeting rounds the table of the round changes with the clock.
        self._places_timer = QTimer(self, interval=30_000, timeout=self._refresh_places)
        self._places_timer.start()

    def _refresh_places(self) -> None:
        if self.isVisible():
            self.model.refresh_places()

    def retranslate(self) -> None:
        self.filter_field.setPlaceholderText(self.tr("Filter by name, organisation, e-mail"))
        statuses = {
            "": self.tr("All statuses"),
            guest_model.EXPECTED: self.tr("Expected"),
            guest_model.CHECKED_IN: self.tr("Checked in"),
            guest_model.CHECKED_OUT: self.tr("Checked out"),
            guest_model.CANCELLED: self.tr("Cancelled"),
        }
        for index in range(self.status_box.count()):
            self.status_box.setItemText(index, statuses[self.status_box.itemData(index)])
        self.category_box.setItemText(0, self.tr("All categories"))
        for index in range(1, self.category_box.count()):
            self.category_box.setItemText(index, category_name(self.category_box.itemData(index)))
        buttons = {
            "open": self.tr("&Edit…"),
            "check_in": self.tr("Check &in"),
            "check_out": self.tr("Check &out"),
            "undo": self.tr("&Undo last action"),
        }
        for name, text in buttons.items():
            self.buttons[name].setText(text)
        self.status_label.setText(self.tr("Status:"))
        self.category_label.setText(self.tr("Category:"))
        self.model.retranslate()

    def _language_changed(self) -> None:
        self.retranslate()
        self._fit_status_column()
        if self.isVisible():  # tables named in the new language (a closed desk: no file)
            self.model.refresh_places()

    def _cap_text_columns(self) -> None:
        """Long names (with their reading) and organisations do not push the last columns
        off a laptop screen: they are cut with "…" and shown whole in the guest dialog."""
        caps = {"family_name": 180, "given_name": 140, "organisation": 220, "table": 150}
        for name, cap in caps.items():
            column = self.model.COLUMNS.index(name)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), cap))

    def _fit_status_column(self) -> None:
        """Wide enough for the longest status, whatever the rows show right now."""
        metrics = self.table.fontMetrics()
        texts = [self.model.status_text(k) for k in ("expected", "in", "out", "cancelled")]
        width = max(metrics.horizontalAdvance(t) for t in texts) + 24
        column = self.model.COLUMNS.index("status")
        self.table.setColumnWidth(column, max(width, self.table.columnWidth(column)))

    def install(self, snapshot: tuple) -> None:
        """The list read in the background (GuestTableModel.read) arrives."""
        self.model.install(snapshot)
        self.table.resizeColumnsToContents()
        self._fit_status_column()

    def set_item(self, item: ProgrammeItem) -> None:
        self.model.reload(item)

    def reload(self) -> None:
        self.model.reload()

    def selected_guest(self) -> Guest | None:
        rows = self.table.selectionModel().selectedRows()
        index = rows[0] if rows else self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.guest(self.proxy.mapToSource(index).row())

    def select_guest(self, guest_id: int) -> None:
        source_row = self.model.row_of(guest_id)
        if source_row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    # -- actions ------------------------------------------------------------------------------
    def open_selected(self) -> None:
        guest = self.selected_guest()
        if guest is None:
            return
        dialog = self.dialog_class(self._event, guest, self)
        if dialog.exec():
            self.changed.emit()

    def check_in_selected(self) -> None:
        guest = self.selected_guest()
        if guest is not None:
            result = checkins.check_in(self._event, guest, self.model.item, desk=self.desk)
            self.checked.emit(result)
            self.changed.emit()

    def check_out_selected(self) -> None:
        self._act(lambda g: checkins.check_out(self._event, g.id, self.model.item, desk=self.desk))

    def undo_selected(self) -> None:
        self._act(lambda g: checkins.undo(self._event, g.id, self.model.item, desk=self.desk))

    def _act(self, action) -> None:
        guest = self.selected_guest()
        if guest is None:
            return
        try:
            action(guest)
        except CheckinError as exc:
            QMessageBox.information(self, self.tr("Guest list"), error_text(exc))
            return
        self.changed.emit()
