"""The guest list as a Qt table model, and the proxy that sorts and filters it.

Names in another script than the staff's show their reading ("Парфёнова (Parfenova)"); the
name and text columns sort in the staff's order (DIN 5007, or the Russian alphabet), the
same as the printed lists (``checkin.collation``).

A large list is read off the UI thread (``read`` on its own connection, then ``install``);
a check-in updates its guest's row only (``update_guests``), never the whole list.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from checkin import checkins, collation, guests, search
from checkin.event import Event
from checkin.models import Guest, ProgrammeItem
from checkin.seating import place
from checkin.ui.desk import place_text
from checkin.ui.language import category_name, current_language, names

KEY_ROLE = Qt.ItemDataRole.UserRole  # the raw value behind a cell (status key, table number)

# Status keys shown in the list (and used by the filter).
EXPECTED, CHECKED_IN, CHECKED_OUT, CANCELLED = "expected", "in", "out", "cancelled"


class GuestTableModel(QAbstractTableModel):
    COLUMNS = (
        "family_name",
        "given_name",
        "organisation",
        "category",
        "table",
        "status",
        "printed",
    )

    def __init__(self, event: Event, item: ProgrammeItem, parent=None, *, load: bool = True):
        super().__init__(parent)
        self.checkin_event = event
        self.item = item
        self._guests: list[Guest] = []
        self._places: dict = {}  # guest id -> where they sit now (checkin.seating.place)
        self._states: dict = {}
        self._row_by_id: dict[int, int] = {}
        self._fingerprint = None
        self._sort_texts: dict[tuple[int, str, str], str] = {}  # (guest, column, lang) -> key
        if load:  # else the owner reads it in the background and calls install()
            self.reload()

    def headers(self) -> list[str]:
        return [
            self.tr("Family name"),
            self.tr("Given name"),
            self.tr("Organisation"),
            self.tr("Category"),
            self.tr("Table"),
            self.tr("Status"),
            self.tr("Badge printed"),
        ]

    def _guest_fingerprint(self):
        sql = "SELECT COUNT(*), MAX(updated_at), MAX(id), SUM(cancelled) FROM guests"
        return tuple(self.checkin_event.db.execute(sql).fetchone())

    def reload(self, item: ProgrammeItem | None = None) -> None:
        """Re-read check-in states; re-read guests and tables only if they changed."""
        item_changed = item is not None and item != self.item
        if item_changed:
            self.item = item
        fingerprint = self._guest_fingerprint()
        states = checkins.statuses(self.checkin_event, self.item.id)
        if item_changed and self._guests:
            self.refresh_places()  # another item: its rounds, or just the seats
        if fingerprint == self._fingerprint and self._guests:
            # Only check-ins changed: tell the views about the rows that did, not all rows
            # (a proxy re-sorts and re-filters whatever it is told changed).
            old, self._states = self._states, states
            col = self.COLUMNS.index("status")
            for guest_id in old.keys() | states.keys():
                before, after = old.get(guest_id), states.get(guest_id)
                if (before and before.state) != (after and after.state):
                    row = self._row_by_id.get(guest_id)
                    if row is not None:
                        self.dataChanged.emit(self.index(row, col), self.index(row, col))
            return
        self.beginResetModel()
        # in the staff's order from the start: sorting a large list on screen costs seconds
        self._guests = collation.sort_guests(guests.list_guests(self.checkin_event),
                                             current_language())  # fmt: skip
        self._row_by_id = {g.id: row for row, g in enumerate(self._guests)}
        self._places = place.places(self.checkin_event, self.item, lang=current_language())
        self._sort_texts = {}
        self._states = states
        self._fingerprint = fingerprint
        self.endResetModel()

    @staticmethod
    def read(event: Event, item: ProgrammeItem, lang: str) -> tuple:
        """Everything the list shows, in ``lang``'s order, read from ``event`` (any thread,
        its own connection)."""
        fingerprint = tuple(
            event.db.execute(
                "SELECT COUNT(*), MAX(updated_at), MAX(id), SUM(cancelled) FROM guests"
            ).fetchone()
        )
        return (
            collation.sort_guests(guests.list_guests(event), lang),
            place.places(event, item, lang=lang),
            checkins.statuses(event, item.id),
            fingerprint,
        )

    def install(self, snapshot: tuple) -> None:
        """Show what ``read`` returned."""
        self.beginResetModel()
        self._guests, self._places, self._states, self._fingerprint = snapshot
        self._row_by_id = {g.id: row for row, g in enumerate(self._guests)}
        self._sort_texts = {}
        self.endResetModel()

    def update_guests(self, guest_ids) -> None:
        """These guests checked in, out or were undone: read their state and repaint their
        rows (the proxy re-sorts and re-filters just those rows)."""
        col = self.COLUMNS.index("status")
        for guest_id in guest_ids:
            row = self._row_by_id.get(guest_id)
            if row is None:
                continue
            before = self._states.get(guest_id)
            after = checkins.status(self.checkin_event, guest_id, self.item.id)
            self._states[guest_id] = after
            if (before and before.state) != after.state:
                self.dataChanged.emit(self.index(row, col), self.index(row, col))

    def retranslate(self) -> None:
        """Headers and the words in cells (statuses, categories) in the new language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._guests:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._guests) - 1, len(self.COLUMNS) - 1)
            )

    def refresh_places(self) -> None:
        """Where everyone sits now: during meeting rounds it changes with the clock."""
        places = place.places(self.checkin_event, self.item, lang=current_language())
        if places != self._places and self._guests:
            self._places = places
            col = self.COLUMNS.index("table")
            self.dataChanged.emit(self.index(0, col), self.index(len(self._guests) - 1, col))

    def guest(self, row: int) -> Guest:
        return self._guests[row]

    def row_of(self, guest_id: int) -> int:
        return self._row_by_id.get(guest_id, -1)

    def status_key(self, guest: Guest) -> str:
        if guest.cancelled:
            return CANCELLED
        state = self._states.get(guest.id)
        if state is None or state.state is checkins.State.NOT_YET:
            return EXPECTED
        return CHECKED_IN if state.state is checkins.State.IN else CHECKED_OUT

    def status_text(self, key: str) -> str:
        return {
            EXPECTED: self.tr("expected"),
            CHECKED_IN: self.tr("checked in"),
            CHECKED_OUT: self.tr("checked out"),
            CANCELLED: self.tr("cancelled"),
        }[key]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._guests)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, KEY_ROLE):
            return None
        g = self._guests[index.row()]
        col = self.COLUMNS[index.column()]
        if col == "table":  # the card's answer: this round's table, or the seat
            seat = self._places.get(g.id)
            if role == KEY_ROLE:
                return seat.table_number if seat else 10**9  # guests without a table sort last
            return place_text.column_text(seat)
        if col == "status":
            key = self.status_key(g)
            return key if role == KEY_ROLE else self.status_text(key)
        if col == "printed":
            if role == KEY_ROLE:
                return g.badge_printed_count
            return self.tr("yes") if g.badge_printed_count else self.tr("no")
        if col == "category":
            shown = category_name(g.category)
            return shown if role == Qt.ItemDataRole.DisplayRole else names.sort_text(shown)
        if role == KEY_ROLE:
            return self._sort_text(g, col)
        if col in ("family_name", "given_name"):
            return names.with_reading(getattr(g, col))
        return getattr(g, col)

    def _sort_text(self, g: Guest, col: str) -> str:
        """The cell's place in the staff's order (names: family, given, then id)."""
        lang = current_language()
        cache_key = (g.id, col, lang)
        found = self._sort_texts.get(cache_key)
        if found is None:
            if col == "family_name":
                found = names.guest_sort_text(g, lang)
            elif col == "given_name":
                found = (
                    names.sort_text(g.given_name, lang) + "\x01" + names.guest_sort_text(g, lang)
                )
            else:
                found = names.sort_text(getattr(g, col) or "", lang)
            self._sort_texts[cache_key] = found
        return found


class GuestFilterProxy(QSortFilterProxyModel):
    """Sorts by any column; filters by text, status and category."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(KEY_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(False)  # the sort texts are in the staff's order already
        self.status = ""  # "" for all, else a status key
        self.category = ""  # "" for all
        self.text = ""

    def set_filters(
        self, *, text: str | None = None, status: str | None = None, category: str | None = None
    ) -> None:
        if text is not None:
            self.text = search.key(text)
        if status is not None:
            self.status = status
        if category is not None:
            self.category = category
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802
        model: GuestTableModel = self.sourceModel()
        guest = model.guest(row)
        if self.status and model.status_key(guest) != self.status:
            return False
        if self.category and guest.category != self.category:
            return False
        if self.text:
            words = search.guest_words(guest)
            return all(any(w.startswith(q) for w in words) for q in self.text.split())
        return True
