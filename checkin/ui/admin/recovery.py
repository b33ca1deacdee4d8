"""Opening an event file in the GUI: a damaged file is offered its last good backup.

The question is a module attribute (``ask_restore``) so tests can answer it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from checkin import backup
from checkin.errors import DamagedEventFile
from checkin.event import Event
from checkin.ui.language import error_text, locale_format


def ask_restore(parent, error: DamagedEventFile) -> bool:
    """Ask whether to put the last good backup in place of the damaged file."""
    good = error.backup
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QApplication.translate("recovery", "Damaged event file"))
    box.setText(
        QApplication.translate("recovery", "The event file is damaged and cannot be opened safely.")
    )
    box.setInformativeText(
        QApplication.translate(
            "recovery",
            "The last good backup is from %1:\n%2\n\nRestore it? The damaged file is kept "
            "beside it (renamed), nothing is deleted. Check-ins made after that backup are "
            "not in it.",
        )
        .replace("%1", locale_format.date_time(good.taken, seconds=True))
        .replace("%2", str(good.path))
    )
    box.setDetailedText(error_text(error))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(
        QApplication.translate("recovery", "Restore the backup")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def open_event(path: str | Path, parent=None, **kwargs) -> Event:
    """Event.open, but a damaged file with a good backup is offered that backup.

    Raises the CheckinError if the user declines or there is nothing to offer.
    """
    try:
        return Event.open(path, **kwargs)
    except DamagedEventFile as exc:
        if exc.backup is None or not ask_restore(parent, exc):
            raise
        backup.restore(exc.backup, path)
        return Event.open(path, **kwargs)
