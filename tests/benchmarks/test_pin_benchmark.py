"""The admin PIN against offline guessing: the time one try of the real KDF takes.

Run with ``python -m pytest tests/benchmarks/test_pin_benchmark.py --benchmark-only -s``.
The test fails if trying every 6-digit PIN on one core would take less than two days (the
issue asked for days); it prints the median time per try and the days for 10^4 and 10^6 PINs.
"""

from __future__ import annotations

import statistics
import time

from checkin import admin

SECONDS_PER_DAY = 86_400


def test_one_pin_try_costs_enough(benchmark, monkeypatch):
    monkeypatch.undo()  # tests/conftest.py swaps in a cheap KDF: measure the one checkin ships
    real = admin.KDF
    salt = bytes(16)
    times = []

    def one_try():
        start = time.perf_counter()
        admin._hash("123456", salt, real)
        times.append(time.perf_counter() - start)

    benchmark.pedantic(one_try, rounds=7, iterations=1)
    per_try = statistics.median(times)
    days_6 = per_try * 10**6 / SECONDS_PER_DAY
    print(
        f"\nscrypt n={real.n} r={real.r} p={real.p} ({real.memory // 2**20} MiB): median {per_try * 1000:.0f} ms "
        f"per try; all 4-digit PINs {per_try * 10**4 / 60:.0f} min, "
        f"all 6-digit PINs {days_6:.1f} days (half that on average), one core"
    )
    assert days_6 >= 2
