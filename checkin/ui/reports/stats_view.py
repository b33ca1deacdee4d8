"""Reports ▸ Statistics…: the report's figures for the running event, kept up to date.

A table of every programme item (expected, checked in, present, checked out, no-shows once
the item is over, not arrived yet while it runs), and for the selected item its arrival
chart and the breakdowns by category, table and organisation. Figures come from checkin.exporting.attendance, like the exports.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from checkin.exporting.attendance import (
    ArrivalBins,
    Breakdown,
    ItemAttendance,
    arrival_bins,
    event_attendance,
)
from checkin.ui.language import category_name, current_language, locale_format, on_language_change

BAR_COLOUR = QColor("#1f5fa8")
_ROOT = QModelIndex()


def _percent(part: int, whole: int) -> str:
    return f"{part / whole * 100:.0f} %" if whole else "–"


class ItemFiguresModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[ItemAttendance] = []
        self._rows: list[tuple] = []

    def headers(self) -> list[str]:
        return [self.tr("Programme item"), self.tr("Expected"), self.tr("Checked in"),
                self.tr("Rate"), self.tr("Present"), self.tr("Checked out"),
                self.tr("No-shows"), self.tr("Not arrived yet")]  # fmt: skip

    def set_items(self, items: list[ItemAttendance]) -> None:
        self.beginResetModel()
        self.items = items
        self._rows = [
            (
                it.item.name_in(current_language()),
                it.expected,
                it.checked_in,
                "–" if it.rate is None else f"{it.rate * 100:.0f} %",
                it.present,
                it.checked_out,
                it.no_shows if it.ended else "–",  # not over: nobody is a no-show yet
                it.not_yet,
            )  # fmt: skip
            for it in items
        ]
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 8

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:  # counts as the UI language writes them: 20.000
            return locale_format.number(value) if isinstance(value, int) else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None


class BreakdownModel(QAbstractTableModel):
    """Arrived / expected per category, table or organisation."""

    def __init__(self, what: str, empty: str, parent=None, *, name=lambda key: key):
        super().__init__(parent)
        self.what, self.empty = what, empty
        self.name = name  # how a key is shown (categories: in the UI language)
        self.rows: list[Breakdown] = []

    def set_rows(self, rows: list[Breakdown]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        b = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [self.name(b.key) if b.key else self.empty, locale_format.number(b.arrived),
                    locale_format.number(b.expected),
                    _percent(b.arrived, b.expected)][index.column()]  # fmt: skip
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [self.what, self.tr("Checked in"), self.tr("Expected"), self.tr("Rate")][section]
        return None


class ArrivalChart(QWidget):
    """Arrivals per interval as bars, drawn with QPainter."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bins: ArrivalBins | None = None
        self.setMinimumHeight(180)

    def set_bins(self, bins: ArrivalBins | None) -> None:
        self.bins = bins
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        p.setPen(text)
        metrics = p.fontMetrics()
        if not self.bins:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No arrivals yet."))
            return
        counts = self.bins.counts
        title = self.tr("Arrivals per %1 min").replace("%1", str(self.bins.minutes))
        p.drawText(4, metrics.ascent() + 2, title)
        left, top = metrics.horizontalAdvance("0000") + 8, metrics.height() + 8
        bottom = self.height() - metrics.height() - 6
        right = self.width() - 8
        peak = max(max(counts), 1)
        top += (bottom - top) * 0.08  # headroom above the highest bar
        p.drawLine(left, bottom, right, bottom)
        p.drawLine(left, top, left, bottom)
        for value in (0, peak):
            y = bottom - (bottom - top) * value / peak
            p.drawText(QRectF(0, y - metrics.height() / 2, left - 4, metrics.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       locale_format.number(value))  # fmt: skip
        slot = (right - left) / len(counts)
        label_every = max(1, int((metrics.horizontalAdvance("00:00") + 8) // max(slot, 1)) + 1)
        for i, count in enumerate(counts):
            x = left + i * slot
            height = (bottom - top) * count / peak
            p.fillRect(QRectF(x + 1, bottom - height, max(slot - 2, 1), height), BAR_COLOUR)
            if i % label_every == 0:
                p.drawText(QRectF(x - 20, bottom + 2, slot + 40, metrics.height()),
                           Qt.AlignmentFlag.AlignHCenter, self.bins.label(i))  # fmt: skip
        p.end()


class StatsView(QDialog):
    """Live statistics; reloads (debounced) whenever the window's data changes."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent or ctx.window)
        on_language_change(self, self.retranslate)
        self.ctx = ctx
        self.core_event = ctx.event
        self.summary = QLabel()
        self.items_model = ItemFiguresModel(self)
        self.items_view = self._table(self.items_model)
        self.items_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.chart = ArrivalChart()
        self.by_category = BreakdownModel("", "", self, name=category_name)
        self.by_table = BreakdownModel("", "", self)
        self.by_organisation = BreakdownModel("", "", self)
        self.tabs = tabs = QTabWidget()
        for model in (self.by_category, self.by_table, self.by_organisation):
            tabs.addTab(self._table(model), "")
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.chart)
        lower.addWidget(tabs)
        lower.setSizes([500, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.items_view, 1)
        layout.addWidget(lower, 2)
        self.resize(1000, 620)

        self.selected_item_id = ctx.item.id if ctx.item else None
        self.items_view.selectionModel().currentRowChanged.connect(self._row_changed)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.reload)
        ctx.window.data_changed.connect(self._timer.start)
        ctx.changes.changed.connect(self._timer.start)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Statistics"))
        for model, what, empty in (
            (self.by_category, self.tr("Category"), self.tr("none")),
            (self.by_table, self.tr("Table"), self.tr("no table")),
            (self.by_organisation, self.tr("Organisation"), self.tr("no organisation")),
        ):
            model.what, model.empty = what, empty
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        for index, text in enumerate(
            (self.tr("By category"), self.tr("By table"), self.tr("By organisation"))
        ):
            self.tabs.setTabText(index, text)
        self.items_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 7)
        self._say_summary()

    def _say_summary(self) -> None:
        overall = self.report.overall() if getattr(self, "report", None) else []
        self.summary.setText(
            self.tr("%1 guests expected, %2 checked in at one programme item or more.")
            .replace("%1", str(sum(1 for g in overall if g.items_expected)))
            .replace("%2", str(sum(1 for g in overall if g.items_attended)))
        )

    def _table(self, model) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.verticalHeader().hide()
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # the figures
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the names: the rest
        return view

    def reload(self) -> None:
        report = event_attendance(self.core_event)
        self.report = report
        self.items_model.set_items(report.items)
        self._say_summary()
        ids = [it.item.id for it in report.items]
        row = ids.index(self.selected_item_id) if self.selected_item_id in ids else 0
        if ids:
            self.items_view.selectRow(row)
            self._show_item(report.items[row])

    def _row_changed(self, current, _previous) -> None:
        if current.isValid() and current.row() < len(self.items_model.items):
            it = self.items_model.items[current.row()]
            self.selected_item_id = it.item.id
            self._show_item(it)

    def _show_item(self, it: ItemAttendance) -> None:
        self.chart.set_bins(arrival_bins(it.arrival_times()))
        self.by_category.set_rows(it.by_category())
        self.by_table.set_rows(it.by_table())
        self.by_organisation.set_rows(it.by_organisation())
