"""The search words kept in the event file find exactly what the desk's search finds, in the
same order, also while some guests are not folded yet, and never outlive a guest's name."""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checkin import guests, paths, search, search_store
from checkin.event import Event, EventInfo
from checkin.exporting.purge import purge_personal_data
from tests.core.test_lock import Holder
from tests.core.test_search_spellings import SPELLINGS, _typos

EXTRA = [
    {"given_name": "Anna", "family_name": "Müller", "organisation": "Müller GmbH",
     "email": "a.mueller@example.de"},
    {"given_name": "Anna", "family_name": "Mueller", "organisation": "Mueller & Söhne"},
    {"given_name": "Seán", "family_name": "O'Brien", "email": "sean@obrien.ie"},
    {"given_name": "Пётр", "family_name": "Ильин", "patronymic": "Сергеевич",
     "organisation": "ООО «СибМед»"},
    {"given_name": "Jörg", "family_name": "Weiß", "organisation": "Stadtwerke Groß-Gerau"},
    {"given_name": "Zoë", "family_name": "von Altenberg", "organisation": "Ødegård AS"},
    {"given_name": "", "family_name": "Mononym"},
]  # fmt: skip
QUERIES = [
    "", "anna", "Anna Müller", "mueller", "MÜLLER", "muller gmbh", "o'brien", "obrien",
    "sergeevich", "Сергеевич", "sibmed", "weiss", "gross", "altenberg", "von", "odegard",
    "example", "a", "an", "mu", "ko", "parfenova", "Парфёнова", "parfjonowa", "parfenvoa",
    "kusnezow", "kuznetsov", "tschaikowski", "chruschtschow", "Khrouchtchev", "Chrustschow",
    "schtscherbakowa", "Shcherbakova", "zwetajewa", "xyzzy", "mononym", "gmbh ooo",
]  # fmt: skip


def _demo_rows() -> list[dict]:
    data = json.loads(paths.resource("demo", "demo-event.json").read_text(encoding="utf-8"))
    rows = [
        {k: g.get(k, "") for k in ("given_name", "family_name", "organisation", "email")}
        for g in data["guests"]
    ]
    rows += [{"given_name": gn, "family_name": fn} for gn, fn in SPELLINGS]
    return rows + EXTRA


@pytest.fixture
def path(tmp_path):
    file = tmp_path / "search.checkin"
    with Event.create(file, EventInfo(name="Suche")) as event:
        guests.add_guests(event, _demo_rows())
        search_store.refresh(event)
    return file


def _queries() -> list[str]:
    found = list(QUERIES)
    for spellings in SPELLINGS.values():
        for query in spellings:
            found += [query, *_typos(query).values()]
    return found


def _same(event: Event, queries, langs=("de", "ru"), limits=(None, 50, 3)) -> None:
    everyone = guests.list_guests(event)
    for lang in langs:
        desk = search.SearchIndex(everyone, lang)  # what the desk's search view builds
        stored = search_store.StoredIndex(event, lang)
        for query in queries:
            for limit in limits:
                want = [g.id for g in desk.find(query, limit)]
                got = [g.id for g in stored.find(query, limit)]
                assert got == want, (query, lang, limit)


def test_the_stored_words_find_what_the_desk_finds_in_its_order(path):
    with Event.open(path, read_only=True) as event:
        assert event.db.execute("SELECT COUNT(*) FROM search_dirty").fetchone()[0] == 0
        _same(event, _queries())


def test_common_words_and_long_result_lists_rank_as_on_the_desk(path, monkeypatch):
    """Words matching more than BROAD pairs, and more than RANKED candidates (made small
    here, as at 50,000 guests), take the desk's other paths: the same answers."""
    monkeypatch.setattr(search.Matcher, "BROAD", 8)
    monkeypatch.setattr(search, "RANKED", 10)
    with Event.open(path, read_only=True) as event:
        _same(event, ["a", "an", "anna", "k", "ko s", "m", "s o", "mu an", "p", "e"])


def test_guests_changed_since_the_words_were_stored_are_found_as_they_are_now(path):
    with Event.open(path) as event:
        anna = next(g for g in guests.list_guests(event) if g.family_name == "Müller")
        guests.update_guest(event, anna.id, family_name="Schäfer")
        guests.add_guest(event, given_name="Ирина", family_name="Парфёнова-Шульц")
        gone = guests.add_guest(event, given_name="Kurz", family_name="Zeitgast")
        guests.delete_guest(event, gone.id)
    with Event.open(path, read_only=True) as event:  # a desk may have the file: no writing
        assert event.db.execute("SELECT COUNT(*) FROM search_dirty").fetchone()[0] == 2
        index = search_store.index_for(event)
        assert isinstance(index, search_store.StoredIndex)
        assert [g.family_name for g in index.find("schafer anna")] == ["Schäfer"]
        assert "Müller" not in {g.family_name for g in index.find("mueller anna", None)}
        assert index.find("zeitgast") == []
        assert {g.family_name for g in index.find("parfjonowa schulz")} == {"Парфёнова-Шульц"}
        _same(event, [*QUERIES, "schafer", "schulz", "zeitgast", "Parfjonowa-Schulz"])


def test_a_search_that_may_write_stores_many_missing_words_once(path, monkeypatch):
    monkeypatch.setattr(search_store, "REFRESH_AT", 3)
    with Event.open(path) as event:
        guests.add_guests(
            event, [{"given_name": "Neu", "family_name": f"Gast{i}"} for i in range(5)]
        )
    assert search_store.refresh_file(path)  # nobody has the file open: stored
    assert not search_store.refresh_file(path)  # nothing left to fold
    with Event.open(path, read_only=True) as event:
        assert event.db.execute("SELECT COUNT(*) FROM search_dirty").fetchone()[0] == 0
        assert len(search_store.index_for(event).find("neu gast", None)) == 5


def test_while_a_desk_has_the_file_the_search_folds_the_missing_guests_itself(path, monkeypatch):
    monkeypatch.setattr(search_store, "REFRESH_AT", 3)
    with Event.open(path) as event:
        rows = [{"given_name": "Neu", "family_name": f"Gast{i}"} for i in range(5)]
        guests.add_guests(event, rows)
    desk = Holder(path)  # another process, as a desk window
    try:
        assert not search_store.refresh_file(path)  # left alone
        with Event.open(path, read_only=True) as event:
            assert event.db.execute("SELECT COUNT(*) FROM search_dirty").fetchone()[0] == 5
            assert len(search_store.index_for(event).find("neu gast", None)) == 5
            _same(event, ["neu", "gast3", "neu gast"], langs=("de",))
    finally:
        desk.release()


def test_new_folding_rules_are_never_answered_with_old_words(path, monkeypatch):
    monkeypatch.setattr(search_store, "folding", lambda: "other rules")
    with Event.open(path, read_only=True) as event:
        assert isinstance(search_store.index_for(event), search.SearchIndex)  # folds everyone
    with Event.open(path) as event:
        assert search_store.refresh(event) == guests.count_guests(event)  # all folded afresh
        assert isinstance(search_store.index_for(event), search_store.StoredIndex)
        _same(event, QUERIES[:12], langs=("de",))


def test_a_renamed_guest_leaves_no_old_words_and_a_purge_leaves_none_at_all(path):
    with Event.open(path) as event:
        anna = next(g for g in guests.list_guests(event) if g.organisation == "Müller GmbH")
        guests.update_guest(event, anna.id, family_name="Schäfer", email="")
        words = {w for (w,) in event.db.execute(
            "SELECT word FROM search_words WHERE guest_id = ?", [anna.id])}  # fmt: skip
        assert words == set()  # until folded again: nothing of "Müller" or the e-mail
        sounds = {w for (w,) in event.db.execute("SELECT word FROM search_sounds")}
        assert "example" not in sounds and "ana" in sounds  # others are still called Anna
        purge_personal_data(event, confirmed=True)
        assert event.db.execute("SELECT COUNT(*) FROM search_words").fetchone()[0] == 0
        assert event.db.execute("SELECT COUNT(*) FROM search_sounds").fetchone()[0] == 0
        search_store.refresh(event)
        stored = {w for (w,) in event.db.execute("SELECT word FROM search_words")}
        assert "parfenova" not in stored and "muler" not in stored


def test_the_search_reads_only_the_fields_the_file_watches():
    """The triggers mark a guest for folding when SEARCH_FIELDS change: any other field
    must not change what the guest is found by."""
    from checkin.models import Guest

    base = Guest(id=1, given_name="Anna", family_name="Müller", organisation="X GmbH")
    other = Guest(
        id=2, given_name="Anna", family_name="Müller", organisation="X GmbH", phone="+49 1",
        position="CEO", notes="Weiß", category="press", language="ru", salutation="Frau",
    )  # fmt: skip
    assert search.guest_words(base) == search.guest_words(other)


NAME = st.text(alphabet="AaBbEeKkMmOoSsÜüßЖжЁёЩщЯяИи '-", max_size=12)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])  # fmt: skip
@given(
    names=st.lists(st.tuples(NAME, NAME, NAME), min_size=1, max_size=30),
    queries=st.lists(NAME, min_size=1, max_size=6),
    stored=st.integers(min_value=0, max_value=30),
)
def test_any_names_and_queries_give_the_desks_answer(tmp_path_factory, names, queries, stored):
    file = tmp_path_factory.mktemp("any") / "any.checkin"
    rows = [
        {"given_name": g, "family_name": f.strip() or "X", "organisation": o} for g, f, o in names
    ]
    with Event.create(file, EventInfo(name="Any")) as event:
        guests.add_guests(event, rows[:stored])
        search_store.refresh(event)
        guests.add_guests(event, rows[stored:])  # the rest folded in memory
        words = [w for g, f, _ in names for w in search.words(f"{g} {f}")]
        picks = random.Random(len(words)).sample(words, min(4, len(words)))
        _same(event, [*queries, *(w[:3] for w in picks), *picks], limits=(None, 2))
