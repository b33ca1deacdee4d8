"""Walk-ins: the registered guest is found while the name is typed; names are required."""

from __future__ import annotations

import pytest

from checkin import guests, search, walkins
from checkin.errors import InvalidInput


@pytest.fixture
def index(event):
    guests.add_guest(event, given_name="Markus", family_name="Müller", organisation="MedTech")
    guests.add_guest(event, given_name="Ольга", family_name="Парфёнова", language="ru")
    guests.add_guest(event, given_name="Peter", family_name="Strauß")
    return search.SearchIndex(guests.list_guests(event))


def names(found):
    return [f"{g.given_name} {g.family_name}" for g in found]


@pytest.mark.parametrize(
    ("given", "family", "expected"),
    [
        ("Markus", "Mueller", "Markus Müller"),  # ue for ü
        ("Marcus", "Muller", "Markus Müller"),  # c for k, u for ü
        ("", "Parfenowa", "Ольга Парфёнова"),  # German transliteration of Cyrillic
        ("Olga", "Parfyonova", "Ольга Парфёнова"),  # English transliteration
        ("Peter", "Strauss", "Peter Strauß"),  # ss for ß
        ("Peter", "Strauz", "Peter Strauß"),  # one typo
    ],
)
def test_likely_matches_fold_like_the_search(index, given, family, expected):
    assert expected in names(walkins.likely_matches(index, given, family))


def test_a_different_given_name_still_shows_the_family(index):
    found = names(walkins.likely_matches(index, "Mike", "Müller"))
    assert "Markus Müller" in found and "Anna Müller" in found


def test_nothing_before_a_family_name_is_typed(index):
    assert walkins.likely_matches(index, "Markus", "") == []
    assert walkins.likely_matches(index, "Markus", "M") == []
    assert walkins.likely_matches(index, "Zoe", "Zzyzx") == []


def test_a_family_name_is_needed_unless_the_person_has_one_name(event):
    with pytest.raises(InvalidInput) as missing:
        walkins.register(event, given_name="Ann")
    assert missing.value.key == "family_name_required"
    with pytest.raises(InvalidInput) as nameless:
        walkins.register(event, single_name=True, given_name=" ")
    assert nameless.value.key == "name_required"
    single = walkins.register(event, single_name=True, given_name="Sukarno")
    assert single.full_name == "Sukarno"
    both = walkins.register(event, given_name="Ann", family_name="Lee")
    assert both.full_name == "Ann Lee"
