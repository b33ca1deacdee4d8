"""The desks panel: join code (QR and text), the other desks and their state, unpairing."""

from __future__ import annotations

from datetime import datetime

import qrcode
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from checkin import admin, guests
from checkin.sync import pairing
from checkin.sync import status as sync_status
from checkin.sync.apply import double_entries, likely_duplicates
from checkin.sync.syncthing import INSTALL_HINT
from checkin.ui.admin import removed_text
from checkin.ui.language import locale_format, on_language_change, translate_core

REFRESH_MS = 2000
_ROOT = QModelIndex()


def qr_image(text: str, scale: int = 6) -> QImage:
    """The join code as a QR image (quiet zone included), drawn module by module."""
    code = qrcode.QRCode(border=2, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()
    size = len(matrix) * scale
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(x * scale, y * scale, scale, scale, QColor("black"))
    painter.end()
    return image


class DesksModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[sync_status.DeskStatus] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Desk"),
            self.tr("Connection"),
            self.tr("Last synced"),
            self.tr("Waiting here"),
            self.tr("Waiting there"),
        ]

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return row.name
            if col == 1:
                if not row.paired:
                    return self.tr("not paired")
                return self.tr("connected") if row.connected else self.tr("not connected")
            if col == 2:
                return _when(row.last_synced) if row.last_synced else "–"
            return str(row.pending_here if col == 3 else row.pending_there)
        if role == Qt.ItemDataRole.BackgroundRole and row.out_of_reach:
            return QColor("#ffcdd2")
        return None


def _when(text: str) -> str:
    return locale_format.time_of_day(
        datetime.fromisoformat(text.replace("Z", "+00:00")), seconds=True
    )


class DesksPanel(QDialog):
    def __init__(self, sync, parent=None):
        super().__init__(parent)
        on_language_change(self, self._language_changed)
        self.sync = sync
        self.setObjectName("desks_panel")
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.pin_label = QLabel()  # the admin PIN deleted with another program
        self.pin_label.setObjectName("pin_removed")
        self.pin_label.setWordWrap(True)
        self.pin_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.code_button = QPushButton()
        self.code_button.clicked.connect(self.show_join_code)
        self.qr_label = QLabel()
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_text = QLabel()
        self.code_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_text.setWordWrap(True)
        self.code_text.setFont(QFont("monospace"))
        self.model = DesksModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()  # titles whole in every language
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.unpair_button = QPushButton()
        self.unpair_button.clicked.connect(self.unpair_selected)
        self.merge_label = QLabel()
        self.merge_label.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.code_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unpair_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.pin_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.qr_label)
        layout.addWidget(self.code_text)
        layout.addWidget(self.merge_label)
        self.resize(720, 640)

        self._want_code = False
        sync.started.connect(self._on_started)
        sync.failed.connect(lambda _msg: self.refresh())
        sync.stopped.connect(self._closing)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Desks"))
        self.code_button.setText(self.tr("Show join code for another desk"))
        self.unpair_button.setText(self.tr("Unpair selected desk"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)

    def _language_changed(self) -> None:
        self.retranslate()
        if self.isVisible():
            self.refresh()  # the state, in the new language

    def _closing(self) -> None:
        self.timer.stop()
        self.close()

    # -- actions -------------------------------------------------------------------------------
    def show_join_code(self) -> None:
        if not self.sync.available:
            return
        if not self.sync.running:
            self._want_code = True
            self.sync.start()
            self.refresh()
            return
        desk = self.sync.desk
        code = pairing.make_join_code(self.sync.core, desk.instance, desk.folder)
        self.code_text.setText(code.text)
        self.qr_label.setPixmap(QPixmap.fromImage(qr_image(code.text)))
        self.refresh()

    def _on_started(self) -> None:
        if self._want_code:
            self._want_code = False
            self.show_join_code()
        self.refresh()

    def unpair_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not self.sync.running:
            return
        desk = self.model.rows[rows[0].row()]
        if desk.device_id:
            self.sync.desk.unpair(desk.device_id)
        self.refresh()

    # -- state ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        sync = self.sync
        if not sync.available:
            self.state_label.setText(
                self.tr(
                    "This desk works alone. To keep several desks in step, install Syncthing: %1"
                ).replace("%1", translate_core(INSTALL_HINT))
            )
        elif sync.error:
            self.state_label.setText(self.tr("Sync could not start: %1").replace("%1", sync.error))
        elif sync._starting:
            self.state_label.setText(self.tr("Starting sync…"))
        elif sync.running:
            self.state_label.setText(
                self.tr("This desk is “%1” and keeps in step with the desks below.").replace(
                    "%1", sync.desk.desk_name
                )
            )
        else:
            self.state_label.setText(
                self.tr("This desk works alone. Show a join code to add another desk.")
            )
        removed = admin.note_removed_outside(sync.core)
        self.pin_label.setText(removed_text() if removed else "")
        self.pin_label.setVisible(removed)
        self.code_button.setEnabled(sync.available)
        self.unpair_button.setEnabled(sync.running)
        instance = sync.desk.instance if sync.running else None
        rows = sync_status.desks(sync.core, sync.folder, instance)
        self.model.set_rows(rows)
        gone = [r.name for r in rows if r.out_of_reach]
        self.warning_label.setText(
            self.tr(
                "Out of reach for %1 minutes or more: %2 — check its network and that "
                "checkin is running there."
            )
            .replace("%1", str(sync_status.OUT_OF_REACH_MINUTES))
            .replace("%2", ", ".join(gone))
            if gone
            else ""
        )
        found = double_entries(sync.core)
        doubles = len(found)
        dups = len(likely_duplicates(sync.core))
        self.merge_label.setText(
            self.tr(
                "Merging: every desk's check-ins are kept; if a guest was checked in at two "
                "desks that could not see each other, the earlier counts as the arrival "
                "(double entries: %1). Edits: the later one wins, the other is kept in the "
                "history. Walk-ins registered twice are flagged (likely duplicates: %2)."
            )
            .replace("%1", str(doubles))
            .replace("%2", str(dups))
        )
        if found:
            names = []
            for d in found[:5]:
                arrival = _when(d.arrival.at)
                also = ", ".join(f"{e.desk} {_when(e.at)}" for e in d.extra)
                names.append(
                    self.tr("%1: arrived %2 at %3, also %4")
                    .replace("%1", guests.get_guest(sync.core, d.guest_id).full_name)
                    .replace("%2", arrival)
                    .replace("%3", d.arrival.desk)
                    .replace("%4", also)
                )
            self.merge_label.setText(self.merge_label.text() + "\n" + "\n".join(names))
