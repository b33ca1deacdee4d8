"""Checks guests in (and out again) as fast as it can; prints each acknowledged log id.

Run by tests/core/test_durability_kill.py, which kills it with SIGKILL at random moments.
A line ``in 17`` or ``out 18`` is printed only after check_in/check_out has returned, that
is after the entry was committed: every printed id must survive the kill.
"""

from __future__ import annotations

import sys

from checkin import checkins, programme
from checkin.checkins import State
from checkin.event import Event


def main(path: str) -> None:
    event = Event.open(path)
    item = programme.active_item(event)
    guest_ids = [r[0] for r in event.db.execute("SELECT id FROM guests ORDER BY id")]
    print("ready", flush=True)
    while True:
        states = checkins.statuses(event, item.id)
        for guest_id in guest_ids:
            state = states.get(guest_id)
            if state is None or state.state is not State.IN:
                result = checkins.check_in(event, guest_id, item, desk="kill-test")
                print(f"in {result.entry.id}", flush=True)
            else:
                entry = checkins.check_out(event, guest_id, item, desk="kill-test")
                print(f"out {entry.id}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
