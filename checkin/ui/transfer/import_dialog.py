"""The mapping dialog of File ▸ Import guest list…: one combo per column, a live preview
of what the first rows become, a check (dry run), the import itself with a progress bar,
and the report. The work runs in the thread pool on its own connection to the event.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin import checkins, importing
from checkin.event import Event
from checkin.importing.mapping import Plan
from checkin.importing.report import ImportReport
from checkin.importing.status import Standing
from checkin.models import GUEST_FIELDS
from checkin.ui.bridge import run_in_background
from checkin.ui.language import error_text
from checkin.ui.transfer.import_texts import describe, field_titles, note_text, source_lines
from checkin.ui.transfer.whole_list import ForAllRowsBox, report_lines

# The preview's columns: what a row becomes (record keys, in this order).
PREVIEW_FIELDS = tuple("table" if f == "table_id" else f for f in GUEST_FIELDS) + (
    "cancelled",
    "languages",
    "consent",
    "meeting_point",
    "extra",
)


_ROOT = QModelIndex()


class RecordsModel(QAbstractTableModel):
    """The first rows as guests, with only the columns something is mapped to."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.records: list[dict] = []
        self.fields: list[str] = []

    def set_records(self, records: list[dict]) -> None:
        self.beginResetModel()
        self.records = records
        self.fields = [
            f
            for f in PREVIEW_FIELDS
            if any(r.get(f) or (f == "cancelled" and r.get("standing")) for r in records)
        ]
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.fields)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self.records[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and not (
            record.get("given_name") or record.get("family_name")
        ):
            return QColor("#999999")  # no name: this row will be skipped
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self.records[index.row()].get(self.fields[index.column()], "")
        if isinstance(value, dict):
            return "; ".join(f"{k}: {v}" for k, v in value.items())
        if self.fields[index.column()] == "cancelled":
            return _status_text(record)
        if isinstance(value, bool):  # consent, meeting point
            yes = QCoreApplication.translate("import", "yes")
            return yes if value else QCoreApplication.translate("import", "no")
        return str(value)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        name = self.fields[section]
        titles = field_titles()
        return (
            QCoreApplication.translate("import", "Status")
            if name == "cancelled"
            else titles.get(name, name)
        )


def _status_text(record: dict) -> str:
    """What the list's status says: cancelled, not paid yet, or a word not understood."""
    standing = record.get("standing")
    if record.get("cancelled"):
        return QCoreApplication.translate("import", "cancelled")
    if standing is Standing.PENDING:
        return QCoreApplication.translate("import", "not paid yet: %1").replace(
            "%1", record.get("status_text", "")
        )
    if standing is Standing.UNKNOWN:
        return QCoreApplication.translate("import", "“%1”: not understood").replace(
            "%1", record.get("status_text", "")
        )
    return ""


@dataclass(frozen=True)
class ImportJob:
    """Plain data for the worker thread."""

    event_path: Path
    list_path: Path
    mapping: dict[str, str]
    dry_run: bool
    desk: str
    operator: str
    sheet: str | None = None  # the workbook sheet the preview showed
    for_all: importing.ForAllRows = importing.ForAllRows()  # category, language, … of all rows


def run_job(job: ImportJob, clock, progress=None) -> ImportReport:
    """The background part: the worker's own connection to the event file."""
    with Event.open(job.event_path, clock=clock) as event:
        return importing.import_file(
            event,
            job.list_path,
            mapping=job.mapping,
            dry_run=job.dry_run,
            sheet=job.sheet,
            for_all=job.for_all,
            progress=progress,
            desk=job.desk,
            operator=job.operator,
        )


class ImportDialog(QDialog):
    imported = Signal(object)  # the ImportReport, after the guests were written
    checked = Signal(object)  # the ImportReport of a dry run
    failed = Signal(str)
    sheet_chosen = Signal(str)  # another sheet of the workbook: read it instead

    def __init__(self, event, path: Path, preview: importing.Preview, parent=None, *, desk=None):
        super().__init__(parent)
        self.checkin_event = event
        self.path = Path(path)
        self.preview = preview
        self.desk = desk or checkins.default_desk()
        self.task = None
        self.last_report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import guest list – %1").replace("%1", self.path.name))
        self._build()
        self.refresh_preview()

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        p = self.preview
        how = p.format.upper()
        if p.encoding:
            how += ", " + p.encoding
        if p.delimiter:
            how += ", " + (self.tr("tab") if p.delimiter == "\t" else f"“{p.delimiter}”")
        info = (
            self.tr("%1: %2 rows (%3), column names in row %4.")
            .replace("%1", self.path.name)
            .replace("%2", str(p.total_rows))
            .replace("%3", how)
            .replace("%4", str(p.header_row))
        )
        lines = [info, *source_lines(p.system, p.sheet, p.sheets)]
        lines += ["⚠ " + note_text(note) for note in p.notes]
        self.info_label = QLabel("\n".join(lines), objectName="import_info")
        self.info_label.setWordWrap(True)
        self.sheet_combo = QComboBox(objectName="import_sheet")
        self.sheet_combo.addItems(p.sheets)
        self.sheet_combo.setCurrentText(p.sheet)
        self.sheet_combo.setVisible(len(p.sheets) > 1)
        self.sheet_combo.activated.connect(self._sheet_activated)
        sheet_row = QHBoxLayout()
        sheet_label = QLabel(self.tr("&Sheet:"))
        sheet_label.setBuddy(self.sheet_combo)
        sheet_label.setVisible(len(p.sheets) > 1)
        sheet_row.addWidget(sheet_label)
        sheet_row.addWidget(self.sheet_combo)
        sheet_row.addStretch(1)

        titles = field_titles()
        grid = QGridLayout()
        grid.addWidget(QLabel("<b>" + self.tr("Column in the file") + "</b>"), 0, 0)
        grid.addWidget(QLabel("<b>" + self.tr("First value") + "</b>"), 0, 1)
        grid.addWidget(QLabel("<b>" + self.tr("Import as") + "</b>"), 0, 2)
        self.combos: dict[str, QComboBox] = {}
        for i, column in enumerate(p.columns):
            sample = next((row[i] for row in p.rows if row[i]), "")
            combo = QComboBox(objectName=f"map_{i}")
            for key in p.fields:
                combo.addItem(titles.get(key, key), key)
            combo.setCurrentIndex(combo.findData(p.mapping.get(column, "extra")))
            combo.currentIndexChanged.connect(self.refresh_preview)
            self.combos[column] = combo
            sample_label = QLabel(sample if len(sample) <= 24 else sample[:23] + "…")
            sample_label.setStyleSheet("color: #555;")
            grid.addWidget(QLabel(column), i + 1, 0)
            grid.addWidget(sample_label, i + 1, 1)
            grid.addWidget(combo, i + 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(p.columns) + 1, 1)  # rows stay at the top
        holder = QWidget()
        holder.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        columns_box = QGroupBox(self.tr("Columns"))
        box_layout = QVBoxLayout(columns_box)
        box_layout.addWidget(scroll)
        self.for_all_box = ForAllRowsBox(self.checkin_event, p.suggested_language)
        box_layout.addWidget(self.for_all_box)

        self.model = RecordsModel(self)
        self.preview_view = QTableView(objectName="import_preview")
        self.preview_view.setModel(self.model)
        self.preview_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        preview_box = QGroupBox(
            self.tr("Preview: the first %1 rows as guests").replace("%1", str(len(p.rows)))
        )
        QVBoxLayout(preview_box).addWidget(self.preview_view)

        self.report_view = QPlainTextEdit(objectName="import_report")
        self.report_view.setReadOnly(True)
        self.report_view.setPlaceholderText(
            self.tr("Check the list first: the report says what the import would do.")
        )

        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(columns_box)
        top.addWidget(preview_box)
        top.setSizes([470, 630])
        splitter.addWidget(top)
        splitter.addWidget(self.report_view)
        splitter.setSizes([420, 200])

        self.progress = QProgressBar(objectName="import_progress")
        self.progress.setVisible(False)
        self.check_button = QPushButton(self.tr("&Check"), objectName="import_check")
        self.check_button.clicked.connect(lambda: self.start(dry_run=True))
        self.import_button = QPushButton(self.tr("&Import"), objectName="import_run")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(lambda: self.start(dry_run=False))
        self.close_button = QPushButton(self.tr("Close"), objectName="import_close")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)  # keeps the buttons at their size while the bar is hidden
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.info_label)
        layout.addLayout(sheet_row)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1100, 720)

    def _sheet_activated(self, _index: int) -> None:
        name = self.sheet_combo.currentText()
        if name != self.preview.sheet and self.task is None:
            self.sheet_chosen.emit(name)

    # -- mapping and preview -------------------------------------------------------------------
    def mapping(self) -> dict[str, str]:
        return {column: combo.currentData() for column, combo in self.combos.items()}

    def refresh_preview(self) -> None:
        plan = Plan.make(self.preview.columns, self.mapping())
        self.model.set_records([plan.record(list(row)) for row in self.preview.rows])
        has_name = plan.has_name
        self.import_button.setEnabled(has_name and self.task is None)
        self.check_button.setEnabled(has_name and self.task is None)
        hint = self.tr("No column is imported as a name: choose one (given, family or full name).")
        if not has_name:
            self.report_view.setPlainText(hint)
        elif self.report_view.toPlainText() == hint:
            self.report_view.clear()

    # -- running -----------------------------------------------------------------------------
    def start(self, *, dry_run: bool) -> None:
        job = ImportJob(
            event_path=Path(self.checkin_event.path),
            list_path=self.path,
            mapping=self.mapping(),
            dry_run=dry_run,
            sheet=self.preview.sheet or None,
            for_all=self.for_all_box.values(),
            desk=self.desk,
            operator=checkins.default_operator(),
        )
        self._set_busy(True)
        self.progress.setRange(0, max(self.preview.total_rows, 1))
        self.progress.setValue(0)
        clock = self.checkin_event.clock
        self.task = run_in_background(
            lambda progress: run_job(job, clock, progress),
            lambda report: self._done(report, dry_run),
            self._failed,
            self._progress,
        )

    def _progress(self, done: int, total: int) -> None:
        if done >= total:  # checked: now writing, which has no steps to count
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy or self.progress.isVisible())
        for widget in (self.check_button, self.import_button, *self.combos.values()):
            widget.setEnabled(not busy)

    def _done(self, report: ImportReport, dry_run: bool) -> None:
        self.task = None
        self._set_busy(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.last_report = report
        self.report_view.setPlainText("\n".join([*report_lines(report), describe(report)]))
        self.for_all_box.offer_tables(report)
        if dry_run:
            self.checked.emit(report)
        else:
            self.import_button.setEnabled(False)  # done; a second click would only merge again
            self.close_button.setText(self.tr("Close"))
            self.close_button.setDefault(True)
            self.imported.emit(report)

    def _failed(self, exc: Exception) -> None:
        self.task = None
        self._set_busy(False)
        self.progress.setVisible(False)
        message = error_text(exc)
        self.report_view.setPlainText(self.tr("Nothing was imported: %1").replace("%1", message))
        self.failed.emit(message)
