"""Finding guests by what staff type: names, organisation, email.

Matching ignores case and accents and works across scripts: both the query and the
guest's fields are folded to lower-case ASCII by transliteration.
"""

from __future__ import annotations

import unicodedata

from unidecode import unidecode

from checkin.models import Guest


def fold(text: str) -> str:
    """Lower-case ASCII form of any text ("Müller" -> "muller", "Парфёнова" -> "parfionova")."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unidecode(stripped).casefold()


def haystack(guest: Guest) -> str:
    parts = (guest.given_name, guest.family_name, guest.patronymic, guest.organisation, guest.email)
    return " ".join(fold(p) for p in parts if p)


def search(guests: list[Guest], query: str, limit: int | None = None) -> list[Guest]:
    """Guests whose fields contain every word of the query."""
    words = fold(query).split()
    if not words:
        return list(guests)[:limit]
    found = [g for g in guests if all(w in haystack(g) for w in words)]
    return found[:limit] if limit else found
