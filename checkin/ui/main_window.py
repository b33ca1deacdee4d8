"""The desk window: assembles the views; each feature adds its own menu actions.

Features plug in through modules ``checkin/ui/feature_<name>.py`` that define
``install(window: MainWindow) -> None``; they are found automatically and may use
``window.menu(key)``, ``window.event``, ``window.item`` and the ``data_changed`` signal.
"""

from __future__ import annotations

import importlib
import pkgutil

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

import checkin.ui
from checkin import checkins, programme
from checkin.checkins import Result
from checkin.event import Event
from checkin.models import ProgrammeItem
from checkin.ui.event_handle import attach_event
from checkin.ui.guest_model import GuestTableModel

MENU_KEYS = ("file", "guests", "tables", "badges", "reports", "desks", "admin", "help")


class MainWindow(QMainWindow):
    data_changed = Signal()  # guests, tables or check-ins changed: views reload
    item_changed = Signal(object)  # the active ProgrammeItem

    def __init__(self, event: Event, parent=None):
        super().__init__(parent)
        attach_event(self, event, QMainWindow)  # window.event: see event_handle.py
        self._menus: dict[str, QMenu] = {}
        self.setWindowTitle(f"checkin – {event.info.name}")
        self.item: ProgrammeItem = programme.active_item(event)
        self._build()
        self._install_features()
        self.data_changed.connect(lambda: self.model.reload(self.item))

    # -- menus for features ---------------------------------------------------------------
    def menu_title(self, key: str) -> str:
        titles = {
            "file": self.tr("&File"),
            "guests": self.tr("&Guests"),
            "tables": self.tr("&Tables"),
            "badges": self.tr("&Badges"),
            "reports": self.tr("&Reports"),
            "desks": self.tr("&Desks"),
            "admin": self.tr("&Admin"),
            "help": self.tr("&Help"),
        }
        return titles[key]

    def menu(self, key: str) -> QMenu:
        """The menu for ``key`` (one of MENU_KEYS), created in a fixed order on first use."""
        if key not in self._menus:
            menu = QMenu(self.menu_title(key), self)
            menu.setObjectName(f"menu_{key}")
            later = [
                self._menus[k] for k in MENU_KEYS[MENU_KEYS.index(key) + 1 :] if k in self._menus
            ]
            bar = self.menuBar()
            if later:
                bar.insertMenu(later[0].menuAction(), menu)
            else:
                bar.addMenu(menu)
            self._menus[key] = menu
        return self._menus[key]

    def _install_features(self) -> None:
        for info in sorted(pkgutil.iter_modules(checkin.ui.__path__), key=lambda m: m.name):
            if info.name.startswith("feature_"):
                importlib.import_module(f"checkin.ui.{info.name}").install(self)

    # -- the simple first desk ----------------------------------------------------------------
    def _build(self) -> None:
        self.item_box = QComboBox()
        for it in programme.list_items(self.event):
            self.item_box.addItem(it.name, it.id)
        self.item_box.setCurrentIndex(self.item_box.findData(self.item.id))
        self.item_box.currentIndexChanged.connect(self._item_changed)

        self.scan_field = QLineEdit()
        self.scan_field.setPlaceholderText(self.tr("Scan a badge or type its code, then Enter"))
        self.scan_field.returnPressed.connect(self._scan)
        self.result_label = QLabel(self.tr("Ready for the next guest."))
        self.result_label.setWordWrap(True)
        self.result_label.setStyleSheet("font-size: 20pt; padding: 12px;")

        self.model = GuestTableModel(self.event, self.item, self)
        self.table = QTableView()
        self.table.setModel(self.model)

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
        self.item_changed.emit(self.item)

    def _scan(self) -> None:
        text = self.scan_field.text()
        self.scan_field.clear()
        if not text.strip():
            return
        result = checkins.check_in(self.event, text, self.item)
        name = result.guest.full_name if result.guest else ""
        table = result.table.label if result.table else "–"
        if result.result is Result.CHECKED_IN:
            message = self.tr("Welcome, %1! Table %2").replace("%1", name).replace("%2", table)
            colour = "#c8e6c9"
        elif result.result is Result.ALREADY_CHECKED_IN:
            message = self.tr("%1 is already checked in.").replace("%1", name)
            colour = "#ffe0b2"
        else:
            message = self.tr("Refused: %1").replace("%1", result.result.value)
            colour = "#ffcdd2"
        self.result_label.setText(message)
        self.result_label.setStyleSheet(f"font-size: 20pt; padding: 12px; background: {colour};")
        self.data_changed.emit()

    def closeEvent(self, ev) -> None:  # noqa: N802
        self.event.close()
        super().closeEvent(ev)
