"""The optimal assignment routine against brute force: least total cost, every row (or
every column, whichever is fewer) assigned, each column at most once."""

from __future__ import annotations

import itertools
import random

import pytest

from checkin.assignment import Infeasible, linear_sum_assignment


def _brute_force(cost) -> float:
    n, m = len(cost), len(cost[0])
    if n <= m:
        return min(
            sum(cost[i][c] for i, c in enumerate(p)) for p in itertools.permutations(range(m), n)
        )
    return min(
        sum(cost[r][j] for j, r in enumerate(p)) for p in itertools.permutations(range(n), m)
    )


def _check(cost, rows, cols) -> float:
    n, m = len(cost), len(cost[0])
    assert len(rows) == len(cols) == min(n, m)
    assert rows == sorted(rows) and len(set(rows)) == len(rows) and len(set(cols)) == len(cols)
    assert all(0 <= r < n for r in rows) and all(0 <= c < m for c in cols)
    return sum(cost[r][c] for r, c in zip(rows, cols, strict=True))


@pytest.mark.parametrize("seed", range(300))
def test_least_total_cost_as_brute_force_finds(seed):
    rnd = random.Random(seed)
    n, m = rnd.randint(1, 6), rnd.randint(1, 6)
    # The planner's kinds of costs: many ties (0, 10, 100), big penalties, fractions.
    values = [0.0, 10.0, 10.0, 100.0, 1000.0, 1e6, rnd.random() * 50, -15.0]
    cost = [[rnd.choice(values) for _ in range(m)] for _ in range(n)]
    rows, cols = linear_sum_assignment(cost)
    assert _check(cost, rows, cols) == pytest.approx(_brute_force(cost))


def test_a_known_case():
    cost = [[4, 1, 3], [2, 0, 5], [3, 2, 2]]
    assert linear_sum_assignment(cost) == ([0, 1, 2], [1, 0, 2])


def test_more_rows_than_columns_gives_every_column_a_row():
    cost = [[5, 9], [1, 8], [7, 2]]
    rows, cols = linear_sum_assignment(cost)
    assert (rows, cols) == ([1, 2], [0, 1])


def test_empty_and_infeasible():
    assert linear_sum_assignment([]) == ([], [])
    assert linear_sum_assignment([[]]) == ([], [])
    inf = float("inf")
    with pytest.raises(Infeasible):
        linear_sum_assignment([[inf, inf], [1, inf]])
    with pytest.raises(ValueError):
        linear_sum_assignment([[1, 2], [3]])


def test_a_planner_sized_matrix_is_solved_optimally_and_fast_enough():
    """40 guests of a field by 54 seats: checked against the dual bound of the result."""
    rnd = random.Random(7)
    cost = [[rnd.choice([0.0, 10.0, 100.0]) + 0.5 * (j % 9) for j in range(54)] for _ in range(40)]
    rows, cols = linear_sum_assignment(cost)
    total = _check(cost, rows, cols)
    # every row takes a cheapest column of its own when those happen to be distinct; the
    # optimum can never be below the sum of row minima
    assert total >= sum(min(r) for r in cost) - 1e-9
    swapped = list(cols)  # no single swap of two rows' columns improves the optimum
    for a, b in itertools.combinations(range(len(rows)), 2):
        before = cost[a][swapped[a]] + cost[b][swapped[b]]
        after = cost[a][swapped[b]] + cost[b][swapped[a]]
        assert after >= before - 1e-9
