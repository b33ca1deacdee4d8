"""The command line as a user feels it: whole processes, from start to exit, on a 50,000-guest
event (targets: ``--help``, ``scan`` and ``guests --search`` ≤ 0.25 s each; ``badges`` for
1,000 guests 8-up on A4 ≤ 0.6 s).

Run with ``python -m pytest tests/benchmarks/test_cli_benchmark.py --benchmark-enable -s``.
Each round starts a fresh ``checkin`` process (the installed console script), so the time
includes the interpreter, every import and opening the event file. The machine may be shared:
the median of several rounds is compared with the target.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from checkin import codes, guests
from checkin.event import Event

from .bigevent import build_big_event, token_for
from .test_badges_benchmark import build_thousand

GUESTS = 50_000
ROUNDS = 15


def _checkin_command() -> list[str]:
    script = Path(sys.executable).with_name("checkin")  # what `pip install` put on PATH
    return [str(script)] if script.exists() else [sys.executable, "-m", "checkin"]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)  # the installed package, as a user runs it
    # A user's Python keeps compiled modules (pip and the bundle ship them): so does this run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _timed_runs(benchmark, argv_for_round, *, ok=(0,), rounds=ROUNDS) -> float:
    """Run ``checkin`` once per round (``argv_for_round()`` gives each round's arguments)."""
    env = _env()

    def setup():
        return (argv_for_round(),), {}

    def once(argv):
        done = subprocess.run([*_checkin_command(), *argv], env=env, capture_output=True)
        assert done.returncode in ok, done.stderr.decode()
        return done

    benchmark.pedantic(once, setup=setup, rounds=rounds, iterations=1, warmup_rounds=1)
    median = benchmark.stats.stats.median
    print(f"\ncheckin {' '.join(argv_for_round())[:60]}: median {median * 1000:.0f} ms")
    return median


@pytest.fixture(scope="module")
def big_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "big.checkin"
    build_big_event(path, GUESTS).close()
    return path


def test_help(benchmark):
    assert _timed_runs(benchmark, lambda: ["--help"]) <= 0.25


def test_scan_50k(benchmark, big_path):
    with Event.open(big_path) as event:
        secret = event.secret
        assert guests.get_guest(event, 1).token == token_for(0)
    # A new guest each round (every 97th, from the middle of the list): each one checks in.
    numbers = iter(range(GUESTS // 2, GUESTS, 97))

    def argv():
        return ["scan", str(big_path), codes.make_code(secret, token_for(next(numbers)))]

    # exit 1: a guest the generator had already checked in (80 % are)
    assert _timed_runs(benchmark, argv, ok=(0, 1)) <= 0.25


def test_guests_search_50k(benchmark, big_path):
    argv = ["guests", str(big_path), "--search", "Кузнецова4711"]
    assert _timed_runs(benchmark, lambda: argv) <= 0.25


@pytest.fixture(scope="module")
def thousand_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("badges") / "thousand.checkin"
    build_thousand(path).close()
    return path


def test_badges_1000_8_up(benchmark, thousand_path, tmp_path):
    out = tmp_path / "badges.pdf"
    argv = ["badges", str(thousand_path), "--layout", "insert-90x54", "--out", str(out), "--no-log"]
    median = _timed_runs(benchmark, lambda: argv, rounds=7)
    assert out.read_bytes().startswith(b"%PDF")
    assert median <= 0.6
