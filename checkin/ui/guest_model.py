"""The guest list as a Qt table model."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from checkin import checkins, guests, tables
from checkin.event import Event
from checkin.models import Guest, ProgrammeItem
from checkin.ui.event_handle import attach_event


class GuestTableModel(QAbstractTableModel):
    COLUMNS = ("family_name", "given_name", "organisation", "category", "table", "status")

    def __init__(self, event: Event, item: ProgrammeItem, parent=None):
        super().__init__(parent)
        attach_event(self, event, QAbstractTableModel)
        self.item = item
        self._guests: list[Guest] = []
        self._tables: dict = {}
        self._states: dict = {}
        self.reload()

    def headers(self) -> list[str]:
        return [
            self.tr("Family name"),
            self.tr("Given name"),
            self.tr("Organisation"),
            self.tr("Category"),
            self.tr("Table"),
            self.tr("Status"),
        ]

    def reload(self, item: ProgrammeItem | None = None) -> None:
        self.beginResetModel()
        if item is not None:
            self.item = item
        self._guests = guests.list_guests(self.event)
        self._tables = {t.id: t for t in tables.list_tables(self.event)}
        self._states = checkins.statuses(self.event, self.item.id)
        self.endResetModel()

    def guest(self, row: int) -> Guest:
        return self._guests[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._guests)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        g = self._guests[index.row()]
        col = self.COLUMNS[index.column()]
        if col == "table":
            t = self._tables.get(g.table_id)
            return t.label if t else ""
        if col == "status":
            if g.cancelled:
                return self.tr("cancelled")
            state = self._states.get(g.id)
            if state is None or state.state is checkins.State.NOT_YET:
                return self.tr("expected")
            return (
                self.tr("checked in")
                if state.state is checkins.State.IN
                else self.tr("checked out")
            )
        return getattr(g, col)
