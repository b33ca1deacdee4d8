"""Finding guests through the search words stored in the event file (schema v14).

Folding every name of a 50,000-guest event for one ``checkin guests --search`` took three
seconds; the words folded once and kept in the file (``checkin/schema_search.py``) turn a
search into a few index lookups. :class:`StoredIndex` ranks with the desk's own matching
(``search.Matcher``), so both find the same guests in the same order.

The triggers mark guests whose searchable fields changed; a search folds those few in
memory. Many marked guests (an import, a new event) are folded and stored by ``refresh``
when a search may write; the words are never used if the folding rules changed since
they were stored (``folding``): the search then folds everything, as the desk does.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections import namedtuple
from functools import cache
from pathlib import Path

from checkin import collation, guests, search
from checkin.errors import CheckinError
from checkin.event import Event
from checkin.models import Guest

REFRESH_AT = 200  # marked guests beyond which a search stores their words, if it may write
_BATCH = 500  # ids per IN (…): within SQLite's limit on parameters

Names = namedtuple("Names", ("id", *search.SEARCH_FIELDS))  # what a guest is found by
_NAMES = "SELECT id, " + ", ".join(search.SEARCH_FIELDS) + " FROM guests"

# Names that exercise every folding rule: a new rule changes their words (and ``folding``).
_PROBES = (
    ("Jörg", "Müller-Lüdenscheidt", "", "Groß & Söhne GmbH", "j.mueller@example.de"),
    ("Пётр", "Чайковский", "Ильич", "ООО «Ромашка»", ""),
    ("Seán", "O'Brien", "", "Phoenix Xylophon Co.", "sean@obrien.ie"),
    ("Юрий", "Щербакова", "", "Хрущёв и партнёры", "yuri@example.ru"),
    ("Zoë", "Ødegård", "", "Tschechow Jelzin Yeltsin", ""),
)


@cache
def folding() -> str:
    """A fingerprint of the folding rules, from the words and sounds of ``_PROBES``."""
    found = [
        sorted((w, search.skeleton(w)) for w in search.field_words(*probe)) for probe in _PROBES
    ]
    return f"{zlib.crc32(repr(found).encode()):08x}"


def refresh(event: Event) -> int:
    """Fold the marked guests (all of them if the rules changed) and store their words, in
    one transaction. Returns how many guests were folded."""
    with event.writing() as db:
        stored = db.execute("SELECT folding FROM search_state").fetchone()[0]
        if stored != folding():
            db.execute("DELETE FROM search_words")
            db.execute("INSERT OR IGNORE INTO search_dirty (guest_id) SELECT id FROM guests")
            db.execute("UPDATE search_state SET folding = ?", [folding()])
        marked = db.execute(f"{_NAMES} WHERE id IN (SELECT guest_id FROM search_dirty)")
        folded = [(r[0], search.field_words(*r[1:])) for r in marked.fetchall()]
        db.execute("DELETE FROM search_words WHERE guest_id IN (SELECT guest_id FROM search_dirty)")
        # in the index's order: pages filled, not split (the file stays small)
        rows = sorted((w, gid) for gid, found in folded for w in found)
        db.conn.executemany("INSERT INTO search_words (word, guest_id) VALUES (?, ?)", rows)
        sounds = sorted({(w, search.skeleton(w)) for w, _ in rows})
        db.conn.executemany(
            "INSERT OR IGNORE INTO search_sounds (word, sound) VALUES (?, ?)", sounds
        )
        db.execute("DELETE FROM search_dirty")
    return len(folded)


def _behind(conn) -> tuple[bool, int]:
    """(whether the stored words follow today's rules, how many guests are marked)."""
    stored = conn.execute("SELECT folding FROM search_state").fetchone()[0]
    marked = conn.execute("SELECT COUNT(*) FROM search_dirty").fetchone()[0]
    return stored == folding(), marked


def refresh_file(path: str | Path) -> bool:
    """Store the search words of the file at ``path`` if many are missing and nobody else
    has it open (a desk does: then the search folds the missing ones itself). True if it
    did."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            current, marked = _behind(conn)
        finally:
            conn.close()
    except (sqlite3.Error, OSError, TypeError):
        return False  # an older file, a read-only medium …: the search copes as it is
    if current and marked <= REFRESH_AT:
        return False
    try:
        with Event.open(path) as event:  # no waiting: whoever has it open goes on undisturbed
            refresh(event)
    except CheckinError:
        return False
    return True


def index_for(event: Event, lang: str = "de") -> search.Matcher:
    """An index of the event's guests for ``lang``'s reader: the stored words if they
    follow today's rules (stored afresh first if many are missing and the event is open
    for writing), else every guest folded in memory."""
    current, marked = _behind(event.db.conn)
    if (not current or marked > REFRESH_AT) and not event.read_only:
        refresh(event)
        current = True
    if not current:
        return search.SearchIndex(guests.list_guests(event), lang)
    return StoredIndex(event, lang)


class StoredIndex(search.Matcher):
    """The stored words, and the marked guests folded in memory; a position is a guest id."""

    LISTS_BROAD = True  # a broad word's guests are one index range away

    def __init__(self, event: Event, lang: str = "de"):
        self.event, self.lang = event, lang
        db = event.db
        self._size = db.execute("SELECT COUNT(*) FROM guests").fetchone()[0]
        marked = db.execute(f"{_NAMES} WHERE id IN (SELECT guest_id FROM search_dirty)")
        self._overlay = search.SearchIndex([Names(*r) for r in marked.fetchall()], lang)

    def __len__(self) -> int:
        return self._size

    def _ids(self, positions) -> set[int]:
        shown = self._overlay.guests
        return {shown[pos].id for pos in positions}

    def _query(self, sql: str, params) -> list[tuple]:
        return self.event.db.conn.execute(sql, params).fetchall()

    def _count(self, prefix: str) -> int:
        sql = "SELECT COUNT(*) FROM search_words WHERE word >= ? AND word < ?"
        return self._query(sql, [prefix, prefix + "\x7f"])[0][0] + self._overlay._count(prefix)

    def _positions(self, prefix: str) -> set[int]:
        sql = "SELECT guest_id FROM search_words WHERE word >= ? AND word < ?"
        found = {r[0] for r in self._query(sql, [prefix, prefix + "\x7f"])}
        return found | self._ids(self._overlay._positions(prefix))

    def _whole(self, word: str) -> set[int]:
        found = {
            r[0] for r in self._query("SELECT guest_id FROM search_words WHERE word = ?", [word])
        }
        return found | self._ids(self._overlay._whole(word))

    def _typo_hits(self, variant: str) -> tuple[set[int], set[int]]:
        sql = "SELECT word, guest_id FROM search_words WHERE word >= ? AND word < ?"
        rows = self._query(sql, [variant, variant + "\x7f"])
        starting = {gid for _, gid in rows} | self._ids(self._overlay._positions(variant))
        whole = {gid for w, gid in rows if w == variant} | self._ids(self._overlay._whole(variant))
        return starting, whole

    def _sound_positions(self, variant: str) -> set[int]:
        sql = (
            "SELECT w.guest_id FROM search_sounds s JOIN search_words w ON w.word = s.word"
            " WHERE s.sound >= ? AND s.sound < ?"
        )
        found = {r[0] for r in self._query(sql, [variant, variant + "\x7f"])}
        return found | self._ids(self._overlay._sound_positions(variant))

    def _names(self, ids) -> list[Names]:
        ids = list(ids)
        if len(ids) > 20 * _BATCH:  # most of the event: one pass over the guests is quicker
            wanted = set(ids)
            return [Names(*r) for r in self._query(_NAMES, []) if r[0] in wanted]
        found = []
        for start in range(0, len(ids), _BATCH):
            chunk = ids[start : start + _BATCH]
            marks = ", ".join("?" * len(chunk))
            found += [Names(*r) for r in self._query(f"{_NAMES} WHERE id IN ({marks})", chunk)]
        return found

    def _in_order(self, positions) -> list[int]:
        named = self._names(positions)
        return [n.id for n in collation.sort_guests(named, self.lang)]

    def _everyone(self) -> list[int]:
        return [n.id for n in collation.sort_guests(map(Names._make, self._query(_NAMES, [])),
                                                    self.lang)]  # fmt: skip

    def _guests_at(self, positions: list[int]) -> list[Guest]:
        by_id = {g.id: g for g in guests.get_guests(self.event, positions)}
        return [by_id[gid] for gid in positions]
