"""Accepted codes at 100,000 guests: writing them (the triggers) and finding a guest by one.

Run with ``python -m pytest tests/benchmarks/test_codes_benchmark.py --benchmark-only -s``.
A scan waits for ``find_by_code``: it must stay well under a millisecond however many
guests and codes the event has.
"""

from __future__ import annotations

import json
import random
import time

import pytest

from checkin import guest_codes
from checkin.event import Event, EventInfo

GUESTS = 100_000


@pytest.fixture(scope="module")
def coded_event(tmp_path_factory):
    """100,000 guests, each with two pretix secrets, written as an import writes them."""
    event = Event.create(tmp_path_factory.mktemp("codes") / "codes.checkin", EventInfo(name="C"))
    rows = [
        (
            f"Gast{i}",
            f"tok{i:08d}",
            json.dumps([{"code": f"s{i:07d}a", "source": "pretix"}, f"s{i:07d}b"]),
        )
        for i in range(GUESTS)
    ]
    start = time.perf_counter()
    with event.db.conn:
        event.db.conn.executemany(
            "INSERT INTO guests (given_name, token, extra_codes) VALUES (?, ?, ?)", rows
        )
    print(f"\n{GUESTS:,} guests with 2 codes each written in {time.perf_counter() - start:.2f} s")
    yield event
    event.close()


def test_find_by_code_at_100000_guests(benchmark, coded_event):
    rnd = random.Random(3)
    wanted = [f"s{rnd.randrange(GUESTS):07d}{rnd.choice('ab')}" for _ in range(1000)]

    def find_all():
        return [guest_codes.find_by_code(coded_event, code) for code in wanted]

    found = benchmark.pedantic(find_all, rounds=3, iterations=1)
    assert all(g is not None for g in found)
    per_lookup = benchmark.stats.stats.median / len(wanted)
    print(f"find_by_code: {per_lookup * 1e6:.0f} µs per lookup")
    assert per_lookup < 0.001
