"""Round planning at scale: 500 participants, 60 tables, 4 rounds (target: under 2 s).

Prints the time and how close the plan gets to an upper bound on distinct visitor–local
meetings (run: python -m pytest tests/benchmarks/test_rounds_benchmark.py --benchmark-enable -s).
"""

from __future__ import annotations

import random
import time

from checkin.rounds.planner import Place, Seatable, distinct_meetings_upper_bound, plan_rounds


def exchange_500():
    rnd = random.Random(2027)
    fields = [f"Feld{i}" for i in range(10)]
    places = [Place(i + 1, i + 1, fields[i % 10], 9) for i in range(60)]
    people = [
        Seatable(i + 1, f"host{i}", fields[i % 10], False, fixed_table=i + 1) for i in range(60)
    ]
    people += [Seatable(100 + i, f"omsk{i}", fields[i % 10], True) for i in range(100)]
    people += [Seatable(1000 + i, f"firma{i}", rnd.choice(fields), False) for i in range(340)]
    for i in range(0, 100, 10):  # some wishes
        p = people[60 + i]
        people[60 + i] = Seatable(
            p.id, p.org, p.field, True, meet=frozenset({f"firma{i}"}), avoid=frozenset({f"host{i}"})
        )
    return people, places


def test_plan_500_participants_60_tables_4_rounds(benchmark):
    people, places = exchange_500()
    assert len(people) == 500 and len(places) == 60
    plan = benchmark(plan_rounds, people, places, 4)
    start = time.perf_counter()
    plan_rounds(people, places, 4)
    elapsed = time.perf_counter() - start
    bound = distinct_meetings_upper_bound(people, places, 4)
    print(
        f"\n500 participants, 60 tables, 4 rounds: {elapsed:.3f} s; "
        f"{plan.distinct_meetings} distinct meetings of at most {bound} "
        f"({plan.distinct_meetings / bound:.1%}), {plan.repeats} repeats, "
        f"{len(plan.unplaced)} unplaced seat-rounds"
    )
    assert elapsed < 2.0
    assert plan.distinct_meetings >= 0.9 * bound
