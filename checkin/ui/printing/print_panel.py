"""Badges ▸ Print queue: every job with its state, one key to send a failed job elsewhere.

R sends the selected job to another printer of the pool, Del cancels it. Below the jobs,
each printer of the pool with the labels left on its roll (red when few are left).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
)

from checkin.printing import FailReason, JobState, PrintJob
from checkin.ui.language import on_language_change
from checkin.ui.printing.desk_printing import DeskPrinting, make_printer, system_printer_names

_ROOT = QModelIndex()
_BACKGROUND = {
    "failed": QColor("#ffcdd2"),
    "waiting": QColor("#ffe082"),
    "done": QColor("#c8e6c9"),
}


class JobModel(QAbstractTableModel):
    """Print jobs, newest last; rows change as the queue reports."""

    COLUMNS = ("id", "title", "printer", "state", "labels")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.jobs: list[PrintJob] = []
        self._rows: dict[int, int] = {}

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.jobs)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("#"), self.tr("Badge"), self.tr("Printer"), self.tr("State"),
                  self.tr("Labels"))  # fmt: skip
        return titles[section]

    def update(self, job: PrintJob) -> None:
        row = self._rows.get(job.id)
        if row is None:
            row = len(self.jobs)
            self.beginInsertRows(QModelIndex(), row, row)
            self.jobs.append(job)
            self._rows[job.id] = row
            self.endInsertRows()
            return
        self.jobs[row] = job
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def reason_text(self, reason: FailReason | None) -> str:
        texts = {
            FailReason.PRINTER_OFFLINE: self.tr("printer offline"),
            FailReason.OUT_OF_LABELS: self.tr("out of labels"),
            FailReason.DRIVER_ERROR: self.tr("driver error"),
        }
        return texts.get(reason, "")

    def state_text(self, job: PrintJob) -> str:
        if job.waiting is not None and not job.state.finished:
            return self.tr("waiting: %1").replace("%1", self.reason_text(job.waiting))
        texts = {
            JobState.QUEUED: self.tr("queued"),
            JobState.PRINTING: self.tr("printing"),
            JobState.DONE: self.tr("done"),
            JobState.CANCELLED: self.tr("cancelled"),
        }
        if job.state is JobState.FAILED:
            return self.tr("failed: %1").replace("%1", self.reason_text(job.reason))
        return texts[job.state]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        job = self.jobs[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = {
                "id": job.id,
                "title": job.title,
                "printer": job.printer or "–",
                "state": self.state_text(job),
                "labels": job.labels,
            }
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and job.detail:
            return job.detail
        if role == Qt.ItemDataRole.BackgroundRole:
            if job.state is JobState.FAILED:
                return QBrush(_BACKGROUND["failed"])
            if job.waiting is not None and not job.state.finished:
                return QBrush(_BACKGROUND["waiting"])
            if job.state is JobState.DONE:
                return QBrush(_BACKGROUND["done"])
        return None


class PrintPanel(QDialog):
    def __init__(self, printing: DeskPrinting, parent=None):
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.setObjectName("print_panel")
        self.printing = printing
        self.model = JobModel(self)
        # Listen first, then read: a change reported in between is not lost (a later,
        # queued report of the same job only brings it up to date again).
        printing.changed.connect(self.model.update)
        printing.changed.connect(lambda _job: self._update_buttons())
        for job in printing.queue.jobs():
            self.model.update(job)
        printing.labels_changed.connect(self._show_labels)
        self.table = QTableView()
        self.table.setObjectName("print_jobs")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("print_retry")
        self.retry_button.clicked.connect(self.retry_selected)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("print_cancel")
        self.cancel_button.clicked.connect(self.cancel_selected)
        QShortcut(QKeySequence(Qt.Key.Key_R), self, self.retry_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self, self.cancel_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self._printers_box())
        self.resize(640, 420)
        self.retranslate()
        self._update_buttons()
        if self.model.jobs:
            self.table.selectRow(len(self.model.jobs) - 1)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print queue"))
        self.retry_button.setText(self.tr("Another printer (R)"))
        self.cancel_button.setText(self.tr("Cancel job (Del)"))
        self.printers_box.setTitle(self.tr("Printers of this desk"))
        self.add_button.setText(self.tr("Add to pool"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(JobModel.COLUMNS) - 1)
        if self.model.jobs:  # the states, in the new language
            last = self.model.index(len(self.model.jobs) - 1, len(JobModel.COLUMNS) - 1)
            self.model.dataChanged.emit(self.model.index(0, 0), last)
        self._fill_printers()

    # -- printers and labels -------------------------------------------------------------------
    def _printers_box(self) -> QGroupBox:
        box = self.printers_box = QGroupBox()
        self.printer_grid = QGridLayout(box)
        self.label_spins: dict[str, QSpinBox] = {}
        self.label_warnings: dict[str, QLabel] = {}
        self.add_combo = QComboBox()
        self.add_combo.setObjectName("print_add_choice")
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add_chosen)
        return box  # filled by retranslate()

    def _fill_printers(self) -> None:
        grid = self.printer_grid
        while grid.count():
            widget = grid.takeAt(0).widget()
            if widget is not None and widget not in (self.add_combo, self.add_button):
                widget.deleteLater()
        self.label_spins.clear()
        self.label_warnings.clear()
        row = 0
        for row, name in enumerate(self.printing.pool.names):
            spin = QSpinBox()
            spin.setObjectName(f"labels_{name}")
            spin.setRange(-1, 100000)
            spin.setSpecialValueText(self.tr("not counted"))
            left = self.printing.pool.labels_left(name)
            spin.setValue(-1 if left is None else left)
            spin.setSuffix(self.tr(" labels left"))
            spin.editingFinished.connect(lambda n=name, s=spin: self._labels_edited(n, s))
            warning = QLabel()
            warning.setStyleSheet("color: #c62828; font-weight: bold;")
            remove = QPushButton(self.tr("Remove"))
            remove.clicked.connect(lambda _=False, n=name: self._remove(n))
            grid.addWidget(QLabel(name), row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(warning, row, 2)
            grid.addWidget(remove, row, 3)
            self.label_spins[name], self.label_warnings[name] = spin, warning
            self._show_labels(name, left)
        self.add_combo.clear()
        self.add_combo.addItems(
            [n for n in system_printer_names() if n not in self.printing.pool.names]
        )
        grid.addWidget(self.add_combo, row + 1, 0, 1, 2)
        grid.addWidget(self.add_button, row + 1, 3)
        self.add_button.setEnabled(self.add_combo.count() > 0)

    def _labels_edited(self, name: str, spin: QSpinBox) -> None:
        value = spin.value()
        self.printing.pool.set_labels(name, None if value < 0 else value)

    def _show_labels(self, name: str, left) -> None:
        spin, warning = self.label_spins.get(name), self.label_warnings.get(name)
        if spin is None:
            return
        if not spin.hasFocus():
            spin.setValue(-1 if left is None else int(left))
        low = self.printing.pool.low(name)
        warning.setText(self.tr("Few labels left – put in a new roll") if low else "")

    def _add_chosen(self) -> None:
        name = self.add_combo.currentText()
        if name:
            self.printing.add_printer(make_printer(name))
            self._fill_printers()

    def _remove(self, name: str) -> None:
        self.printing.remove_printer(name)
        self._fill_printers()

    # -- jobs ------------------------------------------------------------------------------
    def selected_job(self) -> PrintJob | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.jobs[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        job = self.selected_job()
        self.retry_button.setEnabled(job is not None and job.state is not JobState.DONE)
        self.cancel_button.setEnabled(job is not None and not job.state.finished)

    def retry_selected(self) -> None:
        job = self.selected_job()
        if job is not None and job.state is not JobState.DONE:
            self.printing.queue.retry(job.id)

    def cancel_selected(self) -> None:
        job = self.selected_job()
        if job is not None and not job.state.finished:
            self.printing.queue.cancel(job.id)
