"""The desk's sync thread: Syncthing, the journal and the apply loop, off the UI thread.

One ``QThread`` per desk window, running for as long as the window is open. It starts this
desk's Syncthing, so Linux ties Syncthing's life to this thread (``PR_SET_PDEATHSIG`` fires
when the *thread* that started it ends: a thread-pool worker ends after 30 s idle, and
Syncthing went with it). Every REST call, journal write and journal application happens
here, on the thread's own connection to the event file; the UI hears of it by signal.
"""

from __future__ import annotations

import time
import traceback

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from checkin.event import Event
from checkin.sync import join_codes, pairing
from checkin.sync.desk import SyncedDesk
from checkin.sync.overview import Overview, overview

TICK_MS = 500
OVERVIEW_EVERY_S = 2.0
RETRY_START_S = 10.0


class SyncWorker(QObject):
    """Lives in the sync thread; every slot runs there."""

    started = Signal(str, str)  # desk id, desk name: syncing
    failed = Signal(object)  # an exception (sync could not start; the desk works alone)
    applied = Signal(int)  # changes from other desks applied to the event file
    overview_ready = Signal(object)  # an Overview for the desks panel
    answered = Signal(str, object)  # request name, its result (or an exception)
    stopped = Signal()

    def __init__(self, path, clock, desk_name: str | None, instance_factory):
        super().__init__()
        self.path, self.clock, self.desk_name = path, clock, desk_name
        self.instance_factory = instance_factory
        self.checkin_event: Event | None = None
        self.desk: SyncedDesk | None = None
        self._timer: QTimer | None = None
        self._last_overview = 0.0
        self._last_try = 0.0
        self._syncing = False

    @Slot()
    def start(self) -> None:
        self.checkin_event = Event.open(self.path, clock=self.clock)  # this thread's own connection
        self.desk = SyncedDesk(
            self.checkin_event, self.instance_factory(), desk_name=self.desk_name
        )
        self._timer = QTimer(self)  # created here, in the sync thread: it fires there
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._try_start()
        self._timer.start()

    def _try_start(self) -> None:
        self._last_try = time.monotonic()
        try:
            self.desk.start()
        except Exception as exc:  # shown in the panel; tried again; the desk works alone
            exc.__traceback_text__ = traceback.format_exc()
            self.failed.emit(exc)
            return
        self._syncing = True
        self.started.emit(self.desk.desk_id, self.desk.desk_name)

    @Slot()
    def tick(self) -> None:
        if self.desk is None:
            return
        if not self._syncing:
            if time.monotonic() - self._last_try >= RETRY_START_S:
                self._try_start()
            return
        report = self.desk.tick()
        if report.applied:
            self.applied.emit(report.applied)
        if time.monotonic() - self._last_overview >= OVERVIEW_EVERY_S or report.quarantined:
            self.send_overview()

    @Slot()
    def send_overview(self) -> None:
        if self.desk is None:
            return
        self._last_overview = time.monotonic()
        self.overview_ready.emit(overview(self.desk))

    @Slot(str, object)
    def journal_change(self, kind: str, payload) -> None:
        """The window committed a change: journal it now (the journal lives here)."""
        if self.desk is not None and self.desk.journal is not None:
            self.desk.journal.note_change(kind, payload)

    @Slot(str, object)
    def request(self, what: str, arg) -> None:
        """Panel actions that need Syncthing or the journal: run here, answered by signal."""
        try:
            if what == "join_code":
                result = pairing.make_join_code(
                    self.checkin_event, self.desk.instance, self.desk.folder
                )
            elif what == "unpair":
                self.desk.unpair(arg)
                result = arg
            elif what == "revoke_codes":
                result = join_codes.revoke_all(self.checkin_event)
            else:
                raise ValueError(what)
        except Exception as exc:  # the panel shows it
            result = exc
        self.answered.emit(what, result)
        self.send_overview()

    @Slot()
    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        try:
            if self.desk is not None:
                self.desk.stop()
        finally:
            if self.checkin_event is not None:
                self.checkin_event.close()
            self.desk = self.checkin_event = None
            self.stopped.emit()


__all__ = ["Overview", "SyncWorker"]
