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
    from checkin.ui.desk.desk_view import DeskView

LARGE = 5000


class DeskUpdates(QObject):
    guests_checked = Signal(list)  # guest ids whose row and counts were just updated

    def __init__(self, desk: DeskView, guest_count: int):
        super().__init__(desk)
        self.desk = desk
        self.large = guest_count > LARGE
        self.loading = self.large  # until the background read has arrived
        self._entries: list[int] = []  # new check-in log entries, not applied yet
        self._waiting: set[int] = set()  # guests checked in while the read was running
        self._timer = QTimer(self, singleShot=True, interval=0)  # after the card is painted
        self._timer.timeout.connect(self._apply)
        desk.ctx.changes.checked_in.connect(self.queue)
        # Anything else reloads the views, once per burst of changes, after the card.
        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self.reload)
        desk.window_.data_changed.connect(self._reload_timer.start)
        desk.ctx.changes.changed.connect(
            lambda kind, _payload: kind != "checkin" and self._reload_timer.start()
        )

    def stop(self) -> None:
        self._reload_timer.stop()
        self._timer.stop()

    def reload(self) -> None:
        """Guests, seats or items changed: read the list and the counts again."""
        if self.desk.closed or self.loading:  # closing, or the background read will do it
            return
        self.desk.reload()

    # -- a large event, read in the background ------------------------------------------------
    def read_in_background(self) -> None:
        path, item = self.desk.ctx.event.path, self.desk.ctx.item
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
        desk = self.desk
        self.loading = False
        if desk.closed:
            return
        listed, counts, all_items = result
        if counts.item.id != desk.ctx.item.id:  # another item was picked meanwhile
            self.reload()
            return
        desk.guest_list.install(listed)
        desk.counters.install(counts)
        desk.fill_items(all_items)
        if self._waiting:
            self._timer.start()

    def _failed(self, exc) -> None:
        from checkin.ui.language import error_text

        self.loading = False
        if not self.desk.closed:
            self.desk.ctx.notify(error_text(exc), 10000, error=True)
            self.reload()

    # -- check-ins ------------------------------------------------------------------------------
    def queue(self, entry_id: int) -> None:
        """A check-in log entry was written: its guest's row and the counts follow."""
        self._entries.append(entry_id)
        self._timer.start()

    def _apply(self) -> None:
        desk = self.desk
        entries, self._entries = self._entries, []
        if desk.closed:
            return
        item_id = desk.ctx.item.id
        guest_ids = set(self._waiting)
        for start in range(0, len(entries), 500):  # within SQLite's limit on parameters
            chunk = entries[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            sql = f"SELECT guest_id, item_id FROM checkins WHERE id IN ({marks})"
            rows = desk.ctx.event.db.execute(sql, chunk).fetchall()
            guest_ids |= {guest for guest, item in rows if item == item_id}
        if self.loading:  # the read may have missed them: applied once it has arrived
            self._waiting = guest_ids
            return
        self._waiting = set()
        if not guest_ids:
            return
        ordered = sorted(guest_ids)
        desk.guest_list.model.update_guests(ordered)
        counted = desk.counters.update_guests(ordered)
        if counted is not None:
            desk.update_item_label(counted)
        if desk.pages.currentWidget() is desk.search_view:
            desk.search_view.refresh_index()
        self.guests_checked.emit(ordered)
