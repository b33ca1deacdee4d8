"""Keeping this desk in step with the others while the window is open.

If the event is shared with other desks (or a join code is shown), the desk's sync thread
starts (``worker.py``): it owns Syncthing, the journal and the apply loop for as long as the
window is open. The window's own changes reach the journal there by signal; what the other
desks did arrives as ``applied`` (the window's ``data_changed`` follows, so the views
reload), and the desks panel gets an ``Overview`` every few seconds. Nothing here waits for
Syncthing: a Syncthing that hangs leaves the desk checking guests in. Without Syncthing the
desk works alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QThread, Signal, Slot

from checkin.sync import pairing
from checkin.sync.journal import EVENT_ID
from checkin.sync.overview import Overview
from checkin.sync.syncthing import Syncthing, find_binary
from checkin.ui.desks.worker import SyncWorker
from checkin.ui.language import error_text

STOP_WAIT_MS = 60_000


class DeskSync(QObject):
    """The window's link to the other desks (UI thread); the work is done by a SyncWorker."""

    started = Signal()
    failed = Signal(str)
    applied = Signal(int)  # how many changes from other desks were applied
    overview_changed = Signal(object)  # Overview
    answered = Signal(str, object)  # a panel request ("join_code", …) and its result
    stopped = Signal()  # the window is closing
    _change = Signal(str, object)  # to the worker: the window committed a change
    _request = Signal(str, object)  # to the worker: do this for the panel
    _stop = Signal()  # to the worker: stop

    instance_factory = Syncthing  # tests pass their own home/listen host through this

    def __init__(self, ctx):
        super().__init__(ctx.window)
        self.ctx = ctx
        self._window = ctx.window
        self.core = ctx.event
        self._thread: QThread | None = None
        self.worker: SyncWorker | None = None
        self.desk_id = self.desk_name = ""
        self.overview: Overview | None = None
        self.error = ""
        self.starting = False
        self._syncing = False
        self._closed = False  # the window closed: its event file is closed too

    @property
    def available(self) -> bool:
        return find_binary() is not None

    @property
    def shared(self) -> bool:
        return self.core.setting(EVENT_ID) is not None

    @property
    def running(self) -> bool:
        """The sync thread runs and its journal records this desk's changes."""
        return self._syncing

    @property
    def folder(self):
        return pairing.default_folder(self.core.path)

    def start(self) -> None:
        if self._thread is not None or self._closed or not self.available:
            return
        self.starting, self.error = True, ""
        self._thread = QThread(self)
        self._thread.setObjectName("desk-sync")
        self.worker = SyncWorker(
            self.core.path, self.core.clock, self.ctx.desk or None, self.instance_factory
        )
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.start)
        self.worker.started.connect(self._on_started)
        self.worker.failed.connect(self._on_failed)
        self.worker.applied.connect(self._on_applied)
        self.worker.overview_ready.connect(self._on_overview)
        self.worker.answered.connect(self._on_answered)
        # quit() is thread-safe; direct, so a UI thread waiting in stop() is not needed for it
        self.worker.stopped.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._change.connect(self.worker.journal_change)
        self._request.connect(self.worker.request)
        self._stop.connect(self.worker.stop)
        self.ctx.changes.changed.connect(self._forward_change)
        self._thread.start()

    # -- from the worker (queued to the UI thread) ------------------------------------------------
    @Slot(str, str)
    def _on_started(self, desk_id: str, desk_name: str) -> None:
        if self._closed:  # late news from the sync thread: the window is gone
            return
        self.starting, self.error, self._syncing = False, "", True
        self.desk_id, self.desk_name = desk_id, desk_name
        self.started.emit()

    @Slot(object)
    def _on_failed(self, exc) -> None:
        if self._closed:  # late news from the sync thread: the window is gone
            return
        self.starting = False
        self.error = error_text(exc)
        self.failed.emit(self.error)

    @Slot(int)
    def _on_applied(self, count: int) -> None:
        if self._closed:  # late news from the sync thread: the window is gone
            return
        self.applied.emit(count)
        self._window.data_changed.emit()

    @Slot(object)
    def _on_overview(self, overview: Overview) -> None:
        if self._closed:  # late news from the sync thread: the window is gone
            return
        self.overview = overview
        self.overview_changed.emit(overview)

    @Slot(str, object)
    def _on_answered(self, what: str, result) -> None:
        if self._closed:  # late news from the sync thread: the window is gone
            return
        self.answered.emit(what, result)

    @Slot(str, object)
    def _forward_change(self, kind: str, payload) -> None:
        self._change.emit(kind, payload)

    # -- for the panel -------------------------------------------------------------------------------
    def request(self, what: str, arg=None) -> None:
        """Ask the sync thread for a join code ("join_code"), to "unpair" a device, or to
        "revoke_codes"; the answer comes as ``answered``. Starts sync if needed."""
        self.start()
        self._request.emit(what, arg)

    def eventFilter(self, watched, ev) -> bool:  # noqa: N802
        if watched is self._window and ev.type() == QEvent.Type.Close:
            self._closed = True
            self.stop()
            self.stopped.emit()
        return False

    def stop(self) -> None:
        """Stop the sync thread (Syncthing, the journal) and wait for it to end."""
        if self._thread is None:
            return
        self.ctx.changes.changed.disconnect(self._forward_change)
        self._stop.emit()
        self._thread.wait(STOP_WAIT_MS)
        self._thread = self.worker = None
        self._syncing = self.starting = False
