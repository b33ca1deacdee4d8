"""Shared fixtures: small events in a temporary folder, a controllable clock."""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, datetime, timedelta

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Settings, caches and data of this run stay in a folder of their own: a run never reads
# this machine's settings, and two runs side by side never share them.
_HOME = tempfile.mkdtemp(prefix="checkin-tests-")
for _var, _sub in (
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_CACHE_HOME", "cache"),
    ("XDG_DATA_HOME", "data"),
):
    os.environ[_var] = os.path.join(_HOME, _sub)

from checkin import guests, programme, tables  # noqa: E402
from checkin.demo import create_demo  # noqa: E402
from checkin.event import Event, EventInfo  # noqa: E402


@pytest.fixture(autouse=True)
def fast_pin_hash(monkeypatch):
    """The admin PIN's real cost (0.5 s and 256 MiB a try) would make every PIN test slow:
    tests hash with a cheap scrypt cost. tests/core/test_admin.py checks the real one and
    tests/benchmarks/test_pin_benchmark.py measures it."""
    from checkin import admin

    monkeypatch.setattr(admin, "KDF", admin.Kdf(n=2**10, r=8, p=1))


class FakeClock:
    """A clock that moves only when told to (one second per reading by default)."""

    def __init__(self, start: datetime | None = None, step: float = 1.0):
        self.now = start or datetime(2027, 4, 20, 8, 0, tzinfo=UTC)
        self.step = timedelta(seconds=step)

    def __call__(self) -> datetime:
        self.now += self.step
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def event(tmp_path, clock):
    """A small event: two tables, two items (one open to all, one by registration), guests."""
    ev = Event.create(
        tmp_path / "test.checkin", EventInfo(name="Testbörse", venue="Rathaus"), clock=clock
    )
    t1 = tables.add_table(ev, 1, name="Medizintechnik", theme="Medizintechnik", capacity=4)
    t2 = tables.add_table(ev, 2, name="Pflege", theme="Pflege", capacity=4)
    exchange = programme.add_item(
        ev, "Di 24.04 Kooperationsbörse", "2027-04-20T09:00", "2027-04-20T16:00"
    )
    visits = programme.add_item(
        ev, "Mo 23.04 Firmenbesuche", "2027-04-19T09:00", "2027-04-19T17:00", all_guests=False
    )
    programme.set_active_item(ev, exchange.id)
    anna = guests.add_guest(
        ev,
        given_name="Anna",
        family_name="Müller",
        organisation="Müller GmbH",
        category="Guest",
        table_id=t1.id,
    )
    ivan = guests.add_guest(
        ev,
        given_name="Иван",
        family_name="Парфёнов",
        organisation="ООО «СибМед»",
        category="Delegation",
        language="ru",
        table_id=t2.id,
    )
    guests.add_guest(ev, given_name="Jörg", family_name="Weiß", category="Press")
    programme.register(ev, visits.id, [ivan.id])
    _ = anna
    yield ev
    ev.close()


@pytest.fixture
def demo_event(tmp_path):
    ev = create_demo(tmp_path / "demo.checkin")
    yield ev
    ev.close()


def pytest_ignore_collect(collection_path, config):
    """Benchmarks run only on demand (``--benchmark-only``), never in the default run."""
    if "benchmarks" in collection_path.parts and not config.getoption("benchmark_only", False):
        return True
    return None
