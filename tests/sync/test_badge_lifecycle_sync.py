"""A reprint or a substitution at one desk voids the old badge at the other desks too."""

from __future__ import annotations

import pytest

from checkin import checkins, guests
from checkin.badge_lifecycle import mark_lost, replacement_for_scan, substitute
from checkin.checkins import Result
from checkin.sync import snapshot
from checkin.sync.apply import apply_all
from checkin.sync.journal import Journal
from tests.helpers import guest_named as _guest


@pytest.fixture
def desks(event, tmp_path, clock):
    folder = tmp_path / "sync"
    a = Journal.attach(event, folder, desk_name="Desk A")
    snap = snapshot.publish(event, folder, a.desk_id)
    ev_b = snapshot.restore(snap, tmp_path / "b.checkin")
    ev_b.clock = clock
    Journal.attach(ev_b, folder, desk_name="Desk B")
    yield event, ev_b, folder
    ev_b.close()


def test_a_badge_lost_at_desk_a_is_refused_at_desk_b(desks):
    ev_a, ev_b, folder = desks
    anna = _guest(ev_a, "Müller")
    lost_code = guests.badge_code(ev_a, anna)
    new = mark_lost(ev_a, anna.id, desk="Info Foyer")
    apply_all(ev_b, folder)
    result = checkins.check_in(ev_b, lost_code, desk="Desk B")
    assert result.result is Result.REPLACED_BADGE
    replaced = replacement_for_scan(ev_b, lost_code)
    assert (replaced.desk, replaced.reason, replaced.at) == ("Info Foyer", "lost", new.at)
    assert checkins.check_in(ev_b, new.code, desk="Desk B").result is Result.CHECKED_IN


def test_a_substitution_at_desk_a_reaches_desk_b_with_both_names(desks):
    ev_a, ev_b, folder = desks
    ivan = _guest(ev_a, "Парфёнов")
    old_code = guests.badge_code(ev_a, ivan)
    done = substitute(ev_a, ivan.id, given_name="Ольга", family_name="Смирнова")
    apply_all(ev_b, folder)
    assert checkins.check_in(ev_b, old_code).result is Result.REPLACED_BADGE
    replaced = replacement_for_scan(ev_b, old_code)
    assert (replaced.voided_holder, replaced.holder) == ("Иван Парфёнов", "Ольга Смирнова")
    result = checkins.check_in(ev_b, done.code)
    assert result.result is Result.CHECKED_IN and result.guest.full_name == "Ольга Смирнова"
    assert result.table is not None and result.table.number == 2
