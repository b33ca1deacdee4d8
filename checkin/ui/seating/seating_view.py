"""The seating window: tables with their guests and fill level, guests without a seat,
filters, drag and drop, seating by hand and automatically, and the floor plan.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from checkin import tables
from checkin.ui.language import on_language_change
from checkin.ui.seating.auto_seat_dialog import AutoSeatDialog
from checkin.ui.seating.floor_plan import FloorPlanView
from checkin.ui.seating.seating_model import SeatingFilter, SeatingModel


class FillDelegate(QStyledItemDelegate):
    """Draws a table's fill level as a bar behind its "seated/seats" text."""

    def paint(self, painter, option, index) -> None:
        fill = index.data(SeatingModel.FillRole)
        if fill is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.backgroundBrush = QBrush()  # the bar is the background
        bar = opt.rect.adjusted(2, 3, -2, -3)
        painter.save()
        painter.fillRect(bar, QColor("#eceff1"))
        colour = "#ffcdd2" if fill > 1 else "#ffe082" if fill >= 1 else "#c8e6c9"
        bar.setWidth(int(bar.width() * min(fill, 1.0)))
        painter.fillRect(bar, QColor(colour))
        painter.restore()
        widget = opt.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)


def _tree(model) -> QTreeView:
    view = QTreeView()
    view.setModel(model)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setDragEnabled(True)
    view.setAcceptDrops(True)
    view.setDropIndicatorShown(True)
    view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
    view.setDefaultDropAction(Qt.DropAction.MoveAction)
    view.setAlternatingRowColors(True)
    view.setUniformRowHeights(True)
    return view


class SeatingView(QWidget):
    """Emits ``changed`` after any seat or table change (the window then emits data_changed)."""

    changed = Signal()
    auto_dialog_class = AutoSeatDialog  # swapped in tests

    def __init__(self, core_event, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        on_language_change(self, self._language_changed)
        self._core = core_event
        self.setObjectName("seating_view")
        self.model = SeatingModel(core_event, self)
        self.proxy = SeatingFilter(self)
        self.proxy.setSourceModel(self.model)
        self.model.seats_changed.connect(self._seats_changed)
        self.model.failed.connect(self._show_error)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("seating_filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_text)
        self.table_filter = QComboBox()
        self.table_filter.setObjectName("seating_table_filter")
        self.table_filter.currentIndexChanged.connect(self._filter_tables)

        self.unseated_view = _tree(self.proxy)
        self.unseated_view.setObjectName("unseated_view")
        self.unseated_view.setRootIsDecorated(False)
        self.unseated_view.setColumnHidden(SeatingModel.SEATS, True)
        self.tables_view = _tree(self.proxy)
        self.tables_view.setObjectName("tables_view")
        self.tables_view.setItemDelegateForColumn(SeatingModel.SEATS, FillDelegate(self))
        self._fit_columns()

        self.seat_box = QComboBox()
        self.seat_box.setObjectName("seat_box")
        self.seat_button = QPushButton()
        self.seat_button.clicked.connect(self.seat_selected)
        self.unseat_button = QPushButton()
        self.unseat_button.clicked.connect(lambda: self.model.seat(self.selected_guest_ids(), None))
        self.auto_button = QPushButton()
        self.auto_button.clicked.connect(self.seat_automatically)
        self.status = QLabel()
        self.status.setObjectName("seating_status")
        self.message = QLabel()
        self.message.setStyleSheet("color: #c62828;")

        self.floor_plan = FloorPlanView(core_event, self, editable=True)
        self.floor_plan.table_moved.connect(lambda _id: self.changed.emit())
        self.floor_plan.guests_dropped.connect(self.model.seat)
        self._build()
        self.retranslate()
        self._after_reset()
        self.model.modelReset.connect(self._after_reset)
        self.proxy.layoutChanged.connect(self._after_filter)
        self.proxy.rowsInserted.connect(self._after_filter)

    def _build(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 2)
        self.tables_label = QLabel()
        filters.addWidget(self.tables_label)
        filters.addWidget(self.table_filter, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.unseated_title = QLabel()
        left_layout.addWidget(self.unseated_title)
        left_layout.addWidget(self.unseated_view)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.tables_title = QLabel()
        right_layout.addWidget(self.tables_title)
        right_layout.addWidget(self.tables_view)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([420, 660])

        self.tabs = QTabWidget()
        self.tabs.addTab(split, "")
        self.tabs.addTab(self.floor_plan, "")

        actions = QHBoxLayout()
        actions.addWidget(self.seat_box, 1)
        actions.addWidget(self.seat_button)
        actions.addWidget(self.unseat_button)
        actions.addStretch(1)
        actions.addWidget(self.auto_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        self.resize(1100, 720)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Seating"))
        self.filter_edit.setPlaceholderText(self.tr("Filter: name, organisation, field…"))
        self.seat_button.setText(self.tr("&Seat at table"))
        self.unseat_button.setText(self.tr("&Remove seat"))
        self.auto_button.setText(self.tr("Seat &automatically…"))
        self.tables_label.setText(self.tr("Tables:"))
        self.unseated_title.setText(self.tr("Not seated"))
        self.tables_title.setText(self.tr("Tables (drag guests onto a table)"))
        self.tabs.setTabText(0, self.tr("&List"))
        self.tabs.setTabText(1, self.tr("&Floor plan"))

    def _language_changed(self) -> None:
        self.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self._fill_filter_texts()
        if self.isVisible():
            self._update_status()
            self._fit_columns()
        else:
            self._stale = True  # said again when shown (its event may be closed by now)

    def showEvent(self, ev) -> None:  # noqa: N802
        super().showEvent(ev)
        self._fit_columns()  # the fonts and style are final now: titles measure true
        if getattr(self, "_stale", False):
            self.reload()

    def _fit_columns(self) -> None:
        """Columns never narrower than their titles, whatever the language and the font."""
        for view, widths in (
            (self.unseated_view, (170, 150, 100)),
            (self.tables_view, (260, 230, 150, 90)),
        ):
            header = view.header()
            header.setStretchLastSection(False)
            for column, width in enumerate(widths):
                header.resizeSection(
                    column, max(width, header.sectionSizeFromContents(column).width())
                )
            header.setSectionResizeMode(SeatingModel.ORGANISATION, QHeaderView.ResizeMode.Stretch)
            # the stretched column may shrink with the window, but not below its own title
            view.setMinimumWidth(
                sum(
                    header.sectionSizeFromContents(c).width()
                    if c == SeatingModel.ORGANISATION
                    else header.sectionSize(c)
                    for c in range(header.count())
                    if not header.isSectionHidden(c)
                )
                + 24
            )

    # -- keeping views in shape -----------------------------------------------------------------
    def _after_reset(self) -> None:
        self._fill_boxes()
        self._after_filter()
        self._update_status()

    def _after_filter(self, *_) -> None:
        root = self.proxy.mapFromSource(self.model.unseated_index())
        self.unseated_view.setRootIndex(root)
        self.tables_view.setRowHidden(root.row(), QModelIndex(), True)
        self.tables_view.expandAll()

    def _fill_boxes(self) -> None:
        current_seat = self.seat_box.currentData()
        self.seat_box.blockSignals(True)
        self.seat_box.clear()
        for t in self.model.tables():
            self.seat_box.addItem(t.label, t.id)
        index = self.seat_box.findData(current_seat)
        self.seat_box.setCurrentIndex(max(index, 0))
        self.seat_box.blockSignals(False)

        current = self.table_filter.currentData()
        self.table_filter.blockSignals(True)
        self.table_filter.clear()
        for kind in (SeatingFilter.ALL, SeatingFilter.OVER_CAPACITY, SeatingFilter.FREE_SEATS):
            self.table_filter.addItem("", kind)
        for theme in sorted({t.theme for t in self.model.tables() if t.theme}, key=str.casefold):
            self.table_filter.addItem(theme, f"theme:{theme}")
        self.table_filter.setCurrentIndex(max(self.table_filter.findData(current), 0))
        self.table_filter.blockSignals(False)
        self._fill_filter_texts()

    def _fill_filter_texts(self) -> None:
        texts = {
            SeatingFilter.ALL: self.tr("All tables"),
            SeatingFilter.OVER_CAPACITY: self.tr("Over capacity"),
            SeatingFilter.FREE_SEATS: self.tr("With free seats"),
        }
        for index in range(self.table_filter.count()):
            kind = self.table_filter.itemData(index)
            if kind in texts:
                self.table_filter.setItemText(index, texts[kind])

    def _update_status(self) -> None:
        all_tables = self.model.tables()
        counts = tables.seated_counts(self._core)
        seated = sum(counts.values())
        unseated = self.model.rowCount(self.model.unseated_index())
        over = [
            t for t in all_tables if t.capacity is not None and counts.get(t.id, 0) > t.capacity
        ]
        seats = sum(t.capacity or 0 for t in all_tables)
        text = (
            self.tr("%1 guests seated, %2 without a seat; %3 seats at %4 tables.")
            .replace("%1", str(seated))
            .replace("%2", str(unseated))
            .replace("%3", str(seats))
            .replace("%4", str(len(all_tables)))
        )
        if over:
            text += " " + self.tr("Over capacity: table %1.").replace(
                "%1", ", ".join(str(t.number) for t in over)
            )
            self.status.setStyleSheet("color: #c62828; font-weight: bold;")
        else:
            self.status.setStyleSheet("")
        self.status.setText(text)

    # -- filters --------------------------------------------------------------------------------
    def _filter_text(self, text: str) -> None:
        self.proxy.set_text(text)
        self._after_filter()

    def _filter_tables(self, _index: int) -> None:
        self.proxy.set_tables(self.table_filter.currentData() or SeatingFilter.ALL)
        self._after_filter()

    # -- actions --------------------------------------------------------------------------------
    def selected_guest_ids(self) -> list[int]:
        ids = []
        for view in (self.unseated_view, self.tables_view):
            for index in view.selectionModel().selectedRows():
                guest = self.model.guest(self.proxy.mapToSource(index))
                if guest is not None and guest.id not in ids:
                    ids.append(guest.id)
        return ids

    def seat_selected(self) -> None:
        ids = self.selected_guest_ids()
        if not ids:
            self.message.setText(self.tr("Select one or more guests first."))
            return
        self.model.seat(ids, self.seat_box.currentData())

    def seat_automatically(self) -> None:
        dialog = self.auto_dialog_class(self._core, self)
        self.auto_dialog = dialog
        if dialog.exec():
            self.model.reload()
            self._seats_changed([])
            self.message.setText(
                self.tr("Automatic seating: %1 guests changed table.").replace(
                    "%1", str(dialog.changed)
                )
            )

    def reload(self) -> None:
        """Data changed elsewhere (guest edited, tables imported): show it.

        A hidden window only notes it and reloads when shown; an open one keeps where the
        user had scrolled to.
        """
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        bars = [v.verticalScrollBar() for v in (self.unseated_view, self.tables_view)]
        positions = [bar.value() for bar in bars]
        self.model.reload()
        self.floor_plan.reload()
        for bar, value in zip(bars, positions, strict=True):
            bar.setValue(value)

    def _seats_changed(self, _ids) -> None:
        self.message.clear()
        self.floor_plan.reload()
        self._update_status()
        self.changed.emit()

    def _show_error(self, text: str) -> None:
        self.message.setText(text)
