"""1,000 badges, 8-up on A4 (insert-90x54), rendered in-process: target ≤ 0.3 s.

The whole ``checkin badges`` process is timed in ``test_cli_benchmark.py``.
"""

from __future__ import annotations

import io
import random

import pytest

from checkin import guests, tables
from checkin.badges import render_badges, select_guests
from checkin.event import Event, EventInfo

GIVEN = ["Anna", "Jörg", "Иван", "Ольга", "Mary", "Lukas", "Светлана", "Maximilian-Alexander"]
FAMILY = ["Müller", "Weiß", "Парфёнов", "Кузнецова", "Smith", "Schäfer", "Иванов", "Lefèvre"]
ORGS = ["Müller GmbH", "ООО «СибМедПрибор»", "Stadtwerke Wiesental – Digitale Dienste",
        "Landesentwicklungsgesellschaft Wiesental mbH"]  # fmt: skip
CATEGORIES = ["Guest", "Delegation", "Press", "Speaker", "Staff"]


def build_thousand(path) -> Event:
    """1,000 guests at 20 tables, names in Latin and Cyrillic, long organisations."""
    rnd = random.Random(4)
    event = Event.create(path, EventInfo(name="Börse"))
    table_ids = [tables.add_table(event, n, theme=f"Thema {n}").id for n in range(1, 21)]
    guests.add_guests(
        event,
        (
            {
                "given_name": rnd.choice(GIVEN),
                "family_name": f"{rnd.choice(FAMILY)}{i}",
                "organisation": rnd.choice(ORGS),
                "position": "Geschäftsführerin" if i % 3 else "",
                "category": rnd.choice(CATEGORIES),
                "language": rnd.choice(["de", "ru", "en"]),
                "table_id": rnd.choice(table_ids),
            }
            for i in range(1000)
        ),
    )
    return event


@pytest.fixture(scope="module")
def thousand(tmp_path_factory):
    event = build_thousand(tmp_path_factory.mktemp("b") / "big.checkin")
    yield event, select_guests(event)
    event.close()


def test_render_1000_badges_8_up(benchmark, thousand):
    event, people = thousand
    assert len(people) == 1000

    def render():
        out = io.BytesIO()
        batch = render_badges(event, people, "insert-90x54", out, record=False)
        return batch, out

    batch, out = benchmark.pedantic(render, rounds=5, iterations=1, warmup_rounds=1)
    assert batch.sheets == 125 and len(batch.placements) == 1000
    assert out.getvalue().startswith(b"%PDF")
    median = benchmark.stats.stats.median
    print(f"\nrender 1,000 badges 8-up: median {median * 1000:.0f} ms")
    assert median <= 0.3
