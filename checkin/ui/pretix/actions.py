"""Admin ▸ pretix…, and pushing check-ins to pretix in the background while the desk is online.

The background push runs every few minutes when this desk is connected and has the token; a
failed push (no internet at the venue) is simply tried again later — the dialog shows the
reason and what is still pending.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction

from checkin.pretix import connection, push, tokens
from checkin.ui.bridge import run_in_background
from checkin.ui.language.messages import error_text
from checkin.ui.pretix import jobs
from checkin.ui.pretix.dialog import PretixDialog

translate = QCoreApplication.translate
PUSH_MINUTES = 2


class BackgroundPush(QObject):
    """Pushes pending check-ins off the UI thread, one push at a time."""

    pushed = Signal(object)  # push.PushReport
    failed = Signal(str)

    def __init__(self, window, minutes: float = PUSH_MINUTES):
        super().__init__(window)
        self.core = getattr(window.event, "target", window.event)
        self.task = None
        self.last_error = ""
        self.timer = QTimer(self)
        self.timer.setInterval(int(minutes * 60_000))
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def ready(self) -> bool:
        conn = connection.load(self.core)
        return conn is not None and tokens.load(self.core, conn.url, conn.organizer) is not None

    def tick(self) -> bool:
        """Start a push if one is due; True if one was started."""
        if self.task is not None or not self.ready() or not push.plan(self.core).pending:
            return False
        path, clock = self.core.path, self.core.clock
        self.task = run_in_background(lambda: jobs.run_push(path, clock), self._done, self._failed)
        return True

    def _done(self, report) -> None:
        self.task, self.last_error = None, ""
        self.pushed.emit(report)

    def _failed(self, exc: Exception) -> None:
        self.task, self.last_error = None, error_text(exc)
        self.failed.emit(self.last_error)


def open_dialog(window) -> PretixDialog:
    dialog = getattr(window, "pretix_dialog", None)
    if dialog is not None:  # one per window: show it again, up to date
        dialog.refresh()
        dialog.show()
        dialog.raise_()
        return dialog
    dialog = PretixDialog(window.event, window)
    dialog.pulled.connect(lambda _report: window.data_changed.emit())
    dialog.products.changed.connect(lambda _count: window.data_changed.emit())

    def follow() -> None:  # check-ins at the desk: what is pending grows
        if dialog.isVisible():
            dialog.refresh()

    window.data_changed.connect(follow)
    pusher = getattr(window, "pretix_push", None)
    if pusher is not None:
        pusher.pushed.connect(follow)
    if pusher is not None and pusher.last_error:
        dialog.show_error(
            translate("pretix", "The last push in the background failed: %1").replace(
                "%1", pusher.last_error
            )
        )
    window.pretix_dialog = dialog
    dialog.show()
    return dialog


def install(window) -> None:
    window.pretix_push = BackgroundPush(window)

    def report(result) -> None:
        if result.pushed or result.annulled:
            text = translate("pretix", "pretix – check-ins pushed: %1.").replace(
                "%1", str(result.pushed + result.annulled)
            )
            window.statusBar().showMessage(text, 5000)

    window.pretix_push.pushed.connect(report)
    action = QAction(translate("pretix", "pre&tix…"), window)
    action.setObjectName("action_pretix")
    action.triggered.connect(lambda: open_dialog(window))
    window.menu("admin").addAction(action)  # the Admin menu: behind the admin PIN
