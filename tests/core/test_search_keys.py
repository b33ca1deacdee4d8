"""Guests' search words kept in the event file: found as by the desk's index, never stale,
gone with the names they came from."""

from __future__ import annotations

import sqlite3

import pytest

from checkin import guests, search, search_keys
from checkin.event import Event
from checkin.exporting import purge


def _stored(event) -> dict[int, str]:
    return dict(event.db.execute("SELECT guest_id, words FROM search_keys").fetchall())


def _ids(found) -> list[int]:
    return [g.id for g in found]


@pytest.mark.parametrize("query", ["parfenova", "мюллер", "weiss", "jorg", "parfenvoa", "", "x"])
def test_finds_what_the_desk_index_finds(event, query):
    expected = search.SearchIndex(guests.list_guests(event)).find(query, limit=None)
    assert _ids(search_keys.find_guests(event, query)) == _ids(expected)


def test_a_search_stores_the_words_and_the_next_one_reads_them(event):
    assert _stored(event) == {}
    search_keys.find_guests(event, "anna")
    stored = _stored(event)
    assert len(stored) == 3
    anna = next(g for g in guests.list_guests(event) if g.given_name == "Anna")
    assert stored[anna.id] == search.key(search.guest_text(anna))


def test_a_renamed_guest_is_found_by_the_new_name_only(event):
    search_keys.find_guests(event, "")
    anna = next(g for g in guests.list_guests(event) if g.given_name == "Anna")
    guests.update_guest(event, anna.id, given_name="Hanna", family_name="Schäfer")
    assert anna.id not in _stored(event)  # dropped at once, by the file itself
    assert _ids(search_keys.find_guests(event, "hanna schafer")) == [anna.id]
    assert search_keys.find_guests(event, "anna") == []


def test_another_program_changing_a_name_drops_its_words(event):
    search_keys.find_guests(event, "")
    path = event.path
    other = sqlite3.connect(path)
    with other:
        other.execute("UPDATE guests SET given_name = 'Hanna' WHERE given_name = 'Anna'")
        other.execute("INSERT INTO guests (given_name, token) VALUES ('Olga', 'OLGA00')")
    other.close()
    assert [g.given_name for g in search_keys.find_guests(event, "hanna")] == ["Hanna"]
    assert [g.given_name for g in search_keys.find_guests(event, "olga")] == ["Olga"]
    assert search_keys.find_guests(event, "anna") == []


def test_a_deleted_guest_takes_the_words_along(event):
    walkin = guests.add_guest(event, given_name="Ludmila", family_name="Orlova")
    search_keys.find_guests(event, "")
    guests.delete_guest(event, walkin.id)
    assert walkin.id not in _stored(event)


def test_read_only_finds_without_storing(event):
    path = event.path
    event.close()
    with Event.open(path, read_only=True) as reader:
        assert [g.family_name for g in search_keys.find_guests(reader, "parfenov")] == ["Парфёнов"]
        assert _stored(reader) == {}


def test_words_not_written_by_checkin_are_folded_again(event):
    search_keys.find_guests(event, "")
    event.db.execute("UPDATE search_keys SET words = 'garbage' || char(10) || 'x'")
    assert [g.given_name for g in search_keys.find_guests(event, "jorg")] == ["Jörg"]
    assert "garbage" not in " ".join(_stored(event).values())


def test_purge_leaves_no_folded_name_behind(event):
    search_keys.find_guests(event, "")
    purge.purge_personal_data(event, confirmed=True)
    words = " ".join(_stored(event).values())
    assert "muller" not in words and "parfenov" not in words
    assert search_keys.find_guests(event, "muller") == []


def test_filling_in_chunks_stores_everyone(event):
    guests.add_guests(event, [{"given_name": f"Gast{i}", "family_name": "Test"} for i in range(25)])
    assert search_keys.fill(event, chunk=4) == 28
    assert len(_stored(event)) == 28 and search_keys.fill(event) == 0
    guests.add_guests(event, [{"given_name": "Late", "family_name": "Comer"}])
    assert search_keys.fill(event, should_stop=lambda: True) == 0
