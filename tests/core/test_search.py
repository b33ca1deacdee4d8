"""Search across scripts, ignoring case and accents, tolerating one typo."""

import pytest

from checkin import search
from checkin.models import Guest


def _g(i, given, family, org="", email=""):
    return Guest(id=i, given_name=given, family_name=family, organisation=org, email=email)


GUESTS = [
    _g(1, "Anna", "Müller", "Müller GmbH", "a.mueller@example.de"),
    _g(2, "Ирина", "Парфёнова", "ООО «СибМед»"),
    _g(3, "Jörg", "Weiß", "Stadtwerke"),
    _g(4, "Юрий", "Смирнов", "ОмскТех"),
    _g(5, "Sergey", "Ivanov", "Sibir Logistik"),
    _g(6, "Claudia", "Schmidt", "Schmidt & Partner"),
]


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("parfenova", {2}),
        ("Парфенова", {2}),
        ("мюллер", {1}),
        ("MUELLER", {1}),
        ("muller", {1}),
        ("weiss", {3}),
        ("jorg", {3}),
        ("smirnov", {4}),
        ("yuri", {4}),
        ("Иванов", {5}),
        ("Сергей", {5}),
        ("шмидт", {6}),
        ("sibmed", {2}),
        ("example", {1}),
        ("anna mül", {1}),
        ("schmidt claudia", {6}),
        ("parfenvoa", {2}),  # transposed letters
        ("smirnof", {4}),  # one wrong letter
        ("omsktech", {4}),
        ("xyzzy", set()),
    ],
)
def test_finds_guests(query, ids):
    assert {g.id for g in search.search(GUESTS, query)} == ids


def test_empty_query_lists_everyone_in_name_order():
    index = search.SearchIndex(GUESTS)
    assert [g.family_name for g in index.find("")][:2] == ["Ivanov", "Müller"]


def test_limit_and_order():
    many = [_g(i, "Anna", f"Meyer{i:03d}") for i in range(200)]
    found = search.SearchIndex(many).find("anna", limit=10)
    assert [g.id for g in found] == list(range(10))


def test_short_words_are_not_guessed():
    assert search.search(GUESTS, "zz") == []


def test_fold_keeps_plain_ascii_lowercase():
    assert search.fold("Müller") == "muller"
    assert search.key("Парфёнова") == search.key("Parfenova")


@pytest.mark.parametrize("query", ["anna", "m", "parfenova", "schmidt claudia", "smirnof", "a s"])
def test_common_words_walked_lazily_give_the_same_guests(query, monkeypatch):
    many = GUESTS + [_g(100 + i, "Anna", f"Schmidt{i}", "Sibir GmbH") for i in range(60)]
    by_sets = [g.id for g in search.SearchIndex(many).find(query, limit=20)]
    monkeypatch.setattr(search.SearchIndex, "BROAD", 0)  # every word is "common"
    lazily = [g.id for g in search.SearchIndex(many).find(query, limit=20)]
    assert lazily == by_sets
