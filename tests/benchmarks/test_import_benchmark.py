"""Importing 50,000 guests: target 1 second of CPU time on a 2-core machine.

Run with ``python -m pytest tests/benchmarks/test_import_benchmark.py --benchmark-only -s``.
The machine is shared by several sessions, so the wall-clock time says more about the
neighbours than about us: the target is checked on the process CPU time; both are printed.
"""

from __future__ import annotations

import csv
import random
import time

from checkin import guests, tables
from checkin.event import Event, EventInfo
from checkin.importing import import_file

ROWS = 50_000
TARGET_SECONDS = 1.0
GIVEN = ["Anna", "Jörg", "Björn", "Иван", "Наталья", "Sarah", "Ольга", "Hans-Peter", "Petra"]
FAMILY = ["Müller", "Weiß", "Groß", "Парфёнов", "Ёлкина", "Connor", "Смирнова", "Schmidt"]


def _write_list(path) -> None:
    rng = random.Random(7)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh, delimiter=";")
        out.writerow(["Gästeliste Benchmark"])
        out.writerow([])
        out.writerow(
            [
                "ID",
                "Anrede",
                "Vorname",
                "Nachname",
                "Firma",
                "Branche",
                "E-Mail",
                "Telefon",
                "Tisch",
                "Kategorie",
                "Parkplatz",
            ]
        )
        for i in range(ROWS):
            given, family = rng.choice(GIVEN), rng.choice(FAMILY)
            out.writerow(
                [
                    f"G{i:06d}",
                    rng.choice(["Herr", "Frau", ""]),
                    given,
                    family,
                    f"Firma {i % 3000} GmbH",
                    rng.choice(["Pflege", "IT", "Logistik"]),
                    f"gast{i}@firma{i % 3000}.example",
                    f"+49 351 {i:07d}",
                    str(rng.randint(1, 40)),
                    rng.choice(["Guest", "VIP", "press"]),
                    rng.choice(["ja", "nein", ""]),
                ]
            )


def test_import_50000_rows(benchmark, tmp_path):
    path = tmp_path / "gross.csv"
    _write_list(path)
    counter = iter(range(1000))

    def setup():
        ev = Event.create(tmp_path / f"bench{next(counter)}.checkin", EventInfo(name="Bench"))
        for number in range(1, 41):
            tables.add_table(ev, number, name=f"Tisch {number}")
        return (ev,), {}

    cpu = []

    def run(ev):
        start = time.process_time()
        report = import_file(ev, path)
        cpu.append(time.process_time() - start)
        ev.close()
        return report

    report = benchmark.pedantic(run, setup=setup, rounds=3, iterations=1)
    benchmark.extra_info["cpu_seconds"] = sorted(cpu)
    print(f"\nimport: wall median {benchmark.stats.stats.median:.2f} s, "
          f"cpu {', '.join(f'{c:.2f}' for c in sorted(cpu))} s")  # fmt: skip
    assert min(cpu) < TARGET_SECONDS
    assert len(report.added) == ROWS
    assert report.skipped == [] and report.unknown_tables == []
    with Event.open(tmp_path / "bench0.checkin") as ev:
        assert len(guests.list_guests(ev)) == ROWS


def test_reimport_50000_rows(benchmark, tmp_path):
    """The merge path: every row matched by external id, a tenth changed."""
    path = tmp_path / "gross.csv"
    _write_list(path)
    ev = Event.create(tmp_path / "bench.checkin", EventInfo(name="Bench"))
    for number in range(1, 41):
        tables.add_table(ev, number, name=f"Tisch {number}")
    import_file(ev, path)
    text = path.read_text(encoding="utf-8-sig").replace("0 GmbH;", "0 AG;")
    path.write_text(text, encoding="utf-8-sig")
    report = benchmark.pedantic(lambda: import_file(ev, path, dry_run=True), rounds=3)
    assert len(report.updated) == ROWS // 10
    assert len(report.unchanged) == ROWS - ROWS // 10
    ev.close()
