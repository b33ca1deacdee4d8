"""Keeping this desk in step with the others while the window is open.

If the event is shared with other desks (or a join code is shown), the desk's private
Syncthing starts in the background; a timer applies what the other desks journaled and
emits the window's ``data_changed`` so the views reload. Without Syncthing the desk works alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from checkin.sync import pairing
from checkin.sync.desk import SyncedDesk
from checkin.sync.journal import EVENT_ID
from checkin.sync.syncthing import Syncthing, find_binary
from checkin.ui.bridge import run_in_background
from checkin.ui.language import error_text

TICK_MS = 500


class DeskSync(QObject):
    """The window's link to the other desks: starts sync, applies incoming changes on a timer."""

    started = Signal()
    failed = Signal(str)
    applied = Signal(int)  # how many changes from other desks were applied
    stopped = Signal()  # the window is closing

    instance_factory = Syncthing  # tests pass their own home/listen host through this

    def __init__(self, ctx):
        super().__init__(ctx.window)
        self.ctx = ctx
        self._window = ctx.window
        self.core = ctx.event
        self.desk: SyncedDesk | None = None
        self.error = ""
        self._starting = False
        self._closed = False  # the window closed: its event file is closed too
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    @property
    def available(self) -> bool:
        return find_binary() is not None

    @property
    def shared(self) -> bool:
        return self.core.setting(EVENT_ID) is not None

    @property
    def running(self) -> bool:
        return self.desk is not None and self.desk.journal is not None

    def start(self) -> None:
        """Start this desk's Syncthing off the UI thread, then attach the journal here."""
        if self.running or self._starting or self._closed or not self.available:
            return
        self._starting = True
        desk = SyncedDesk(self.core, self.instance_factory(), desk_name=self.window_desk_name())

        def started(_):
            self._starting = False
            if self._closed:
                desk.instance.stop()
                return
            try:
                desk.start()  # Syncthing already answers: quick, and the event stays on this thread
            except Exception as exc:  # shown in the panel; the desk keeps working alone
                self._failed(exc)
                return
            self.desk = desk
            self.timer.start()
            self.started.emit()

        run_in_background(desk.instance.start, started, self._failed)

    def window_desk_name(self) -> str | None:
        return self.ctx.desk or None

    def _failed(self, exc) -> None:
        self._starting = False
        self.error = error_text(exc)
        self.failed.emit(self.error)

    def tick(self) -> None:
        if self.desk is None:
            return
        report = self.desk.tick()
        if report.applied:
            self.applied.emit(report.applied)
            self._window.data_changed.emit()

    def eventFilter(self, watched, ev) -> bool:  # noqa: N802
        if watched is self._window and ev.type() == QEvent.Type.Close:
            self._closed = True
            self.stop()
            self.stopped.emit()
        return False

    def stop(self) -> None:
        self.timer.stop()
        if self.desk is not None:
            self.desk.stop()
            self.desk = None

    @property
    def folder(self):
        return pairing.default_folder(self.core.path)
