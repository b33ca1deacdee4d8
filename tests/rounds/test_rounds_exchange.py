"""Rounds in an event file: planning and saving, interpreters, no-shows, contacts."""

from __future__ import annotations

import pytest

from checkin import checkins, guests
from checkin.errors import InvalidInput
from checkin.rounds import contacts, delegations, host_sheet, interpreters, model, service


def test_plan_is_saved_with_locks_and_rounds_get_times(make_exchange):
    ex = make_exchange()
    model.set_rounds(ex.event, ex.item, 4, minutes=20, pause=10)
    pinned_visitor, table = ex.visitors[0], next(iter(ex.tables))
    model.set_seat(ex.event, ex.item.id, 2, pinned_visitor, table)
    plan = service.plan_item(ex.event, ex.item)
    assert [r.starts[11:] for r in plan.rounds] == ["09:00", "09:30", "10:00", "10:30"]
    stored = service.load(ex.event, ex.item)
    assert stored.seating == plan.seating
    assert stored.table_of(2, pinned_visitor) == table
    seats = model.seats(ex.event, ex.item.id)
    assert seats[2][pinned_visitor] == (table, True)
    # planning again never moves the locked seat
    service.plan_item(ex.event, ex.item)
    assert model.seats(ex.event, ex.item.id)[2][pinned_visitor] == (table, True)


def test_interpreters_are_never_double_booked_and_needs_are_covered_or_open(make_exchange):
    ex = make_exchange(visitors=30, interpreters=5)
    plan = service.plan_item(ex.event, ex.item, rounds=4)
    for number in range(1, 5):
        booked = list(plan.interpreters.get(number, {}).values())
        assert len(booked) == len(set(booked))
        assert set(booked) <= set(ex.interpreters)
    need_keys = {(n.round, n.table_id) for n in plan.needs}
    open_keys = {(n.round, n.table_id) for n in plan.open_needs}
    covered = {(r, t) for r, per in plan.interpreters.items() for t in per}
    assert need_keys == open_keys | covered and not open_keys & covered
    assert open_keys  # 5 interpreters cannot serve ~20 tables with visitors
    # a table needs one exactly when its people share no language
    for number, per in plan.seating.items():
        for table_id, members in per.items():
            langs = [set(plan.people[g].languages) for g in members]
            no_common = len(langs) > 1 and not set.intersection(*langs)
            assert ((number, table_id) in need_keys) == no_common


def test_interpreter_stays_at_the_same_table_when_it_can():
    from checkin.rounds.model import Person

    def person(gid):
        return Person(
            gid,
            "I",
            f"I{gid}",
            "",
            "",
            "Interpreter",
            "",
            "de",
            ("de", "ru"),
            False,
            False,
            None,
            (("de", "ru"),),
        )

    needs = [interpreters.Need(r, t, (("de",), ("ru",))) for r in (1, 2, 3) for t in (10, 20)]
    result = interpreters.auto_assign(needs, [person(1), person(2)])
    assert result[1][10] == result[2][10] == result[3][10]
    assert result[1][20] == result[2][20] == result[3][20]


def test_interpreter_by_hand_is_kept_and_refused_twice_in_a_round(make_exchange):
    ex = make_exchange(visitors=20, interpreters=3)
    service.plan_item(ex.event, ex.item, rounds=3)
    t1, t2 = list(ex.tables)[:2]
    chosen = ex.interpreters[2]
    interpreters.assign_by_hand(ex.event, ex.item.id, 1, t1, chosen)
    with pytest.raises(InvalidInput) as err:
        interpreters.assign_by_hand(ex.event, ex.item.id, 1, t2, chosen)
    assert err.value.key == "interpreter_busy"
    with pytest.raises(InvalidInput):
        interpreters.assign_by_hand(ex.event, ex.item.id, 1, t2, ex.visitors[0])
    plan = service.plan_item(ex.event, ex.item)
    assert plan.interpreters[1][t1] == chosen
    assert list(plan.interpreters[1].values()).count(chosen) == 1


def test_no_show_replanning_changes_only_the_remaining_rounds(make_exchange):
    ex = make_exchange(visitors=30)
    omsk = delegations.create(ex.event, "Omsk", ex.visitors, leader_id=ex.visitors[0])
    model.set_rounds(ex.event, ex.item, 4)
    locked_guest, locked_table = ex.locals[3], next(iter(ex.tables))
    model.set_seat(ex.event, ex.item.id, 4, locked_guest, locked_table)
    before = service.plan_item(ex.event, ex.item)
    missing = set(ex.visitors[:6])
    for gid in ex.hosts + ex.visitors + ex.locals + ex.interpreters:
        if gid not in missing:
            code = guests.badge_code(ex.event, guests.get_guest(ex.event, gid))
            assert checkins.check_in(ex.event, code, ex.item).result.ok
    status = delegations.status(ex.event, ex.item, omsk, from_round=3)
    assert {p.id for p in status.missing} == missing
    assert len(status.arrived) == 24
    assert status.affected and all(a.round >= 3 for a in status.affected)
    assert all(set(a.missing) <= missing for a in status.affected)

    after, changed = delegations.replan_remaining(ex.event, ex.item, from_round=3)
    for number in (1, 2):
        assert after.seating[number] == before.seating[number]
    for number in (3, 4):
        seated = {g for guests_ in after.seating[number].values() for g in guests_}
        assert not seated & missing
    assert after.table_of(4, locked_guest) == locked_table
    assert missing <= changed
    for gid in changed:
        assert any(
            before.table_of(n, gid) != after.table_of(n, gid)
            or before.seating[n].get(before.table_of(n, gid))
            != after.seating[n].get(after.table_of(n, gid))
            or before.interpreters.get(n, {}).get(before.table_of(n, gid))
            != after.interpreters.get(n, {}).get(after.table_of(n, gid))
            for n in (3, 4)
        )
    unchanged = set(after.people) - changed
    assert unchanged  # not everyone's page needs reprinting


def test_contact_lists_never_include_anyone_without_consent(make_exchange):
    ex = make_exchange()
    plan = service.plan_item(ex.event, ex.item, rounds=3)
    lists = contacts.all_contacts(plan)
    refused = {g for g, p in plan.people.items() if not p.consent}
    assert refused  # the generator leaves some without consent
    listed = 0
    for gid, entries in lists.items():
        for c in entries:
            assert c.guest_id not in refused
            assert plan.people[c.guest_id].consent
            assert c.guest_id != gid
            assert any(plan.table_of(r, gid) == plan.table_of(r, c.guest_id) for r in c.rounds)
            listed += 1
    assert listed > 100
    # consent withdrawn at the desk takes the person off every list
    someone = next(c.guest_id for entries in lists.values() for c in entries)
    model.set_consent(ex.event, someone, False)
    plan = service.load(ex.event, ex.item)
    assert all(c.guest_id != someone for e in contacts.all_contacts(plan).values() for c in e)


def test_host_sheet_shows_who_should_be_there_and_who_arrived(make_exchange):
    ex = make_exchange(visitors=10, locals_=30)
    plan = service.plan_item(ex.event, ex.item, rounds=2)
    visitor = guests.get_guest(ex.event, ex.visitors[0])
    checkins.check_in(ex.event, guests.badge_code(ex.event, visitor), ex.item)
    sheet = host_sheet.host_sheet(ex.event, plan, 1)
    rows = {r.guest_id: r for t in sheet for r in t.rows}
    assert set(rows) == {g for per in plan.seating[1].values() for g in per}
    assert rows[visitor.id].state == "in"
    assert sum(t.arrived for t in sheet) == 1


def test_host_sheet_pdf_one_page_per_table_with_arrival(make_exchange, tmp_path):
    import pypdf

    ex = make_exchange(visitors=10, locals_=30)
    plan = service.plan_item(ex.event, ex.item, rounds=2)
    arrived = guests.get_guest(ex.event, ex.visitors[1])
    checkins.check_in(ex.event, guests.badge_code(ex.event, arrived), ex.item)
    out = tmp_path / "hosts.pdf"
    pages = host_sheet.write_host_sheets(ex.event, plan, 2, out, lang="de")
    reader = pypdf.PdfReader(str(out))
    assert len(reader.pages) == pages == len(plan.seating[2])
    texts = [p.extract_text() for p in reader.pages]
    table = plan.tables[plan.table_of(2, arrived.id)]
    page = next(t for t in texts if f"Tisch {table.label}" in t)
    assert "Runde 2" in page and "1/" in page and "anwesend" in page
    assert "Ivan Gost" in page  # the Russian name in its passport spelling for the German host
    assert "noch nicht da" in page
