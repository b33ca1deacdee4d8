"""Applying another desk's import: 10,000 and 50,000 guests imported at desk A, applied at B.

Before the apply became linear, 1,000 guests took 3.7 s and 2,000 took 17 s here (O(N²)):
50,000 would have taken hours. The target is seconds.
"""

from __future__ import annotations

import csv
import random
import shutil

import pytest

from checkin import guests
from checkin.event import Event, EventInfo
from checkin.importing import import_file
from checkin.sync import snapshot
from checkin.sync.apply import apply_all
from checkin.sync.journal import Journal

GIVEN = ["Anna", "Jörg", "Björn", "Иван", "Наталья", "Sarah", "Ольга", "Hans-Peter", "Petra"]
FAMILY = ["Müller", "Weiß", "Groß", "Парфёнов", "Ёлкина", "Connor", "Смирнова", "Schmidt"]
TARGET_S = {10_000: 5.0, 50_000: 25.0}


def _write_list(path, rows: int) -> None:
    rng = random.Random(7)  # few names, many repeats: as hard for duplicate flagging as it gets
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter=";")
        out.writerow(["Vorname", "Nachname", "Firma", "E-Mail", "Kategorie"])
        for i in range(rows):
            given, family = rng.choice(GIVEN), rng.choice(FAMILY)
            out.writerow([given, family, f"Firma {i % 900}", f"g{i}@example.org", "Guest"])


@pytest.fixture(scope="module", params=[10_000, 50_000], ids=lambda n: f"{n}_guests")
def imported_at_a(request, tmp_path_factory):
    """Desk A's journal after importing N guests, and a snapshot B starts from (before it)."""
    rows = request.param
    tmp = tmp_path_factory.mktemp(f"apply{rows}")
    a = Event.create(tmp / "a.checkin", EventInfo(name="Bench"))
    folder = tmp / "sync"
    journal = Journal.attach(a, folder, desk_name="Desk A")
    snap = snapshot.publish(a, folder, journal.desk_id)
    _write_list(tmp / "list.csv", rows)
    import_file(a, tmp / "list.csv")
    assert journal.flush() == 0  # the import was journaled as it happened
    a.close()
    return rows, tmp, folder, snap


def test_applying_another_desks_import(imported_at_a, benchmark):
    rows, tmp, folder, snap = imported_at_a
    opened: list[Event] = []

    def fresh_desk_b():
        target = tmp / f"b{len(opened)}.checkin"
        event = snapshot.restore(snap, target)
        Journal.attach(event, folder, desk_name=f"Desk B{len(opened)}")
        opened.append(event)
        return (event, folder), {}

    try:
        report = benchmark.pedantic(apply_all, setup=fresh_desk_b, rounds=3, iterations=1)
        assert report.applied == rows and not report.quarantined and not report.waiting
        assert len(guests.list_guests(opened[-1])) == rows
    finally:
        for event in opened:
            own = folder / "journal" / event.setting("sync.desk_id")
            event.close()
            shutil.rmtree(own, ignore_errors=True)
    median = benchmark.stats.stats.median
    benchmark.extra_info.update(guests=rows, median_s=median)
    print(f"\napplying {rows:,} guests imported at another desk: median {median:.2f} s")
    assert median < TARGET_S[rows]
