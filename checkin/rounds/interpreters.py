"""Interpreters: which tables of a round share no language, who interprets there.

A table needs an interpreter when the people at it have no language in common. An
interpreter with the pair (a, b) can serve a table when everyone there speaks a or b.
Automatic assignment keeps manual ones, never books an interpreter twice in one round and
prefers the interpreter who was at the same table in the round before.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from checkin.assignment import linear_sum_assignment
from checkin.errors import InvalidInput
from checkin.event import Event
from checkin.rounds import model
from checkin.rounds.model import Person

NO = 1e6


@dataclass(frozen=True)
class Need:
    round: int
    table_id: int
    languages: tuple[tuple[str, ...], ...]  # each person's languages at the table


def common_language(langs: Iterable[Iterable[str]]) -> set[str] | None:
    """Languages everyone speaks; None for a table nobody (or one person) sits at."""
    sets = [set(x) for x in langs]
    if len(sets) < 2:
        return None
    return set.intersection(*sets)


def needs_interpreter(langs: Iterable[Iterable[str]]) -> bool:
    common = common_language(langs)
    return common is not None and not common


def can_serve(pairs: Iterable[tuple[str, str]], langs: Iterable[Iterable[str]]) -> bool:
    langs = [set(x) for x in langs]
    return any(all(a in s or b in s for s in langs) for a, b in pairs)


def table_needs(tables: dict[int, dict[int, list[int]]], people: dict[int, Person]) -> list[Need]:
    """Every (round, table) without a common language. ``tables``: round -> table -> guests."""
    out = []
    for number in sorted(tables):
        for table_id, guests in sorted(tables[number].items()):
            langs = [people[g].languages for g in guests if g in people]
            if needs_interpreter(langs):
                out.append(Need(number, table_id, tuple(tuple(x) for x in langs)))
    return out


def auto_assign(
    needs: list[Need],
    interpreters: list[Person],
    fixed: dict[int, dict[int, int]] | None = None,
    unavailable: set[int] | frozenset[int] = frozenset(),
) -> dict[int, dict[int, int]]:
    """Round -> table -> interpreter id. ``fixed`` (manual) assignments are kept as they are."""
    fixed = fixed or {}
    result: dict[int, dict[int, int]] = {n: dict(t) for n, t in fixed.items()}
    by_round: dict[int, list[Need]] = {}
    for need in needs:
        by_round.setdefault(need.round, []).append(need)
    previous: dict[int, int] = {}  # table -> interpreter in the round before
    for number in sorted(set(by_round) | set(result)):
        assigned = result.setdefault(number, {})
        busy = set(assigned.values())
        open_needs = [n for n in by_round.get(number, []) if n.table_id not in assigned]
        free = [i for i in interpreters if i.id not in busy and i.id not in unavailable]
        if open_needs and free:
            cost = [[NO] * len(free) for _ in open_needs]
            for r, need in enumerate(open_needs):
                for c, person in enumerate(free):
                    if can_serve(person.interpreter_pairs, need.languages):
                        cost[r][c] = 0.0 if previous.get(need.table_id) == person.id else 1.0
            rows, cols = linear_sum_assignment(cost)
            for r, c in zip(rows, cols, strict=True):
                if cost[r][c] < NO:
                    assigned[open_needs[r].table_id] = free[c].id
        previous = assigned
    return {n: t for n, t in result.items() if t}


def open_needs(needs: list[Need], assignment: dict[int, dict[int, int]]) -> list[Need]:
    return [n for n in needs if n.table_id not in assignment.get(n.round, {})]


# -- stored assignments ---------------------------------------------------------------------------
def stored(event: Event, item_id: int) -> dict[int, dict[int, tuple[int, bool]]]:
    """Round number -> table -> (interpreter id, set by hand)."""
    out: dict[int, dict[int, tuple[int, bool]]] = {}
    rows = event.db.execute(
        "SELECT r.number, i.table_id, i.guest_id, i.manual FROM round_interpreters i "
        "JOIN rounds r ON r.id = i.round_id WHERE r.item_id = ?",
        [item_id],
    )
    for number, table_id, guest_id, manual in rows:
        out.setdefault(number, {})[table_id] = (guest_id, bool(manual))
    return out


def assign_by_hand(
    event: Event, item_id: int, number: int, table_id: int, interpreter_id: int | None
) -> None:
    """Put an interpreter at a table for one round (None: remove). An automatic booking of
    the interpreter elsewhere in the round gives way; a manual one is refused."""
    round_id = model.round_id(event, item_id, number)
    with event.writing():
        event.db.execute(
            "DELETE FROM round_interpreters WHERE round_id = ? AND table_id = ?",
            [round_id, table_id],
        )
        if interpreter_id is None:
            return
        person = model.people(event).get(interpreter_id)
        if person is None or not person.is_interpreter:
            raise InvalidInput("not_an_interpreter", guest_id=interpreter_id)
        elsewhere = event.db.execute(
            "SELECT table_id, manual FROM round_interpreters WHERE round_id = ? AND guest_id = ?",
            [round_id, interpreter_id],
        ).fetchone()
        if elsewhere and elsewhere[1]:
            raise InvalidInput("interpreter_busy", guest_id=interpreter_id, round=number)
        if elsewhere:  # an automatic booking gives way to the hand-made one
            event.db.execute(
                "DELETE FROM round_interpreters WHERE round_id = ? AND guest_id = ?",
                [round_id, interpreter_id],
            )
        event.db["round_interpreters"].insert(
            {"round_id": round_id, "table_id": table_id, "guest_id": interpreter_id, "manual": 1}
        )


def save_auto(
    event: Event, item_id: int, assignment: dict[int, dict[int, int]], rounds: list[int]
) -> None:
    """Replace the automatic assignments of ``rounds``; manual ones stay."""
    with event.writing():
        for number in rounds:
            round_id = model.round_id(event, item_id, number)
            manual = {
                r[0]
                for r in event.db.execute(
                    "SELECT table_id FROM round_interpreters WHERE round_id = ? AND manual = 1",
                    [round_id],
                )
            }
            event.db.execute(
                "DELETE FROM round_interpreters WHERE round_id = ? AND manual = 0", [round_id]
            )
            event.db["round_interpreters"].insert_all(
                {"round_id": round_id, "table_id": t, "guest_id": g, "manual": 0}
                for t, g in assignment.get(number, {}).items()
                if t not in manual
            )
