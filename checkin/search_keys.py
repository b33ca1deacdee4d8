"""Every guest's folded search words, kept in the event file (table ``search_keys``).

A one-off search (``checkin guests --search``) and the desk's search index read them
instead of folding 50,000 names again. The table is derived data: triggers drop a guest's
row whenever the guest's searchable fields change (whoever changes them), so a stored row
is never stale. Missing rows are folded when needed, and stored when the file is open for
writing — in short transactions, so a desk checking guests in never waits long.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from checkin import guests as guest_store
from checkin.event import Event
from checkin.models import Guest
from checkin.search import SEARCH_FIELDS, Haystack, keys_of, search_text

CHUNK = 2000  # guests folded and stored per transaction

# Words are plain ASCII that search.key wrote: read as bytes and decoded in one go
# (decoding 50,000 cells one by one through the connection's text factory costs more).
_STORED = "SELECT guest_id, CAST(words AS BLOB) FROM search_keys"
_MISSING = (
    f"SELECT id, {', '.join(SEARCH_FIELDS)} FROM guests"
    " WHERE id NOT IN (SELECT guest_id FROM search_keys)"
)
_EVERYONE = f"SELECT id, {', '.join(SEARCH_FIELDS)} FROM guests"


@contextmanager
def _snapshot(event: Event) -> Iterator[None]:
    """One read transaction: the stored and the missing rows come from the same state of
    the file, even while a desk writes to it."""
    conn = event.db.conn
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("COMMIT")


def _text(row) -> str:
    return search_text(*(value or "" for value in row))


def _decode(blobs: list[bytes]) -> list[str] | None:
    """The stored words as text; None if they are not what search.key writes."""
    if not blobs:
        return []
    try:
        texts = b"\n".join(blobs).decode("ascii").split("\n")
    except UnicodeDecodeError:
        return None
    return texts if len(texts) == len(blobs) else None


def all_keys(event: Event) -> dict[int, str]:
    """Guest id -> the guest's key text (search.key of its search text), for every guest.

    Missing keys are stored first when the event is open for writing, else folded here.
    """
    if not event.read_only:
        fill(event)
    with _snapshot(event):
        stored = event.db.execute(_STORED).fetchall()
        texts = _decode([row[1] for row in stored])
        if texts is None:  # not written by checkin: fold everyone again
            stored, texts = [], []
        missing = event.db.execute(_MISSING if stored else _EVERYONE).fetchall()
    if missing and not stored and not event.read_only:
        with event.writing():
            event.db.execute("DELETE FROM search_keys")
        return all_keys(event)  # stores everyone's
    keys = dict(zip((row[0] for row in stored), texts, strict=True))
    folded = keys_of([_text(row[1:]) for row in missing])
    keys.update(zip((row[0] for row in missing), folded, strict=True))
    return keys


def fill(event: Event, *, chunk: int = CHUNK, should_stop=lambda: False) -> int:
    """Store the keys of every guest who has none; returns how many were stored.

    Each chunk is read, folded and written in one short transaction: nothing can change a
    guest between reading and storing the guest's words.
    """
    stored = 0
    while not should_stop():
        with event.writing():
            rows = event.db.execute(f"{_MISSING} LIMIT ?", [chunk]).fetchall()
            if rows:
                folded = keys_of([_text(row[1:]) for row in rows])
                event.db.conn.executemany(
                    "INSERT INTO search_keys (guest_id, words) VALUES (?, ?)",
                    zip((row[0] for row in rows), folded, strict=True),
                )
        stored += len(rows)
        if len(rows) < chunk:
            break
    return stored


def find_guests(event: Event, query: str) -> list[Guest]:
    """Every guest matching ``query`` as SearchIndex.find would, in name order, without
    loading and folding every guest."""
    keys = all_keys(event)
    ids = list(keys)
    found = [ids[pos] for pos in Haystack([keys[i] for i in ids]).find(query)]
    return sorted(guest_store.get_guests(event, found), key=lambda g: (g.sort_key, g.id))
