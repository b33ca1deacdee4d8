"""Desks ▸ Join an event from another desk…: scan or type the join code, choose where to save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from checkin.errors import CheckinError
from checkin.event import Event
from checkin.sync import pairing
from checkin.ui.bridge import run_in_background
from checkin.ui.desk import takes_scans
from checkin.ui.language import error_text, on_language_change

JOIN_TIMEOUT_S = 120


class JoinDialog(QDialog):
    """Joining creates this desk's copy of the event from the other desk's snapshot."""

    def __init__(self, instance_factory, on_joined, parent=None, *, desk_name: str = ""):
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.setObjectName("join_dialog")
        self.instance_factory = instance_factory
        self.on_joined = on_joined  # called with the path of the new event file
        self.code_edit = takes_scans(QLineEdit())  # the other desk's QR code, scanned
        self.name_edit = QLineEdit(desk_name)
        self.path_edit = QLineEdit()
        self.browse = browse = QPushButton()
        browse.clicked.connect(self._choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.join_button = QPushButton()
        self.join_button.setDefault(True)
        self.join_button.clicked.connect(self.join)
        form = QFormLayout()
        self.labels = [QLabel(), QLabel(), QLabel()]
        form.addRow(self.labels[0], self.code_edit)
        form.addRow(self.labels[1], self.name_edit)
        form.addRow(self.labels[2], path_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.join_button)
        self.resize(640, 220)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Join an event from another desk"))
        self.code_edit.setPlaceholderText(self.tr("Scan the QR code or type the CJ1 … line"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Desk 2"))
        self.browse.setText(self.tr("Choose…"))
        self.join_button.setText(self.tr("Join"))
        for label, text in zip(
            self.labels,
            (self.tr("Join code:"), self.tr("Name of this desk:"), self.tr("Save the event as:")),
            strict=True,
        ):
            label.setText(text)

    def _choose_path(self) -> None:
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the event as"), docs, self.tr("Event files (*.checkin)")
        )
        if name:
            self.path_edit.setText(name if name.endswith(".checkin") else name + ".checkin")

    def join(self) -> None:
        text = self.code_edit.text()
        path = Path(self.path_edit.text().strip()) if self.path_edit.text().strip() else None
        try:
            pairing.parse(text)
        except CheckinError as exc:
            self.message.setText(error_text(exc))
            return
        if path is None:
            self.message.setText(self.tr("Choose where to save the event on this desk."))
            return
        if path.exists():
            self.message.setText(
                self.tr("%1 already exists: choose a new file name.").replace("%1", str(path))
            )
            return
        name = self.name_edit.text().strip() or None
        self.join_button.setEnabled(False)
        self.message.setText(
            self.tr("Waiting for the other desk… (it must be running and on the same network)")
        )
        instance = self.instance_factory()

        def work():
            try:
                event = pairing.join(
                    path, text, instance, desk_name=name or "", timeout=JOIN_TIMEOUT_S
                )
                event.close()
            finally:
                instance.stop()  # the new window starts this desk's sync itself
            return path

        run_in_background(work, self._joined, self._failed)

    def _joined(self, path: Path) -> None:
        with Event.open(path, read_only=True) as event:
            name = event.info.name
        self.message.setText(self.tr("Joined “%1”.").replace("%1", name))
        self.accept()
        self.on_joined(path)

    def _failed(self, exc) -> None:
        self.join_button.setEnabled(True)
        self.message.setText(error_text(exc))
