"""Tables and their guests as a Qt tree model, with drag and drop of guests between tables.

Top-level rows: first the guests without a seat ("Not seated"), then one row per table.
Children are guests. Dropping guests on a table (or on a guest at that table) seats them
there by hand (locked); dropping them on "Not seated" removes their seat. The model only
calls the core (``checkin.seating.assign``) and reloads.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from checkin import guests, tables
from checkin.models import Guest, Table
from checkin.search import fold, haystack
from checkin.seating import assign
from checkin.seating.reasons import REASONS, Reason
from checkin.ui.language import error_text, with_reading

MIME = "application/x-checkin-guest-ids"  # JSON list of guest ids (also floor_plan.py)
OVER = QColor("#c62828")
OVER_BG = QColor("#ffebee")
FULL_BG = QColor("#fff8e1")
_NO_PARENT = 0xFFFFFFFF  # internalId of top-level rows


def reason_text(reason: Reason | None) -> str:
    """A seating reason in the user's language (the English template is the source text)."""
    if reason is None:
        return ""
    template = QCoreApplication.translate("core", REASONS.get(reason.key, reason.key))
    try:
        return template.format(**reason.params)
    except (KeyError, IndexError):
        return template


@dataclass
class _Group:
    table: Table | None  # None: the guests without a seat
    members: list[Guest] = field(default_factory=list)

    @property
    def over_capacity(self) -> bool:
        t = self.table
        return bool(t and t.capacity is not None and len(self.members) > t.capacity)

    @property
    def full(self) -> bool:
        t = self.table
        return bool(t and t.capacity is not None and len(self.members) >= t.capacity)


class SeatingModel(QAbstractItemModel):
    """Columns: name, organisation, field, seats (tables) / locked (guests)."""

    NAME, ORGANISATION, FIELD, SEATS = range(4)
    GuestIdRole = Qt.ItemDataRole.UserRole + 1
    TableIdRole = Qt.ItemDataRole.UserRole + 2
    OverCapacityRole = Qt.ItemDataRole.UserRole + 3
    FillRole = Qt.ItemDataRole.UserRole + 4  # seated / capacity of a table (None: no limit)

    seats_changed = Signal(list)  # guest ids whose seat changed (after the commit)
    failed = Signal(str)

    def __init__(self, core_event, parent=None):
        super().__init__(parent)
        self._core = core_event
        self._groups: list[_Group] = []
        self._reasons: dict[int, Reason] = {}
        self.reload()

    # -- loading --------------------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        groups = [_Group(None)] + [_Group(t) for t in tables.list_tables(self._core)]
        by_table = {g.table.id: g for g in groups[1:]}
        for guest in guests.list_guests(self._core, include_cancelled=False):
            by_table.get(guest.table_id, groups[0]).members.append(guest)
        self._groups = groups
        self._reasons = assign.latest_reasons(self._core)
        self.endResetModel()

    def unseated_index(self) -> QModelIndex:
        return self.index(0, 0)

    def table_index(self, table_id: int) -> QModelIndex:
        for row, group in enumerate(self._groups):
            if group.table and group.table.id == table_id:
                return self.index(row, 0)
        return QModelIndex()

    def group(self, index: QModelIndex) -> _Group | None:
        if index.isValid() and index.internalId() == _NO_PARENT:
            return self._groups[index.row()]
        return None

    def guest(self, index: QModelIndex) -> Guest | None:
        if index.isValid() and index.internalId() != _NO_PARENT:
            return self._groups[index.internalId()].members[index.row()]
        return None

    def tables(self) -> list[Table]:
        return [g.table for g in self._groups if g.table]

    # -- structure ------------------------------------------------------------------------------
    def index(self, row, column, parent=QModelIndex()):  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_PARENT)
        return self.createIndex(row, column, parent.row())

    def parent(self, index=QModelIndex()):  # noqa: B008
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(index.internalId(), 0, _NO_PARENT)

    def rowCount(self, parent=QModelIndex()):  # noqa: B008, N802
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _NO_PARENT and parent.column() == 0:
            return len(self._groups[parent.row()].members)
        return 0

    def columnCount(self, parent=QModelIndex()):  # noqa: B008, N802
        return 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Table / guest"),
            self.tr("Organisation / host"),
            self.tr("Field"),
            self.tr("Seats / locked"),
        )[section]

    # -- data -----------------------------------------------------------------------------------
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        group = self.group(index)
        if group is not None:
            return self._group_data(group, index.column(), role)
        return self._guest_data(self.guest(index), index.column(), role)

    def _group_data(self, group: _Group, column: int, role):
        t = group.table
        if role == self.TableIdRole:
            return t.id if t else None
        if role == self.OverCapacityRole:
            return group.over_capacity
        if role == self.FillRole:
            if t is None or not t.capacity:
                return None
            return len(group.members) / t.capacity
        if role == Qt.ItemDataRole.DisplayRole:
            if t is None:
                return (
                    self.tr("Not seated")
                    if column == self.NAME
                    else str(len(group.members))
                    if column == self.SEATS
                    else ""
                )
            if column == self.NAME:
                text = self.tr("Table %1").replace("%1", str(t.number))
                return f"{text} – {t.name}" if t.name else text
            if column == self.ORGANISATION:
                return t.host or ""
            if column == self.FIELD:
                return t.theme or ""
            cap = "–" if t.capacity is None else str(t.capacity)
            return f"{len(group.members)}/{cap}"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and group.over_capacity:
            return QBrush(OVER)
        if role == Qt.ItemDataRole.BackgroundRole:
            if group.over_capacity:
                return QBrush(OVER_BG)
            if group.full:
                return QBrush(FULL_BG)
        if role == Qt.ItemDataRole.ToolTipRole and group.over_capacity:
            return (
                self.tr("Over capacity: %1 guests for %2 seats.")
                .replace("%1", str(len(group.members)))
                .replace("%2", str(t.capacity))
            )
        return None

    def _guest_data(self, g: Guest, column: int, role):
        if role == self.GuestIdRole:
            return g.id
        if role == self.TableIdRole:
            return g.table_id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return with_reading(g.full_name)
            if column == self.ORGANISATION:
                return g.organisation
            if column == self.FIELD:
                return g.industry
            return None
        if role == Qt.ItemDataRole.CheckStateRole and column == self.SEATS and g.table_id:
            return Qt.CheckState.Checked if g.table_locked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            text = reason_text(self._reasons.get(g.id))
            if g.category == "Delegation":
                text = (self.tr("Visitor (delegation)") + "\n" + text).strip()
            return text or None
        if role == Qt.ItemDataRole.ForegroundRole and g.category == "Delegation":
            return QBrush(QColor("#1f5fa8"))
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.group(index) is not None:
            return base | Qt.ItemFlag.ItemIsDropEnabled
        flags = base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if index.column() == self.SEATS and self.guest(index).table_id:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        g = self.guest(index)
        if g is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        locked = Qt.CheckState(value) == Qt.CheckState.Checked
        assign.set_locked(self._core, [g.id], locked)
        self._changed([g.id])
        return True

    # -- drag and drop --------------------------------------------------------------------------
    def supportedDragActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDropActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self):  # noqa: N802
        return [MIME]

    def mimeData(self, indexes):  # noqa: N802
        ids = []
        for index in indexes:
            g = self.guest(index)
            if g is not None and g.id not in ids:
                ids.append(g.id)
        mime = QMimeData()
        mime.setData(MIME, json.dumps(ids).encode())
        mime.setText("\n".join(str(i) for i in ids))
        return mime

    def target_table(self, parent: QModelIndex) -> tuple[bool, int | None]:
        """Where a drop on ``parent`` seats guests: (valid, table id or None for unseat)."""
        group = self.group(parent)
        if group is None and parent.isValid():
            group = self.group(parent.parent())
        if group is None:
            return False, None
        return True, group.table.id if group.table else None

    def canDropMimeData(self, data, action, row, column, parent):  # noqa: N802
        return data.hasFormat(MIME) and self.target_table(parent)[0]

    def dropMimeData(self, data, action, row, column, parent):  # noqa: N802
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not data.hasFormat(MIME):
            return False
        ok, table_id = self.target_table(parent)
        if not ok:
            return False
        ids = json.loads(bytes(data.data(MIME)).decode() or "[]")
        return self.seat(ids, table_id)

    def seat(self, guest_ids: list[int], table_id: int | None) -> bool:
        """Seat guests at a table by hand (locked), or remove their seats (None)."""
        moved = []
        try:
            for guest_id in guest_ids:
                if guests.get_guest(self._core, guest_id).table_id != table_id:
                    assign.assign(self._core, guest_id, table_id)
                    moved.append(guest_id)
        except Exception as exc:  # shown to the user; what was done so far stays done
            self.failed.emit(error_text(exc))
        if moved:
            self._changed(moved)
        # The model was reloaded; the dragging view's removeRows() is a no-op on this model.
        return True

    def _changed(self, ids: list[int]) -> None:
        self.reload()
        self.seats_changed.emit(ids)


class SeatingFilter(QSortFilterProxyModel):
    """Filter guests by text (names in any script, organisation, field) and tables by kind."""

    ALL, OVER_CAPACITY, FREE_SEATS = "all", "over", "free"

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self._tables = self.ALL
        self.setRecursiveFilteringEnabled(False)

    def _refilter(self, change) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:
            change()
            self.invalidateFilter()

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_words", fold(text).split()))

    def set_tables(self, kind: str) -> None:
        """ALL, OVER_CAPACITY, FREE_SEATS, or ``theme:<theme>``."""
        self._refilter(lambda: setattr(self, "_tables", kind))

    def _guest_matches(self, g: Guest) -> bool:
        text = haystack(g) + " " + fold(g.industry)
        return all(w in text for w in self._words)

    def filterAcceptsRow(self, row, parent):  # noqa: N802
        model: SeatingModel = self.sourceModel()
        index = model.index(row, 0, parent)
        g = model.guest(index)
        if g is not None:
            return self._guest_matches(g)
        group = model.group(index)
        if group.table is None:
            return True
        if self._tables == self.OVER_CAPACITY and not group.over_capacity:
            return False
        if self._tables == self.FREE_SEATS and group.full:
            return False
        if self._tables.startswith("theme:") and (group.table.theme or "") != self._tables[6:]:
            return False
        if not self._words:
            return True
        label = fold(f"{group.table.number} {group.table.name} {group.table.theme}")
        return all(w in label for w in self._words) or any(
            self._guest_matches(g) for g in group.members
        )
