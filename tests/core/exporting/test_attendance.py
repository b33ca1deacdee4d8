from datetime import UTC, datetime

from checkin import checkins, guests
from checkin.checkins import State
from checkin.clock import from_text
from checkin.exporting.attendance import arrival_bins, event_attendance


def test_item_figures_follow_the_log_with_undo_and_check_out(scenario):
    report = event_attendance(scenario.event)
    exchange = report.item(scenario.exchange.id)
    assert (exchange.expected, exchange.checked_in, exchange.present) == (4, 3, 2)
    assert (exchange.checked_out, exchange.no_shows) == (1, 1)
    assert exchange.rate == 0.75
    by_guest = {r.guest.id: r for r in exchange.rows}
    assert by_guest[scenario.anna.id].status == "present"
    assert by_guest[scenario.anna.id].check_outs == 1
    assert by_guest[scenario.ivan.id].check_outs == 0  # the check-out was undone
    assert by_guest[scenario.joerg.id].status == "no_show"  # the check-in was undone
    assert by_guest[scenario.evil.id].status == "left"
    assert [r.guest.id for r in exchange.no_show_rows] == [scenario.joerg.id]


def test_before_an_item_is_over_nobody_is_a_no_show(scenario, clock):
    """During the exchange Jörg is still expected, not a no-show; once it ends, he is one."""
    clock.now = datetime(2027, 4, 20, 9, 30, tzinfo=UTC)  # the exchange runs 09:00–16:00
    exchange = event_attendance(scenario.event).item(scenario.exchange.id)
    assert not exchange.ended
    assert (exchange.no_shows, exchange.not_yet) == (0, 1)
    assert exchange.no_show_rows == []
    joerg = next(r for r in exchange.rows if r.guest.id == scenario.joerg.id)
    assert joerg.status == "not_yet"
    clock.now = datetime(2027, 4, 21, 9, 0, tzinfo=UTC)
    exchange = event_attendance(scenario.event).item(scenario.exchange.id)
    assert exchange.ended and (exchange.no_shows, exchange.not_yet) == (1, 0)


def test_double_check_in_from_two_desks_counts_the_earliest(scenario):
    row = next(
        r
        for r in event_attendance(scenario.event).item(scenario.exchange.id).rows
        if r.guest.id == scenario.ivan.id
    )
    assert row.first_in_at == from_text(scenario.ivan_first_at)
    assert row.first_in_desk == "C"


def test_anna_arrival_is_her_first_check_in_not_the_return(scenario):
    log = checkins.log_entries(scenario.event, scenario.anna.id, scenario.exchange.id)
    row = next(
        r
        for r in event_attendance(scenario.event).item(scenario.exchange.id).rows
        if r.guest.id == scenario.anna.id
    )
    assert row.first_in_at == from_text(log[0].at) and row.first_in_desk == "A"
    assert row.last_out_at == from_text(log[1].at)


def test_registration_list_and_a_cancelled_guest_who_came(scenario):
    visits = event_attendance(scenario.event).item(scenario.visits.id)
    assert [r.guest.id for r in visits.rows] == [scenario.ivan.id]
    assert (visits.expected, visits.checked_in) == (1, 1)
    # Cancelled after arriving: no longer expected, but the arrival still counts.
    guests.set_cancelled(scenario.event, scenario.anna.id)
    exchange = event_attendance(scenario.event).item(scenario.exchange.id)
    anna = next(r for r in exchange.rows if r.guest.id == scenario.anna.id)
    assert not anna.expected and anna.arrived
    assert (exchange.expected, exchange.checked_in, exchange.no_shows) == (3, 3, 1)


def test_breakdowns_by_category_table_and_organisation(scenario):
    exchange = event_attendance(scenario.event).item(scenario.exchange.id)
    cats = {b.key: (b.arrived, b.expected) for b in exchange.by_category()}
    assert cats == {"Delegation": (1, 1), "Guest": (2, 2), "Press": (0, 1)}
    tables = [(b.key, b.arrived, b.expected) for b in exchange.by_table()]
    assert tables == [("1 – Medizintechnik", 1, 1), ("2 – Pflege", 1, 1), ("", 1, 2)]
    orgs = exchange.by_organisation()
    assert orgs[-1].key == ""  # guests without organisation come last
    assert {b.key for b in orgs} == {"Müller GmbH", "ООО «СибМед»", "-2", ""}


def test_overall_counts_each_guest_once(scenario):
    report = event_attendance(scenario.event)
    overall = {g.guest.id: g for g in report.overall()}
    assert overall[scenario.ivan.id].items_attended == 2
    assert overall[scenario.ivan.id].items_expected == 2
    assert overall[scenario.joerg.id].items_attended == 0
    assert (report.guests_expected, report.guests_attended) == (4, 3)


def test_state_of_guest_never_seen_is_not_yet(scenario):
    row = next(
        r
        for r in event_attendance(scenario.event).item(scenario.exchange.id).rows
        if r.guest.id == scenario.joerg.id
    )
    assert row.state is State.NOT_YET and row.first_in_at is None


def test_arrival_bins_choose_a_readable_interval():
    start = datetime(2027, 4, 20, 7, 0, tzinfo=UTC)
    times = [start.replace(minute=m) for m in (0, 1, 14, 15, 44)] + [start.replace(hour=9)]
    bins = arrival_bins(times)
    assert bins.minutes == 10  # 2 hours in at most 24 bars
    assert sum(bins.counts) == len(times)
    assert bins.counts[0] == 2 and bins.counts[-1] == 1
    assert arrival_bins([]) is None
