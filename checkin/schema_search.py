"""The search's words in the event file: migration 14 (listed in ``checkin/schema.py``).

``search_words`` holds each guest's folded search words (``checkin.search.guest_words``),
``search_sounds`` each of these words' consonants (``search.skeleton``), so a command finds
a guest with a few index lookups instead of folding every name first. Triggers keep it honest whatever
writes the guests (import, sync, an edit, sqlite3 by hand): a guest whose searchable
fields change loses their words at once (a purge leaves no folded names behind: a word
nobody has any more leaves ``search_sounds`` too) and is
marked in ``search_dirty`` until ``checkin.search_store.refresh`` folds them again.
``search_state.folding`` names the folding rules the stored words were made with.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checkin.database import Database

# The guest columns ``search.guest_words`` reads (search.SEARCH_FIELDS says the same).
_CHANGED = " OR ".join(
    f"NEW.{c} IS NOT OLD.{c}"
    for c in ("id", "given_name", "family_name", "patronymic", "organisation", "email")
)


def v14_search_words(db: Database) -> None:
    """The stored search words, the guests still to fold (all, at first) and the triggers."""
    for statement in (
        "CREATE TABLE search_words (word TEXT NOT NULL, guest_id INTEGER NOT NULL,"
        " PRIMARY KEY (word, guest_id)) WITHOUT ROWID",
        "CREATE INDEX search_words_guest ON search_words (guest_id)",
        "CREATE TABLE search_sounds (word TEXT PRIMARY KEY, sound TEXT NOT NULL) WITHOUT ROWID",
        "CREATE INDEX search_sounds_sound ON search_sounds (sound)",
        "CREATE TABLE search_dirty (guest_id INTEGER PRIMARY KEY)",
        "CREATE TABLE search_state (id INTEGER PRIMARY KEY CHECK (id = 1), folding TEXT NOT NULL)",
        "INSERT INTO search_state (id, folding) VALUES (1, '')",
        "INSERT INTO search_dirty (guest_id) SELECT id FROM guests",
        "CREATE TRIGGER search_guest_added AFTER INSERT ON guests BEGIN"
        " INSERT OR IGNORE INTO search_dirty (guest_id) VALUES (NEW.id); END",
        "CREATE TRIGGER search_guest_changed AFTER UPDATE ON guests"
        f" WHEN {_CHANGED} BEGIN"
        " DELETE FROM search_words WHERE guest_id IN (OLD.id, NEW.id);"
        " DELETE FROM search_dirty WHERE guest_id = OLD.id;"
        " INSERT OR IGNORE INTO search_dirty (guest_id) VALUES (NEW.id); END",
        "CREATE TRIGGER search_guest_deleted AFTER DELETE ON guests BEGIN"
        " DELETE FROM search_words WHERE guest_id = OLD.id;"
        " DELETE FROM search_dirty WHERE guest_id = OLD.id; END",
        "CREATE TRIGGER search_word_unused AFTER DELETE ON search_words"
        " WHEN NOT EXISTS (SELECT 1 FROM search_words WHERE word = OLD.word) BEGIN"
        " DELETE FROM search_sounds WHERE word = OLD.word; END",
    ):
        db.execute(statement)
