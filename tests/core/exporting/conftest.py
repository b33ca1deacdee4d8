"""A small event with a known check-in history: every kind of log entry occurs once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from checkin import checkins, guests, programme
from checkin.clock import from_text, to_text
from checkin.models import Guest, ProgrammeItem

INJECTION = {
    "family_name": '=HYPERLINK("http://evil.example/x","Klick")',
    "given_name": "+1",
    "organisation": "-2",
    "position": "@SUM(A1:A9)",
}


@dataclass
class Scenario:
    event: object
    exchange: ProgrammeItem
    visits: ProgrammeItem
    anna: Guest
    ivan: Guest
    joerg: Guest
    evil: Guest
    ivan_first_at: str  # the earlier of Ivan's two check-ins (desk C)


def insert_log(event, guest_id, item_id, action, at, desk, undoes=None):
    """What a second desk's journal adds on sync: a plain append to the log."""
    with event.db.conn:
        event.db.execute(
            "INSERT INTO checkins (guest_id, item_id, action, at, desk, operator, undoes)"
            " VALUES (?, ?, ?, ?, ?, '', ?)",
            [guest_id, item_id, action, at, desk, undoes],
        )


@pytest.fixture
def scenario(event, clock) -> Scenario:
    """At the exchange (everyone expected):
    - Anna: in (A), out (A), in again (B)      -> present, 1 check-out, arrived at the first in
    - Ivan: in (B), and desk C's earlier in    -> present, arrival = desk C's time
            out (A) then that out undone       -> 0 check-outs
    - Jörg: in (A), undone                     -> no-show
    - Evil (formula name): in (A), out (B)     -> left, 1 check-out
    At the visits (Ivan registered): Ivan in (A) -> present; nobody else expected.
    """
    exchange, visits = programme.list_items(event)[1], programme.list_items(event)[0]
    assert exchange.all_guests and not visits.all_guests
    anna, ivan, joerg = sorted(guests.list_guests(event), key=lambda g: g.id)
    evil = guests.add_guest(event, category="Guest", **INJECTION)
    checkins.check_in(event, anna.id, exchange, desk="A")
    checkins.check_out(event, anna.id, exchange, desk="A")
    checkins.check_in(event, anna.id, exchange, desk="B")
    entry = checkins.check_in(event, ivan.id, exchange, desk="B").entry
    earlier = to_text(from_text(entry.at) - timedelta(seconds=30))
    insert_log(event, ivan.id, exchange.id, "in", earlier, "C")
    checkins.check_out(event, ivan.id, exchange, desk="A")
    checkins.undo(event, ivan.id, exchange, desk="A")
    checkins.check_in(event, joerg.id, exchange, desk="A")
    checkins.undo(event, joerg.id, exchange, desk="A")
    checkins.check_in(event, evil.id, exchange, desk="A")
    checkins.check_out(event, evil.id, exchange, desk="B")
    checkins.check_in(event, ivan.id, visits, desk="A")
    clock.now = datetime(2027, 4, 22, 9, 0, tzinfo=UTC)  # the report is made after the event
    return Scenario(event, exchange, visits, anna, ivan, joerg, evil, earlier)


def replay(event, item_id: int) -> dict[int, dict]:
    """An independent reading of the raw log, for checking the exports against it."""
    rows = event.db.execute(
        "SELECT id, guest_id, action, at, desk, undoes FROM checkins WHERE item_id = ? ORDER BY id",
        [item_id],
    ).fetchall()
    undone = {r[5] for r in rows if r[2] == "undo"}
    out: dict[int, dict] = {}
    for rid, gid, action, at, desk, _ in rows:
        if action == "undo" or rid in undone:
            continue
        g = out.setdefault(gid, {"ins": [], "outs": [], "last": None})
        g["ins" if action == "in" else "outs"].append((at, desk))
        g["last"] = action
    for g in out.values():
        g["first"] = min(g["ins"]) if g["ins"] else None
        g["state"] = {"in": "present", "out": "left", None: "no_show"}[g["last"]]
        if g["first"] is None:
            g["state"] = "no_show"
    return out
