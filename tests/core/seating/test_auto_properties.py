"""Seating rules that hold for any event: random tables, guests, organisations and locks."""

from __future__ import annotations

import itertools
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checkin import guests, tables
from checkin.event import Event, EventInfo
from checkin.seating import assign, auto

THEMES = ["Medizintechnik", "Pflege", "IT", ""]
_counter = itertools.count()

table_st = st.tuples(st.sampled_from(THEMES), st.one_of(st.none(), st.integers(0, 6)))
guest_st = st.tuples(
    st.sampled_from(THEMES + ["Tourismus"]),  # field (one without a table)
    st.integers(0, 6),  # organisation
    st.sampled_from(["Guest", "Guest", "Delegation", "Staff"]),
    st.one_of(st.none(), st.integers(0, 7)),  # locked at the n-th table
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    table_specs=st.lists(table_st, min_size=0, max_size=7),
    guest_specs=st.lists(guest_st, min_size=0, max_size=45),
    together=st.booleans(),
    overflow=st.booleans(),
)
def test_any_event(tmp_path, table_specs, guest_specs, together, overflow):
    ev = Event.create(tmp_path / f"p{next(_counter)}.checkin", EventInfo(name="Property"))
    try:
        made = [
            tables.add_table(ev, n + 1, theme=theme, capacity=cap)
            for n, (theme, cap) in enumerate(table_specs)
        ]
        ids = guests.add_guests(
            ev,
            [
                dict(given_name=f"G{i}", organisation=f"Org {org}", industry=field, category=cat)
                for i, (field, org, cat, _lock) in enumerate(guest_specs)
            ],
        )
        locked = {}
        for gid, (_f, _o, _c, lock) in zip(ids, guest_specs, strict=True):
            if lock is not None and lock < len(made):
                assign.assign(ev, gid, made[lock].id)
                locked[gid] = made[lock].id
        options = auto.Options(keep_organisations_together=together, overflow=overflow)
        plan = auto.plan_seating(ev, options)
        by_id = {t.id: t for t in made}
        # every guest accounted for exactly once
        seen = Counter(p.guest_id for p in plan.placements)
        seen.update(u.guest_id for u in plan.unplaced + plan.skipped)
        assert sorted(seen) == sorted(ids) and set(seen.values()) <= {1}
        # locks kept
        for p in plan.placements:
            if p.guest_id in locked:
                assert p.locked and p.table_id == locked[p.guest_id]
        assert {p.guest_id for p in plan.placements if p.locked} == set(locked)
        # capacity: automatic seating never adds anyone to a full table
        counts = plan.counts()
        locked_at = Counter(locked.values())
        for table_id, n in counts.items():
            cap = by_id[table_id].capacity
            if cap is not None:
                assert n <= max(cap, locked_at[table_id])
        # "no free seat left" is only said when it is true
        if any(u.reason.key == "event_full" for u in plan.unplaced):
            assert all(t.capacity is not None and counts[t.id] >= t.capacity for t in made)
        auto.apply_plan(ev, plan)
        for gid, table_id in locked.items():
            assert guests.get_guest(ev, gid).table_id == table_id
    finally:
        ev.close()
