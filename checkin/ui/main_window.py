"""A first desk window: pick the programme item, scan or type a code, see the guest list."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin import checkins, programme
from checkin.checkins import Result
from checkin.event import Event
from checkin.ui.guest_model import GuestTableModel


class MainWindow(QMainWindow):
    def __init__(self, event: Event, parent=None):
        super().__init__(parent)
        self.event = event
        self.setWindowTitle(f"checkin – {event.info.name}")
        self.items = programme.list_items(event)
        self.item = programme.active_item(event)

        self.item_box = QComboBox()
        for it in self.items:
            self.item_box.addItem(it.name, it.id)
        self.item_box.setCurrentIndex(self.item_box.findData(self.item.id))
        self.item_box.currentIndexChanged.connect(self._item_changed)

        self.scan_field = QLineEdit()
        self.scan_field.setPlaceholderText(self.tr("Scan a badge or type its code, then Enter"))
        self.scan_field.returnPressed.connect(self._scan)
        self.result_label = QLabel(self.tr("Ready for the next guest."))
        self.result_label.setWordWrap(True)
        self.result_label.setStyleSheet("font-size: 20pt; padding: 12px;")

        self.model = GuestTableModel(event, self.item, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Programme item:")))
        top.addWidget(self.item_box, 1)
        layout = QVBoxLayout()
        layout.addLayout(top)
        layout.addWidget(self.scan_field)
        layout.addWidget(self.result_label)
        layout.addWidget(self.table, 1)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)
        self.resize(1000, 700)
        self.scan_field.setFocus()

    def _item_changed(self, index: int) -> None:
        self.item = programme.get_item(self.event, self.item_box.itemData(index))
        self.model.reload(self.item)

    def _scan(self) -> None:
        text = self.scan_field.text()
        self.scan_field.clear()
        if not text.strip():
            return
        result = checkins.check_in(self.event, text, self.item)
        name = result.guest.full_name if result.guest else ""
        table = result.table.label if result.table else "–"
        if result.result is Result.CHECKED_IN:
            self.result_label.setText(
                self.tr("Welcome, %1! Table %2").replace("%1", name).replace("%2", table)
            )
            colour = "#c8e6c9"
        elif result.result is Result.ALREADY_CHECKED_IN:
            self.result_label.setText(self.tr("%1 is already checked in.").replace("%1", name))
            colour = "#ffe0b2"
        else:
            self.result_label.setText(self.tr("Refused: %1").replace("%1", result.result.value))
            colour = "#ffcdd2"
        self.result_label.setStyleSheet(f"font-size: 20pt; padding: 12px; background: {colour};")
        self.model.reload()

    def closeEvent(self, ev) -> None:  # noqa: N802
        self.event.close()
        super().closeEvent(ev)
