"""Tables ▸ Meeting rounds…: per round the tables, the people at them and the interpreters."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
)

from checkin.errors import CheckinError
from checkin.models import ProgrammeItem
from checkin.rounds import host_sheet, model, service
from checkin.rounds.service import ItemPlan
from checkin.ui.language import error_text, on_language_change, with_reading

translate = QCoreApplication.translate

NEED_COLOUR = QColor("#ffcdd2")


class RowsModel(QAbstractTableModel):
    """A read-only table of plain rows; rows may carry a background colour (last element)."""

    def __init__(self, headers: list[str], parent=None):
        super().__init__(parent)
        self._headers = headers
        self._rows: list[tuple] = []
        self._colours: list[QColor | None] = []

    def set_rows(self, rows: list[tuple], colours: list[QColor | None] | None = None) -> None:
        self.beginResetModel()
        self._rows = rows
        self._colours = colours or [None] * len(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self._rows[index.row()][index.column()])
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._colours[index.row()]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def set_headers(self, headers: list[str]) -> None:
        self._headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def row(self, index: int) -> tuple:
        return self._rows[index]


def people_text(plan: ItemPlan, guest_ids: list[int]) -> str:
    return "; ".join(
        f"{with_reading(plan.people[g].full_name)} ({plan.people[g].organisation})"
        if plan.people[g].organisation
        else with_reading(plan.people[g].full_name)
        for g in guest_ids
        if g in plan.people
    )


class RoundsView(QDialog):
    """Shows the stored plan of an item; "Plan automatically" plans and saves it."""

    planned = Signal()

    # Swappable in tests: returns the PDF path to write host sheets to, or "".
    ask_pdf_path = staticmethod(
        lambda parent: QFileDialog.getSaveFileName(
            parent, translate("RoundsView", "Save host sheets"), "", "PDF (*.pdf)"
        )[0]
    )

    def __init__(self, event, item: ProgrammeItem, parent=None):
        super().__init__(parent)
        on_language_change(self, self._language_changed)
        self._event = event
        self.item = item
        self.plan: ItemPlan | None = None
        self.round_box = QComboBox()
        self.round_box.currentIndexChanged.connect(self._show_round)
        self.count_box = QSpinBox()
        self.count_box.setRange(1, 12)
        self.count_box.setValue(len(model.list_rounds(self._event, item.id)) or 3)
        self.plan_button = QPushButton()
        self.plan_button.clicked.connect(self.plan_automatically)
        self.hosts_button = QPushButton()
        self.hosts_button.clicked.connect(self.print_host_sheets)
        self.tables_model = RowsModel(["", "", "", ""], self)
        self.table_view = QTableView()
        self.table_view.setModel(self.tables_model)
        self.table_view.setWordWrap(True)
        header = self.table_view.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        self.round_label, self.count_label = QLabel(), QLabel()
        top.addWidget(self.round_label)
        top.addWidget(self.round_box, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.count_box)
        top.addWidget(self.plan_button)
        top.addWidget(self.hosts_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table_view, 1)
        layout.addWidget(self.summary)
        self.resize(1000, 600)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Meeting rounds – %1").replace("%1", self.item.name))
        self.plan_button.setText(self.tr("Plan automatically"))
        self.hosts_button.setText(self.tr("Host sheets…"))
        self.tables_model.set_headers(
            [self.tr("Table"), self.tr("Theme"), self.tr("People"), self.tr("Interpreter")]
        )
        self.round_label.setText(self.tr("Round:"))
        self.count_label.setText(self.tr("Rounds:"))

    def _language_changed(self) -> None:
        self.retranslate()
        if self.plan is not None:
            self._fill_rounds()  # from the plan already read: no new look at the file

    def reload(self) -> None:
        self.plan = service.load(self._event, self.item)
        self._fill_rounds()

    def plan_automatically(self) -> None:
        try:
            self.plan = service.plan_item(self._event, self.item, rounds=self.count_box.value())
        except CheckinError as exc:
            self.summary.setText(error_text(exc))
            return
        self._fill_rounds()
        self.planned.emit()

    def print_host_sheets(self) -> None:
        number = self.round_box.currentData()
        if number is None:
            return
        path = self.ask_pdf_path(self)
        if not path:
            return
        pages = host_sheet.write_host_sheets(self._event, self.plan, number, path)
        self.summary.setText(
            self.tr("%1 host sheets written to %2").replace("%1", str(pages)).replace("%2", path)
        )

    def _fill_rounds(self) -> None:
        current = self.round_box.currentData()
        self.round_box.blockSignals(True)
        self.round_box.clear()
        for rnd in self.plan.rounds:
            label = self.tr("Round %1").replace("%1", str(rnd.number))
            if rnd.time_range:
                label += f"  {rnd.time_range}"
            self.round_box.addItem(label, rnd.number)
        self.round_box.blockSignals(False)
        index = self.round_box.findData(current)
        self.round_box.setCurrentIndex(max(index, 0))
        self._show_round()

    def _show_round(self, *_args) -> None:
        plan = self.plan
        number = self.round_box.currentData()
        if plan is None or number is None:
            self.tables_model.set_rows([])
            self.summary.setText(self.tr("No rounds yet: choose how many and plan them."))
            return
        need = {n.table_id for n in plan.needs if n.round == number}
        seated = plan.seating.get(number, {})
        rows, colours = [], []
        for table_id in sorted(seated, key=lambda t: plan.tables[t].number):
            table = plan.tables[table_id]
            interpreter = plan.interpreters.get(number, {}).get(table_id)
            if interpreter:
                who = with_reading(plan.people[interpreter].full_name)
            elif table_id in need:
                who = self.tr("needed – none free")
            else:
                who = "–"
            rows.append(
                (table.number, table.theme or table.name, people_text(plan, seated[table_id]), who)
            )
            colours.append(NEED_COLOUR if table_id in need and not interpreter else None)
        self.tables_model.set_rows(rows, colours)
        self.table_view.resizeRowsToContents()
        unplaced = [u for u in plan.unplaced if u.round == number]
        lines = [
            self.tr("%1 people at %2 tables.")
            .replace("%1", str(sum(len(g) for g in seated.values())))
            .replace("%2", str(len(seated)))
        ]
        for u in unplaced:
            lines.append(f"{with_reading(plan.people[u.guest].full_name)}: {u.text}")
        open_needs = [n for n in plan.open_needs if n.round == number]
        if open_needs:
            lines.append(
                self.tr("Open interpreter needs: tables %1").replace(
                    "%1", ", ".join(str(plan.tables[n.table_id].number) for n in open_needs)
                )
            )
        self.summary.setText("\n".join(lines))
