"""Optimal assignment: give each row a different column at least total cost.

The shortest-augmenting-path method of Jonker and Volgenant, as Crouse describes it
(IEEE Trans. Aerospace and Electronic Systems 52(4), 2016) and SciPy implements it in
``linear_sum_assignment``: the same steps in the same order, so the same answer, ties
included. Our matrices are small (a field's guests by its tables' seats, a round's
interpreters by its tables): plain Python is fast enough, and the app needs no SciPy
and NumPy (a third of the bundle) for this one function.
"""

from __future__ import annotations

from collections.abc import Sequence

INF = float("inf")


class Infeasible(ValueError):
    """No assignment of finite cost exists."""


def linear_sum_assignment(cost: Sequence[Sequence[float]]) -> tuple[list[int], list[int]]:
    """Rows and their columns (``rows[k]`` gets ``cols[k]``), rows ascending, for the
    assignment of least total cost; every row gets a column when there are at least as
    many columns as rows, else every column gets a row."""
    rows = [list(map(float, row)) for row in cost]
    if not rows or not rows[0]:
        return [], []
    if any(len(row) != len(rows[0]) for row in rows):
        raise ValueError("every row of the cost matrix needs the same number of columns")
    transposed = len(rows[0]) < len(rows)
    if transposed:
        rows = [list(column) for column in zip(*rows, strict=True)]
    col4row = _solve(rows)
    if not transposed:
        return list(range(len(rows))), col4row
    pairs = sorted((col, row) for row, col in enumerate(col4row))
    return [r for r, _ in pairs], [c for _, c in pairs]


def _solve(cost: list[list[float]]) -> list[int]:
    """The column of each row; needs no more rows than columns."""
    nr, nc = len(cost), len(cost[0])
    u, v = [0.0] * nr, [0.0] * nc
    col4row, row4col = [-1] * nr, [-1] * nc
    path = [-1] * nc
    for current in range(nr):
        shortest = [INF] * nc
        in_rows, in_cols = [False] * nr, [False] * nc
        remaining = list(range(nc - 1, -1, -1))
        min_val, i, sink = 0.0, current, -1
        while sink == -1:  # Dijkstra over reduced costs until a free column is reached
            in_rows[i] = True
            row, ui = cost[i], u[i]
            index, lowest = -1, INF
            for k, j in enumerate(remaining):
                reduced = min_val + row[j] - ui - v[j]
                if reduced < shortest[j]:
                    path[j] = i
                    shortest[j] = reduced
                if shortest[j] < lowest or (shortest[j] == lowest and row4col[j] == -1):
                    lowest, index = shortest[j], k
            min_val = lowest
            if min_val == INF:
                raise Infeasible("cost matrix is infeasible")
            j = remaining[index]
            if row4col[j] == -1:
                sink = j
            else:
                i = row4col[j]
            in_cols[j] = True
            remaining[index] = remaining[-1]
            remaining.pop()
        u[current] += min_val  # dual update keeps reduced costs non-negative
        for r in range(nr):
            if in_rows[r] and r != current:
                u[r] += min_val - shortest[col4row[r]]
        for c in range(nc):
            if in_cols[c]:
                v[c] -= min_val - shortest[c]
        j = sink  # augment along the path back to the current row
        while True:
            i = path[j]
            row4col[j] = i
            col4row[i], j = j, col4row[i]
            if i == current:
                break
    return col4row
