"""The event file's alarm: a desk whose file was deleted, moved or replaced says so at once.

The core refuses to save into a file that is no longer the one it locked (``file_gone``),
so no check-in is acknowledged into a ghost. This watch looks every few seconds, also when
nobody scans, and raises the alarm: a red line in the status bar that stays, and a message.
If the same file comes back (moved back), the alarm goes and the desk works on.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from checkin.errors import EventFileError
from checkin.ui.language import error_text

CHECK_MS = 2000
translate = QCoreApplication.translate


class FileWatch(QObject):
    gone = Signal(str)  # the message, when the alarm goes up
    back = Signal()

    def __init__(self, ctx):
        super().__init__(ctx.window)
        self.ctx = ctx
        self.window = window = ctx.window
        self.message = ""  # "" while the file is where it was
        self.box: QMessageBox | None = None
        self.label = QLabel()
        self.label.setObjectName("file_alarm")
        self.label.setStyleSheet("color: white; background: #c62828; font-weight: bold; padding: 2px 8px;")  # fmt: skip
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> bool:
        """True if the event file is still there; raises (or clears) the alarm."""
        held = self.ctx.event.file_lock
        if held is None or held.released:  # read-only or closed: nothing is saved anyway
            return True
        try:
            held.check()
        except EventFileError as exc:
            if not self.message:
                self._alarm(error_text(exc))
            return False
        if self.message:
            self.message = ""
            self.label.hide()
            if self.box is not None:
                self.box.close()
            self.back.emit()
        return True

    def _alarm(self, message: str) -> None:
        self.message = message
        self.label.setText(translate("admin", "The event file is gone – check-ins are NOT saved"))
        self.label.setToolTip(message)
        self.label.show()
        box = QMessageBox(QMessageBox.Icon.Critical, "checkin", message, parent=self.window)
        box.setObjectName("file_alarm_box")
        box.open()  # not modal to the loop: the watch and the window go on
        self.box = box
        QApplication.beep()
        self.gone.emit(message)
