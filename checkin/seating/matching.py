"""Who belongs where: a guest's field against a table's theme, and who is a visitor.

Matching folds case, accents and script ("Bau & Energie" = "bau und energie") and accepts a
shared word or a word that starts another ("Medizin" / "Medizintechnik"), but not a short
word hidden inside another ("IT" is not in "Gesundheit").
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache

from checkin.event import Event
from checkin.models import Guest, Table
from checkin.search import fold

VISITOR_CATEGORY = "Delegation"
_STOPWORDS = {"und", "and", "the", "der", "die", "das", "for", "fur", "i", "s"}


@lru_cache(maxsize=65536)
def folded(text: str) -> str:
    return fold(text)


def _words(text: str) -> set[str]:
    cleaned = "".join(ch if ch.isalnum() else " " for ch in folded(text))
    return {w for w in cleaned.split() if w not in _STOPWORDS and len(w) > 1}


def _related(a: str, b: str) -> bool:
    """Share a word, or a word starts another ("Medizin" / "Medizintechnik"; not "IT" / "Gesundheit")."""
    wa, wb = _words(a), _words(b)
    if wa & wb:
        return True
    return any(
        min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x)) for x in wa for y in wb
    )


def match_score(industry: str, table: Table) -> int:
    """How well a table fits a field: 4 theme equal, 3 theme overlaps, 2/1 same for the name."""
    wanted = folded(industry).strip()
    if not wanted:
        return 0
    best = 0
    for text, equal, overlap in ((table.theme, 4, 3), (table.name, 2, 1)):
        have = folded(text or "").strip()
        if not have:
            continue
        if have == wanted:
            best = max(best, equal)
        elif _related(wanted, have):
            best = max(best, overlap)
    return best


def field_tables(industry: str, all_tables: list[Table]) -> list[Table]:
    """The tables of a field: those with the best positive match."""
    scored = [(match_score(industry, t), t) for t in all_tables]
    best = max((s for s, _ in scored), default=0)
    return [t for s, t in scored if best and s == best]


def delegation_of(guest: Guest) -> str | None:
    """Which visiting delegation a guest belongs to (None for locals)."""
    if guest.category != VISITOR_CATEGORY:
        return None
    for key in ("delegation", "Delegation", "country", "Country", "Land", "Страна"):
        value = str(guest.extra.get(key) or "").strip()
        if value:
            return value
    return f"Delegation {guest.language.upper()}" if guest.language else "Delegation"


def explicit_delegations(event: Event) -> dict[int, str]:
    """Guests listed as members of a named delegation (see checkin.rounds.delegations)."""
    try:
        rows = event.db.execute(
            "SELECT m.guest_id, d.name FROM delegation_members m "
            "JOIN delegations d ON d.id = m.delegation_id"
        ).fetchall()
    except sqlite3.OperationalError:  # an event file without delegations
        return {}
    return {guest_id: name for guest_id, name in rows if name}
