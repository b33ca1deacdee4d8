"""The desk with 100,000 guests: scan-to-result and search-per-keystroke within one frame.

Run with ``python -m pytest tests/benchmarks/test_desk_benchmark.py --benchmark-enable -s``;
each test prints its p50/p99 and fails if p99 exceeds 16 ms (one frame at 60 Hz).
"""

from __future__ import annotations

import random
import statistics
import time

import pytest

from checkin import codes, programme, tables
from checkin.clock import to_text
from checkin.event import Event, EventInfo

N_GUESTS = 100_000
FRAME_MS = 16.0

GIVEN = [
    "Anna",
    "Jörg",
    "Sabine",
    "Thomas",
    "Heike",
    "Sören",
    "Ирина",
    "Иван",
    "Юрий",
    "Ольга",
    "Сергей",
    "Наталья",
    "Claudia",
    "Michael",
    "Gisela",
    "Dmitri",
]
FAMILY = [
    "Müller",
    "Weiß",
    "Schäfer",
    "Krüger",
    "Böhm",
    "Meißner",
    "Groß",
    "Парфёнова",
    "Смирнов",
    "Кузнецова",
    "Попов",
    "Васильев",
    "Schmidt",
    "Hoffmann",
    "Иванова",
    "Lindner",
    "Wagner",
    "Соколов",
    "Fischer",
    "Becker",
]
ORGS = ["GmbH", "AG", "ООО", "KG", "e.V.", "АО", "Stadtwerke", "Klinikum", "Технопарк"]


def _token(i: int) -> str:
    out = []
    for _ in range(codes.TOKEN_LEN):
        out.append(codes.ALPHABET[i % 32])
        i //= 32
    return "".join(out)


def build_desk_event(path) -> Event:
    """100,000 guests at 200 tables, nobody checked in yet."""
    rng = random.Random(5)
    event = Event.create(path, EventInfo(name="Benchmark"))
    table_ids = [tables.add_table(event, n, theme=f"Thema {n}").id for n in range(1, 201)]
    programme.add_item(event, "Di Kooperationsbörse", "2027-04-20T09:00", "2027-04-20T16:00")
    now = to_text(event.clock())
    rows = []
    for i in range(N_GUESTS):
        family = rng.choice(FAMILY) + (f"-{rng.choice(FAMILY)}" if i % 7 == 0 else "")
        rows.append(
            {
                "given_name": rng.choice(GIVEN),
                "family_name": f"{family}{i}" if i % 3 else family,
                "organisation": f"{rng.choice(FAMILY)} {rng.choice(ORGS)}",
                "email": f"guest{i}@example.org",
                "category": rng.choice(["Guest", "Delegation", "Press", "VIP"]),
                "table_id": rng.choice(table_ids),
                "token": _token(i),
                "created_at": now,
                "updated_at": now,
            }
        )
    with event.db.conn:
        event.db["guests"].insert_all(rows, batch_size=5000)
    return event


@pytest.fixture(scope="module")
def big_event(tmp_path_factory):
    event = build_desk_event(tmp_path_factory.mktemp("bench") / "big.checkin")
    yield event
    event.close()


def _report(name: str, samples_ms: list[float]) -> float:
    samples_ms = sorted(samples_ms)
    p99 = samples_ms[min(len(samples_ms) - 1, int(len(samples_ms) * 0.99))]
    print(
        f"\n{name}: n={len(samples_ms)} p50={statistics.median(samples_ms):.2f} ms "
        f"p99={p99:.2f} ms max={samples_ms[-1]:.2f} ms"
    )
    return p99


def test_scan_to_result(qtbot, big_event, benchmark):
    from checkin.ui.desk.scan_view import ScanView

    view = ScanView(big_event)
    qtbot.addWidget(view)
    view.show()
    secret = big_event.secret
    rng = random.Random(1)
    ids = rng.sample(range(N_GUESTS), 400)
    scans = iter([codes.make_code(secret, _token(i)) for i in ids])
    samples = []

    def one_scan():
        code = next(scans)
        start = time.perf_counter()
        view.scan_text(code)
        samples.append((time.perf_counter() - start) * 1000)
        assert view.card.state == "green"

    benchmark.pedantic(one_scan, rounds=300, iterations=1, warmup_rounds=5)
    assert _report("scan-to-result (100k guests)", samples) < FRAME_MS


def test_search_per_keystroke(qtbot, big_event, benchmark):
    from checkin.ui.desk.search_view import SearchView

    view = SearchView(big_event)
    qtbot.addWidget(view)
    start = time.perf_counter()
    view.refresh_index()
    print(f"\nsearch index over {N_GUESTS} guests built in {time.perf_counter() - start:.2f} s")
    queries = [
        "parfenova",
        "мюллер",
        "Kuznetsova 12",
        "smirnof",
        "hoffman",
        "guest4711",
        "weiss groß",
        "иванова",
        "shmidt",
        "becker gmbh",
        "lindnr",
        "Ольга Попов",
    ]
    keystrokes = [q[:n] for q in queries for n in range(1, len(q) + 1)]
    samples = []
    typed = iter(keystrokes * 3)

    def one_keystroke():
        text = next(typed)
        begin = time.perf_counter()
        view.run_query(text)
        samples.append((time.perf_counter() - begin) * 1000)

    benchmark.pedantic(one_keystroke, rounds=len(keystrokes) * 3 - 5, iterations=1, warmup_rounds=5)
    assert view.run_query("parfenova")  # the search still finds people
    assert _report("search per keystroke (100k guests)", samples) < FRAME_MS


def test_scan_to_card_in_the_whole_window(qtbot, big_event, benchmark):
    """The desk window's scan path; the views reload after the card (not timed here)."""
    from PySide6.QtWidgets import QApplication

    from checkin.ui.main_window import MainWindow

    window = MainWindow(big_event)
    window.keep_event_open = True  # the module's other tests use the event after this one
    qtbot.addWidget(window)
    window.show()
    # The search index is built in the background at start-up; measure the desk at rest.
    qtbot.waitUntil(lambda: window.search_view.index is not None, timeout=120_000)
    secret = big_event.secret
    ids = random.Random(2).sample(range(N_GUESTS), 200)
    scans = iter([codes.make_code(secret, _token(i)) for i in ids])
    samples = []

    def one_scan():
        code = next(scans)
        start = time.perf_counter()
        window.on_scanned(code)
        samples.append((time.perf_counter() - start) * 1000)
        assert window.scan_view.card.state in ("green", "amber")
        QApplication.processEvents()  # the deferred reload of list and counters

    benchmark.pedantic(one_scan, rounds=150, iterations=1, warmup_rounds=3)
    assert _report("scan-to-card in the desk window (100k guests)", samples) < FRAME_MS


def _longest_block_ms(qtbot, action, settle_ms: int = 400) -> float:
    """The longest time the UI thread did not return to the event loop, from just before
    ``action`` runs (as an event, like a scanner burst) until ``settle_ms`` later."""
    from PySide6.QtCore import Qt, QTimer

    ticks: list[float] = []
    probe = QTimer()
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.setInterval(1)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    probe.start()
    qtbot.wait(30)  # the probe ticks steadily before the scan
    QTimer.singleShot(0, action)
    qtbot.wait(settle_ms)
    probe.stop()
    return max(b - a for a, b in zip(ticks, ticks[1:], strict=False)) * 1000


def test_longest_stall_after_a_scan(qtbot, big_event, benchmark):
    """Everything a scan sets off in the desk window — card, counters, guest list, search —
    must leave the UI thread free again within one frame."""
    from checkin.ui.main_window import MainWindow

    window = MainWindow(big_event)
    window.keep_event_open = True  # the module's other tests use the event after this one
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.search_view.index is not None, timeout=120_000)
    qtbot.wait(500)  # start-up work has settled
    secret = big_event.secret
    ids = random.Random(3).sample(range(N_GUESTS), 60)
    scans = iter([codes.make_code(secret, _token(i)) for i in ids])
    samples = []

    def one_scan():
        code = next(scans)
        samples.append(_longest_block_ms(qtbot, lambda: window.on_scanned(code)))
        assert window.scan_view.card.state in ("green", "amber")

    benchmark.pedantic(one_scan, rounds=40, iterations=1, warmup_rounds=2)
    samples.sort()
    print(f"\nlongest event-loop block after a scan (100k guests): median "
          f"{statistics.median(samples):.1f} ms, max {samples[-1]:.1f} ms")  # fmt: skip
    assert statistics.median(samples) < FRAME_MS
