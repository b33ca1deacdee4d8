"""The guest-list check under the editor and in the print dialog: what would go wrong, for whom.

The check runs in the thread pool a moment after the last change (a thousand guests take
about half a second); a refused design (a QR code that would not scan) is said first.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from checkin.badges.designs import check
from checkin.ui.bridge import run_in_background
from checkin.ui.designer import texts
from checkin.ui.language import translate_core

MAX_SHOWN = 200


def finding_text(finding: check.Finding) -> str:
    params = finding.params()
    decimals = 2 if finding.problem == "qr_too_small" else 1
    params["size"] = QLocale().toString(float(finding.size), "f", decimals)
    if finding.field:  # the field in the staff's language rather than the element's name
        params["element"] = texts.field_name(finding.field)
    else:
        params["element"] = finding.element
    if finding.problem in ("too_small", "cut", "overflow") and not params["guest"]:
        params["guest"] = "—"
    return translate_core(check.PROBLEMS[finding.problem], **params)


class CheckPanel(QWidget):
    checked = Signal(object)  # the CheckReport

    def __init__(self, parent=None, delay_ms: int = 700):
        super().__init__(parent)
        self.setObjectName("design_check")
        self.summary = QLabel(objectName="check_summary")
        self.summary.setWordWrap(True)
        self.list = QListWidget(objectName="design_findings")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.report: check.CheckReport | None = None
        self.task = None
        self._pending = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)

    def schedule(self, job) -> None:
        """Check with ``job()`` (returns a CheckReport) a moment after the last change."""
        self._pending = job
        self.summary.setText(self.tr("Checking against the guest list…"))
        self._timer.start()

    def run_now(self, job) -> check.CheckReport:
        """Check at once, on this thread (tests, and dialogs that must know before printing)."""
        self._timer.stop()
        report = job()
        self.show_report(report)
        return report

    def _start(self) -> None:
        if self.task is not None:  # one at a time: the newest job waits for the running one
            self._timer.start()
            return
        job, self._pending = self._pending, None
        if job is None:
            return
        self.task = run_in_background(lambda: job(), self._done, self._failed)

    def _done(self, report) -> None:
        self.task = None
        if self._pending is None:
            self.show_report(report)

    def _failed(self, exc) -> None:
        self.task = None
        self.summary.setText(self.tr("The check failed: %1").replace("%1", str(exc)))

    def show_report(self, report: check.CheckReport) -> None:
        self.report = report
        self.list.clear()
        refusing = [f for f in report.findings if f.refuses]
        others = [f for f in report.findings if not f.refuses]
        if refusing:
            text = self.tr("This design cannot be printed: its QR code would not scan.")
        elif others:
            text = self.tr("%n guest(s) of %1 would get a badge with a problem.", None,
                           len(report.guests_affected)).replace("%1", str(report.checked))  # fmt: skip
        else:
            text = self.tr("All %n badge(s) fit: no text below 7 pt, none cut short.", None,
                           report.checked)  # fmt: skip
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #b00020; font-weight: bold;" if refusing else "")
        for finding in (refusing + others)[:MAX_SHOWN]:
            item = QListWidgetItem(finding_text(finding))
            if finding.refuses:
                item.setForeground(QColor("#b00020"))
            self.list.addItem(item)
        self.checked.emit(report)
