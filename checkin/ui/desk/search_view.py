"""Find a guest by name as you type (any script or spelling, accents, a typo) and check
them in.

Up/Down move through the results without leaving the search field; Enter checks the
selected guest in; Escape goes back to the scan view. Names in another script than the
staff's show their reading; when nobody matches, the view says so and offers a walk-in (F4).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin import checkins, guests, search
from checkin.event import Event
from checkin.models import Guest
from checkin.seating import place
from checkin.ui.bridge import run_in_background
from checkin.ui.desk import place_text
from checkin.ui.language import current_language, list_name, on_language_change


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.guests: list[Guest] = []
        self.state_of = None  # guest id -> checkins.State, for the rows on screen
        self.place_of = None  # guest id -> where they sit now (checkin.seating.place)
        self._states: dict[int, object] = {}
        self._places: dict[int, object] = {}

    def set_guests(self, found: list[Guest]) -> None:
        self.beginResetModel()
        self.guests = found
        self._states, self._places = {}, {}
        self.endResetModel()

    def _place_text(self, guest: Guest) -> str:
        if self.place_of is None:
            return ""
        if guest.id not in self._places:
            self._places[guest.id] = self.place_of(guest.id)
        return place_text.short_text(self._places[guest.id])

    def _state_text(self, guest: Guest) -> str:
        if self.state_of is None:
            return ""
        if guest.id not in self._states:
            self._states[guest.id] = self.state_of(guest.id)
        state = self._states[guest.id]
        if state is checkins.State.IN:
            return self.tr("already checked in")
        if state is checkins.State.OUT:
            return self.tr("checked out")
        return ""

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.guests)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        guest = self.guests[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            parts = [list_name(guest.given_name, guest.family_name)]
            if guest.organisation:
                parts.append(guest.organisation)
            seat = self._place_text(guest)  # the card's answer: this round's table, or the seat
            if seat:
                parts.append(seat)
            if guest.cancelled:
                parts.append(self.tr("cancelled"))
            elif state := self._state_text(guest):
                parts.append(state)
            return " — ".join(parts)
        if role == Qt.ItemDataRole.UserRole:
            return guest
        return None


_RUNNING: set = set()  # index builds still running in the thread pool


def _build_index(path, lang: str) -> search.SearchIndex:
    with Event.open(path, read_only=True) as event:
        return search.SearchIndex(guests.list_guests(event), lang)


class SearchView(QWidget):
    check_in_requested = Signal(object)  # the Guest
    back_requested = Signal()
    walkin_requested = Signal(str)  # what was typed, for a guest nobody found

    def __init__(self, event: Event, parent=None, *, limit: int = 50, item=None):
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self._event = event
        self.limit = limit
        self.item = item
        self.index: search.SearchIndex | None = None
        self._fingerprint = None
        self._pending = None
        self.query_field = QLineEdit()
        self.query_field.setObjectName("search_field")
        font = self.query_field.font()
        font.setPointSize(16)
        self.query_field.setFont(font)
        self.query_field.textChanged.connect(self.run_query)
        self.query_field.installEventFilter(self)
        self.model = SearchResultsModel(self)
        self.model.state_of = self._state_of
        self.model.place_of = self._place_of
        self.results = QListView()
        self.results.setObjectName("search_results")
        self.results.setModel(self.model)
        self.results.setUniformItemSizes(True)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.activated.connect(self._activated)
        self.results.doubleClicked.connect(self._activated)
        list_font = self.results.font()
        list_font.setPointSize(14)
        self.results.setFont(list_font)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #546e7a;")
        self.empty = QLabel()
        self.empty.setObjectName("search_empty")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)  # the query is data, never markup
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("font-size: 15pt;")
        self.walkin_button = QPushButton()
        self.walkin_button.setObjectName("search_walkin")
        self.walkin_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.walkin_button.clicked.connect(
            lambda: self.walkin_requested.emit(self.query_field.text().strip())
        )
        nobody = QHBoxLayout()
        nobody.addWidget(self.empty, 1)
        nobody.addWidget(self.walkin_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.query_field)
        layout.addLayout(nobody)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self._show_nobody("")
        self.setFocusProxy(self.query_field)
        self.retranslate()

    def retranslate(self) -> None:
        self.query_field.setPlaceholderText(
            self.tr("Name, organisation or e-mail – any spelling, Latin or Cyrillic")
        )
        self.hint.setText(self.tr("↑ ↓ choose · Enter: check in · Esc: back to scanning"))
        self.walkin_button.setText(self.tr("Register as a walk-in (F4)"))
        self._show_nobody("" if self.model.guests else self.query_field.text().strip())
        rows = self.model.rowCount()
        if rows:  # the rows' words ("already checked in"), in the new language
            self.model.dataChanged.emit(self.model.index(0), self.model.index(rows - 1))

    def _place_of(self, guest_id: int):
        return place.place_of(self._event, guest_id, self.item, lang=current_language())

    def _state_of(self, guest_id: int):
        if self.item is None:
            return None
        return checkins.status(self._event, guest_id, self.item.id).state

    # -- the index ---------------------------------------------------------------------------
    def _guest_fingerprint(self):
        row = self._event.db.execute(
            "SELECT COUNT(*), MAX(updated_at), MAX(id) FROM guests"
        ).fetchone()
        return tuple(row)

    def refresh_index(self, *, force: bool = False, background: bool = False) -> None:
        """Rebuild the search index if guests were added or edited since the last build.

        ``background`` builds it in the thread pool from a read-only connection (for large
        events, so the window stays responsive); a search before it is ready builds at once.
        """
        fingerprint = self._guest_fingerprint()
        if not force and self.index is not None and fingerprint == self._fingerprint:
            return
        if background:
            path, lang = self._event.path, current_language()
            self._pending = fingerprint
            task = run_in_background(
                lambda: _build_index(path, lang), self._index_built, self._index_failed
            )
            # The task outlives this view if the window closes mid-build: keep it (and its
            # signals) alive until it has reported.
            _RUNNING.add(task)
            task.signals.done.connect(lambda _r: _RUNNING.discard(task))
            task.signals.failed.connect(lambda _e: _RUNNING.discard(task))
            return
        self._install(
            search.SearchIndex(guests.list_guests(self._event), current_language()), fingerprint
        )

    def _install(self, built: search.SearchIndex, fingerprint) -> None:
        self.index = built
        self._fingerprint = fingerprint
        self.run_query(self.query_field.text())

    def _index_built(self, built) -> None:
        if self.index is None or self._fingerprint != self._pending:
            self._install(built, self._pending)

    def _index_failed(self, _exc) -> None:
        pass  # the next search builds the index in the foreground

    # -- searching ---------------------------------------------------------------------------
    def start(self, text: str = "") -> None:
        """Show the view ready to type (optionally with a first character)."""
        self.refresh_index()
        self.query_field.setText(text)
        self.query_field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def run_query(self, text: str) -> list[Guest]:
        if self.index is None:
            self.refresh_index()
        found = self.index.find(text, self.limit) if text.strip() else []
        self.model.set_guests(found)
        if found:
            self.results.setCurrentIndex(self.model.index(0))
        self._show_nobody("" if found else text.strip())
        return found

    def _show_nobody(self, query: str) -> None:
        """ "Nobody found" and the walk-in offer, for a query that found no guest."""
        text = self.tr("No guest found for “%1”.").replace("%1", query) if query else ""
        self.empty.setText(text)
        self.empty.setVisible(bool(query))
        self.walkin_button.setVisible(bool(query))

    def selected_guest(self) -> Guest | None:
        index = self.results.currentIndex()
        return self.model.guests[index.row()] if index.isValid() else None

    def _move(self, step: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        row = self.results.currentIndex().row()
        row = max(0, min(rows - 1, (row if row >= 0 else -1) + step))
        self.results.setCurrentIndex(self.model.index(row))

    def _activated(self, index) -> None:
        if index.isValid():
            self.check_in_requested.emit(self.model.guests[index.row()])

    def eventFilter(self, obj, ev) -> bool:  # noqa: N802
        if obj is self.query_field and ev.type() == QEvent.Type.KeyPress:
            key = ev.key()
            moves = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: 10,
                Qt.Key.Key_PageUp: -10,
            }
            if key in moves:
                self._move(moves[key])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                guest = self.selected_guest()
                if guest is not None:
                    self.check_in_requested.emit(guest)
                return True
            if key == Qt.Key.Key_Escape:
                self.back_requested.emit()
                return True
        return super().eventFilter(obj, ev)
