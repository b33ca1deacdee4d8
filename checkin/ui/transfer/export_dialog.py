"""File ▸ Export…: choose what to export, for which item, in which language, and where.

The export runs in the thread pool on its own read-only connection to the event file,
so the desk keeps scanning while a large report is written.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from checkin import i18n, labels, programme
from checkin.event import Event
from checkin.exporting import formats
from checkin.ui.bridge import run_in_background
from checkin.ui.language import error_text

_FILE_KINDS = {"csv": "attendance", "csv-semicolon": "attendance", "xlsx": "attendance",
               "pdf": "report", "doorlist": "door-list", "log": "log"}  # fmt: skip


def documents_folder() -> Path | None:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else None


def default_folder(event_path: Path) -> Path:
    """Where exports go unless staff choose: the documents folder if this computer has one,
    else the event file's own folder (never a folder that is not there, never the working
    directory the app happened to start in)."""
    documents = documents_folder()
    if documents is not None and documents.is_dir():
        return documents
    return Path(event_path).resolve().parent


def _save_file_dialog(parent, suggested: str, name_filter: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ExportDialog", "Export to"), suggested, name_filter
    )
    return path


def run_export(event_path: Path, fmt: str, out: Path, item_id: int | None, lang: str) -> Path:
    """The background part: its own connection, read-only, so the desk's lock is no issue."""
    with formats.open_for_export(event_path) as event:
        return formats.export(event, fmt, out, item_id=item_id, lang=lang)


class ExportDialog(QDialog):
    exported = Signal(object)  # the Path written
    failed = Signal(str)

    # Swappable in tests (Dangerzone style): (parent, suggested path, filter) -> path or "".
    choose_file = staticmethod(_save_file_dialog)

    def __init__(self, event: Event, item=None, lang: str = "de", parent=None):
        super().__init__(parent)
        self.core_event = event
        self.task = None
        self.setWindowTitle(self.tr("Export"))
        self.format_box = QComboBox()
        for key, title in self._format_titles().items():
            self.format_box.addItem(title, key)
        self.item_box = QComboBox()
        self.item_box.addItem(self.tr("All programme items"), None)
        for it in programme.list_items(event):
            self.item_box.addItem(it.name, it.id)
        self.lang_box = QComboBox()
        for code in labels.LANGUAGES:
            self.lang_box.addItem(i18n.LANGUAGES[code], code)
        self.lang_box.setCurrentIndex(self.lang_box.findData(labels.normalise(lang)))
        self.path_edit = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.status = QLabel()
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("What:"), self.format_box)
        form.addRow(self.tr("Programme item:"), self.item_box)
        form.addRow(self.tr("Language:"), self.lang_box)
        form.addRow(self.tr("File:"), path_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        self.format_box.currentIndexChanged.connect(self._format_changed)
        if item is not None:
            self.item_box.setCurrentIndex(self.item_box.findData(item.id))
        self._format_changed()

    def _format_titles(self) -> dict[str, str]:
        return {
            "xlsx": self.tr("Attendance – Excel workbook (.xlsx)"),
            "csv": self.tr("Attendance – CSV (comma)"),
            "csv-semicolon": self.tr("Attendance – CSV for German Excel (semicolon)"),
            "pdf": self.tr("Attendance report (PDF)"),
            "doorlist": self.tr("Door list to print (PDF)"),
            "log": self.tr("Full check-in log (CSV)"),
        }

    @property
    def fmt(self) -> str:
        return self.format_box.currentData()

    def _suggested_path(self) -> Path:
        stem = re.sub(r"[^\w.-]+", "-", self.core_event.info.name).strip("-") or "event"
        kind = _FILE_KINDS.get(self.fmt, self.fmt)
        folder = default_folder(self.core_event.path)
        return folder / f"{stem}-{kind}{formats.FORMATS[self.fmt].suffix}"

    def _format_changed(self) -> None:
        spec = formats.FORMATS[self.fmt]
        self.item_box.setEnabled(spec.per_item)
        current = self.path_edit.text().strip()
        if not current or current == getattr(self, "_suggested", None):
            self._suggested = str(self._suggested_path())
            self.path_edit.setText(self._suggested)
        elif Path(current).suffix != spec.suffix:
            self.path_edit.setText(str(Path(current).with_suffix(spec.suffix)))

    def _browse(self) -> None:
        suffix = formats.FORMATS[self.fmt].suffix
        start = Path(self.path_edit.text().strip() or self._suggested_path())
        if not start.parent.is_dir():  # a folder typed that is not there: start where one is
            start = default_folder(self.core_event.path) / start.name
        chosen = self.choose_file(self, str(start), f"*{suffix}")
        if chosen:
            if not chosen.endswith(suffix):
                chosen += suffix
            self.path_edit.setText(chosen)

    def start_export(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.status.setText(self.tr("Choose a file to export to."))
            return
        out = Path(text)
        item_id = self.item_box.currentData() if self.item_box.isEnabled() else None
        lang = self.lang_box.currentData()
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        event_path, fmt = self.core_event.path, self.fmt
        self.task = run_in_background(
            lambda: run_export(event_path, fmt, out, item_id, lang), self._done, self._failed
        )

    def _done(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Saved: %1").replace("%1", str(path)))
        self.exported.emit(path)

    def _failed(self, exc: Exception) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Not exported: %1").replace("%1", error_text(exc)))
        self.failed.emit(error_text(exc))
