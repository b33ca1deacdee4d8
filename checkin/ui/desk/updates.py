"""Keeping the desk's guest list and counts current without ever stalling a scan.

A large event (more than ``LARGE`` guests) is read in the background, on a connection of
its own, while the scan field already takes scans. A check-in (here, at another desk, an
undo) updates only its guest's row and the counts, after the result card is shown: at
100,000 guests a reload of everything took a tenth of a second per scan.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from checkin import stats
from checkin.event import Event
from checkin.ui.bridge import run_in_background
from checkin.ui.desk.guest_model import GuestTableModel
from checkin.ui.language import current_language

if TYPE_CHECKING:
    from checkin.ui.main_window import MainWindow

LARGE = 5000


class DeskUpdates(QObject):
    guests_checked = Signal(list)  # guest ids whose row and counts were just updated

    def __init__(self, window: MainWindow, guest_count: int):
        super().__init__(window)
        self.window = window
        self.large = guest_count > LARGE
        self.loading = self.large  # until the background read has arrived
        self._entries: list[int] = []  # new check-in log entries, not applied yet
        self._waiting: set[int] = set()  # guests checked in while the read was running
        self._timer = QTimer(self, singleShot=True, interval=0)  # after the card is painted
        self._timer.timeout.connect(self._apply)
        window.ctx.changes.checked_in.connect(self.queue)
        # Anything else reloads the views, once per burst of changes, after the card.
        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self.reload)
        window.data_changed.connect(self._reload_timer.start)
        window.ctx.changes.changed.connect(
            lambda kind, _payload: kind != "checkin" and self._reload_timer.start()
        )

    def stop(self) -> None:
        self._reload_timer.stop()
        self._timer.stop()

    def reload(self) -> None:
        """Guests, seats or items changed: read the list and the counts again."""
        window = self.window
        if window.closed or self.loading:  # closing, or the background read will do it
            return
        window.guest_list.reload()
        window.update_item_label(window.counters.reload(window.ctx.item))
        if window.pages.currentWidget() is window.search_view:
            window.search_view.refresh_index()

    # -- a large event, read in the background ------------------------------------------------
    def read_in_background(self) -> None:
        path, item = self.window.ctx.event.path, self.window.ctx.item
        lang = current_language()  # the list's order, read on the UI thread

        def read():
            with Event.open(path, read_only=True) as reader:
                return (
                    GuestTableModel.read(reader, item, lang),
                    stats.LiveCounts(reader, item),
                    stats.event_stats(reader),
                )

        run_in_background(read, self._arrived, self._failed)

    def _arrived(self, result) -> None:
        window = self.window
        self.loading = False
        if window.closed:
            return
        listed, counts, all_items = result
        if counts.item.id != window.ctx.item.id:  # another item was picked meanwhile
            self.reload()
            return
        window.guest_list.install(listed)
        window.counters.install(counts)
        window.fill_items(all_items)
        if self._waiting:
            self._timer.start()

    def _failed(self, exc) -> None:
        from checkin.ui.language import error_text

        self.loading = False
        if not self.window.closed:
            self.window.statusBar().showMessage(error_text(exc), 10000)
            self.self.reload()

    # -- check-ins ------------------------------------------------------------------------------
    def queue(self, entry_id: int) -> None:
        """A check-in log entry was written: its guest's row and the counts follow."""
        self._entries.append(entry_id)
        self._timer.start()

    def _apply(self) -> None:
        window = self.window
        entries, self._entries = self._entries, []
        if window.closed:
            return
        guest_ids = set(self._waiting)
        for start in range(0, len(entries), 500):  # within SQLite's limit on parameters
            chunk = entries[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            sql = f"SELECT guest_id, item_id FROM checkins WHERE id IN ({marks})"
            rows = window.ctx.event.db.execute(sql, chunk).fetchall()
            guest_ids |= {guest for guest, item in rows if item == window.ctx.item.id}
        if self.loading:  # the read may have missed them: applied once it has arrived
            self._waiting = guest_ids
            return
        self._waiting = set()
        if not guest_ids:
            return
        ordered = sorted(guest_ids)
        window.guest_list.model.update_guests(ordered)
        counted = window.counters.update_guests(ordered)
        if counted is not None:
            window.update_item_label(counted)
        if window.pages.currentWidget() is window.search_view:
            window.search_view.refresh_index()
        self.guests_checked.emit(ordered)
