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
from checkin.ui.language import error_text
from checkin.ui.pretix import jobs
from checkin.ui.pretix.dialog import PretixDialog

translate = QCoreApplication.translate
PUSH_MINUTES = 2


class BackgroundPush(QObject):
    """Pushes pending check-ins off the UI thread, one push at a time."""

    pushed = Signal(object)  # push.PushReport
    failed = Signal(str)

    def __init__(self, checkin_event, parent=None, minutes: float = PUSH_MINUTES):
        super().__init__(parent)
        self.checkin_event = checkin_event
        self.task = None
        self.last_error = ""
        self.timer = QTimer(self)
        self.timer.setInterval(int(minutes * 60_000))
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def ready(self) -> bool:
        conn = connection.load(self.checkin_event)
        return (
            conn is not None
            and tokens.load(self.checkin_event, conn.url, conn.organizer) is not None
        )

    def tick(self) -> bool:
        """Start a push if one is due; True if one was started."""
        if self.task is not None or not self.ready() or not push.plan(self.checkin_event).pending:
            return False
        path, clock = self.checkin_event.path, self.checkin_event.clock
        self.task = run_in_background(lambda: jobs.run_push(path, clock), self._done, self._failed)
        return True

    def _done(self, report) -> None:
        self.task, self.last_error = None, ""
        self.pushed.emit(report)

    def _failed(self, exc: Exception) -> None:
        self.task, self.last_error = None, error_text(exc)
        self.failed.emit(self.last_error)


def open_dialog(ctx) -> PretixDialog:
    dialog = ctx.opened.get("pretix")
    if dialog is not None:  # one per window: show it again, up to date
        dialog.refresh()
        dialog.show()
        dialog.raise_()
        return dialog
    window = ctx.window
    dialog = PretixDialog(ctx.event, window)
    dialog.pulled.connect(lambda _report: window.data_changed.emit())
    dialog.products.changed.connect(lambda _count: window.data_changed.emit())

    def follow(*_args) -> None:  # check-ins at the desk: what is pending grows
        if dialog.isVisible():
            dialog.refresh()

    window.data_changed.connect(follow)
    ctx.changes.checked_in.connect(follow)  # a check-in here or at another desk
    if ctx.pretix is not None:
        ctx.pretix.pushed.connect(follow)
        if ctx.pretix.last_error:
            dialog.show_error(
                translate("pretix", "The last push in the background failed: %1").replace(
                    "%1", ctx.pretix.last_error
                )
            )
    ctx.opened["pretix"] = dialog
    dialog.show()
    return dialog


def install(ctx) -> None:
    ctx.pretix = pusher = BackgroundPush(ctx.event, ctx.window)

    def report(result) -> None:
        if result.pushed or result.annulled:
            count = str(result.pushed + result.annulled)
            ctx.notify(translate("pretix", "pretix – check-ins pushed: %1.").replace("%1", count))

    pusher.pushed.connect(report)
    action = QAction(ctx.window)
    ctx.retranslated(lambda: action.setText(translate("pretix", "pre&tix…")))
    action.setObjectName("action_pretix")
    action.triggered.connect(lambda: open_dialog(ctx))
    ctx.menu("admin").addAction(action)  # the Admin menu: behind the admin PIN
