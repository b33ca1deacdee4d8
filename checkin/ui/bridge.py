"""Where the core meets Qt, in one place.

- ``run_in_background``: run core work off the UI thread and report back by signal;
- ``ChangeBridge``: the core's change notifications (``checkin.changes``) as Qt signals,
  delivered on the UI thread, so views update themselves from what the core reports.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from checkin import changes


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)  # the exception
    progress = Signal(int, int)  # done, total


class Task(QRunnable):
    """Run ``fn(progress=callback)`` (or ``fn()``) in the thread pool.

    Connect ``task.signals.done/failed/progress`` before ``start()``; slots run on the UI
    thread. Work that touches the event file should open its own connection
    (``Event.open(event.path)``): SQLite connections are not shared between threads.
    """

    def __init__(self, fn: Callable, *, with_progress: bool = False):
        super().__init__()
        self.fn = fn
        self.with_progress = with_progress
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            if self.with_progress:
                result = self.fn(
                    progress=lambda done, total: self.signals.progress.emit(done, total)
                )
            else:
                result = self.fn()
        except Exception as exc:  # reported to the UI, which shows it to the user
            exc.__traceback_text__ = traceback.format_exc()
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)

    def start(self, pool: QThreadPool | None = None) -> Task:
        (pool or QThreadPool.globalInstance()).start(self)
        return self


# Tasks stay referenced here until one event-loop turn after they reported: a caller that
# drops its last reference inside the done/failed slot would otherwise destroy the signal
# object while Qt is still delivering its queued signals (a crash, seen with two printouts).
_running: set[Task] = set()


def _release_later(task: Task) -> None:
    QTimer.singleShot(0, lambda: _running.discard(task))


def run_in_background(
    fn: Callable, on_done: Callable, on_failed: Callable, on_progress: Callable | None = None
) -> Task:
    task = Task(fn, with_progress=on_progress is not None)
    _running.add(task)
    task.signals.done.connect(on_done)
    task.signals.failed.connect(on_failed)
    task.signals.done.connect(lambda _result: _release_later(task))
    task.signals.failed.connect(lambda _exc: _release_later(task))
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    return task.start()


class ChangeBridge(QObject):
    """The core's change notifications (``checkin.changes``) as Qt signals on the UI thread.

    Core code reports each committed change from whatever thread wrote it; Qt queues the
    signals to the UI thread, where views subscribe to what they show. ``changed`` fires
    for every kind; the specific signals carry the ids.
    """

    changed = Signal(str, object)  # kind, payload
    checked_in = Signal(int)  # a check-in log entry's id
    guests_added = Signal(list)  # guest ids
    guests_updated = Signal(list)  # guest ids

    def __init__(self, checkin_event, parent=None):
        super().__init__(parent)
        self._event = checkin_event
        listener = self._on_change
        changes.subscribe(checkin_event, listener)
        self.destroyed.connect(lambda *_: changes.unsubscribe(checkin_event, listener))

    def detach(self) -> None:
        changes.unsubscribe(self._event, self._on_change)

    def _on_change(self, kind: str, payload: dict) -> None:
        self.changed.emit(kind, payload)
        if kind == "checkin":
            self.checked_in.emit(int(payload.get("id", 0)))
        elif kind == "guest_added":
            self.guests_added.emit(list(payload.get("ids", ())))
        elif kind == "guest_updated":
            self.guests_updated.emit(list(payload.get("ids", ())))
