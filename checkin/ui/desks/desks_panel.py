"""The desks panel: join code (QR and text), the other desks and their state, unpairing,
Syncthing's real state and the records refused from other desks.

Everything shown comes from the sync thread as an ``Overview`` (plain data): the panel
itself never waits for Syncthing or reads the journals.
"""

from __future__ import annotations

from datetime import datetime

import qrcode
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
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

from checkin import admin
from checkin.sync import quarantine
from checkin.sync import status as sync_status
from checkin.sync.join_codes import JoinCode
from checkin.sync.overview import Overview
from checkin.sync.syncthing import INSTALL_HINT
from checkin.ui.admin import removed_text
from checkin.ui.language import error_text, locale_format, on_language_change, translate_core

_ROOT = QModelIndex()
SHOWN_REFUSED = 8


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
                if row.removed:
                    return self.tr("removed")
                if not row.paired:
                    return self.tr("not paired")
                return self.tr("connected") if row.connected else self.tr("not connected")
            if col == 2:
                return _when(row.last_synced) if row.last_synced else "–"
            return str(row.pending_here if col == 3 else row.pending_there)
        if role == Qt.ItemDataRole.BackgroundRole and row.out_of_reach and not row.removed:
            return QColor("#ffcdd2")
        return None


def _when(text: str) -> str:
    return locale_format.time_of_day(datetime.fromisoformat(text), seconds=True)


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
        self.code_note = QLabel()  # how long and for whom the code is good, or why none came
        self.code_note.setWordWrap(True)
        self.model = DesksModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()  # titles whole in every language
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.unpair_button = QPushButton()
        self.unpair_button.clicked.connect(self.unpair_selected)
        self.revoke_button = QPushButton()
        self.revoke_button.clicked.connect(lambda: self.sync.request("revoke_codes"))
        self.merge_label = QLabel()
        self.merge_label.setWordWrap(True)
        self.refused_label = QLabel()  # records refused from other desks, with the reason
        self.refused_label.setObjectName("refused_label")
        self.refused_label.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.code_button)
        buttons.addWidget(self.revoke_button)
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
        layout.addWidget(self.code_note)
        layout.addWidget(self.merge_label)
        layout.addWidget(self.refused_label)
        self.resize(720, 640)

        sync.started.connect(self.refresh)
        sync.failed.connect(self.refresh)
        sync.overview_changed.connect(self.refresh)
        sync.answered.connect(self._answered)
        sync.stopped.connect(self._window_closed)
        self._gone = False  # the window closed: its event file is closed too
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Desks"))
        self.code_button.setText(self.tr("Show join code for another desk"))
        self.unpair_button.setText(self.tr("Unpair selected desk"))
        self.revoke_button.setText(self.tr("Withdraw open join codes"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)

    def _language_changed(self) -> None:
        self.retranslate()
        if self.isVisible():
            self.refresh()  # the state, in the new language

    def _window_closed(self) -> None:
        self._gone = True
        self.close()

    # -- actions -------------------------------------------------------------------------------
    def show_join_code(self) -> None:
        """Ask the sync thread for a one-off join code (it starts sync if needed)."""
        if self.sync.available:
            self.code_button.setEnabled(False)
            self.sync.request("join_code")
            self.refresh()

    def unpair_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not self.sync.running:
            return
        desk = self.model.rows[rows[0].row()]
        if desk.device_id:
            self.sync.request("unpair", desk.device_id)

    def _answered(self, what: str, result) -> None:
        if what != "join_code":
            return
        self.code_button.setEnabled(self.sync.available)
        if isinstance(result, JoinCode):
            self.code_text.setText(result.text)
            self.code_note.setText(
                self.tr("For one desk, until %1.").replace("%1", _when(result.expires))
            )
            self.qr_label.setPixmap(QPixmap.fromImage(qr_image(result.text)))
        else:
            self.code_text.setText("")
            self.code_note.setText(error_text(result))

    # -- state ------------------------------------------------------------------------------------
    def refresh(self, *_) -> None:
        if self._gone:
            return
        sync = self.sync
        view: Overview | None = sync.overview if sync.running else None
        self.state_label.setText(self._state_text(view))
        removed = admin.note_removed_outside(sync.core)
        self.pin_label.setText(removed_text() if removed else "")
        self.pin_label.setVisible(removed)
        self.code_button.setEnabled(sync.available)
        self.unpair_button.setEnabled(sync.running)
        self.revoke_button.setEnabled(bool(view and view.open_codes))
        rows = view.desks if view else ()
        self.model.set_rows(rows)
        gone = [r.name for r in rows if r.out_of_reach and not r.removed]
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
        self.merge_label.setText(self._merge_text(view) if view else "")
        self.refused_label.setText(self._refused_text(view) if view else "")

    def _state_text(self, view: Overview | None) -> str:
        sync = self.sync
        if not sync.available:
            return self.tr(
                "This desk works alone. To keep several desks in step, install Syncthing: %1"
            ).replace("%1", translate_core(INSTALL_HINT))
        if sync.error and not sync.running:
            return self.tr("Sync could not start: %1 (trying again)").replace("%1", sync.error)
        if sync.starting:
            return self.tr("Starting sync…")
        if not sync.running:
            return self.tr("This desk works alone. Show a join code to add another desk.")
        if view is not None and view.removed:
            return self.tr(
                "This desk was removed from the event by another desk; it no longer syncs."
            )
        health = view.health if view else "running"
        if health == "not_answering":
            text = self.tr(
                "This desk is “%1”, but its Syncthing does not answer: its changes wait here "
                "and go out when it answers again."
            )
        elif health == "stopped":
            text = self.tr("This desk is “%1”; its Syncthing stopped and is being started again.")
        else:
            text = self.tr("This desk is “%1” and keeps in step with the desks below.")
        text = text.replace("%1", sync.desk_name)
        if view is not None and view.restarts:
            text += " " + self.tr("(Syncthing was restarted %n time(s).)", "", view.restarts)
        return text

    def _merge_text(self, view: Overview) -> str:
        text = (
            self.tr(
                "Merging: every desk's check-ins are kept; if a guest was checked in at two "
                "desks that could not see each other, the earlier counts as the arrival "
                "(double entries: %1). Edits: the later one wins, the other is kept in the "
                "history. Walk-ins registered twice are flagged (likely duplicates: %2)."
            )
            .replace("%1", str(view.double_count))
            .replace("%2", str(view.duplicate_count))
        )
        lines = [
            self.tr("%1: arrived %2 at %3, also %4")
            .replace("%1", d.guest)
            .replace("%2", _when(d.arrival_at))
            .replace("%3", d.arrival_desk)
            .replace("%4", ", ".join(f"{desk} {_when(at)}" for desk, at in d.also))
            for d in view.doubles
        ]
        return "\n".join([text, *lines])

    def _refused_text(self, view: Overview) -> str:
        if not view.quarantined:
            return ""
        names = {r.desk_id: r.name for r in view.desks if r.desk_id}
        lines = [
            self.tr(
                "Refused from other desks (not applied, the rest went on): %n record(s)",
                "",
                len(view.quarantined),
            )  # fmt: skip
        ]
        for q in view.quarantined[-SHOWN_REFUSED:]:
            reason = translate_core(quarantine.REASONS.get(q.reason, q.reason))
            lines.append(
                self.tr("%1, record %2: %3")
                .replace("%1", names.get(q.desk, q.desk))
                .replace("%2", str(q.seq))
                .replace("%3", quarantine.describe(q.reason, q.detail, reason))
            )
        return "\n".join(lines)
