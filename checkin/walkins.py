"""Registering a walk-in without making a second record of a registered guest.

While staff type a walk-in's name, ``likely_matches`` finds the registered guests the
person may be, with the search's own matching (``checkin.search``: umlauts and ß spelt
out, Latin and Cyrillic, one typo), so the desk can check that guest in instead.
Registering anyway stays possible, and a family name is needed unless staff say the
person has a single name.
"""

from __future__ import annotations

from checkin import guests, search
from checkin.errors import InvalidInput
from checkin.event import Event
from checkin.models import Guest

MAX_MATCHES = 5


def likely_matches(
    index: search.SearchIndex, given: str, family: str, limit: int = MAX_MATCHES
) -> list[Guest]:
    """Registered guests whose name matches what was typed, best first.

    Both names first ("Markus Mueller" finds "Markus Müller"); when that finds nobody,
    the family name alone (a short or other form of the given name: "Mike" for "Michael").
    Nothing until a family name has a letter or two: a given name alone matches too many.
    """
    family_words = search.words(family)
    if not family_words or sum(len(w) for w in family_words) < 2:
        return []
    given_words = search.words(given)
    if given_words:
        found = index.find(" ".join((*given_words, *family_words)), limit)
        if found:
            return found
    return index.find(" ".join(family_words), limit)


def register(event: Event, *, single_name: bool = False, **fields) -> Guest:
    """Add the walk-in; a family name is needed unless the person has a ``single_name``."""
    if not single_name and not (fields.get("family_name") or "").strip():
        raise InvalidInput("family_name_required")
    return guests.add_guest(event, **fields)
