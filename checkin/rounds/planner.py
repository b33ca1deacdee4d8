"""Automatic round planning: who sits at which table in each round. Pure: no file access.

Each round is planned in turn. Locked seats and meeting points are placed first; then, per
field, the moving visitors and then the moving locals are each given seats by an optimal
assignment (``checkin.assignment.linear_sum_assignment`` over table seats), scored by the meetings a
seat creates: a visitor–local pair of organisations meeting for the first time is good, a
repeat is very bad, an "avoid" wish is worse, a "meet" wish is a bonus. A local-improvement
pass then moves or swaps guests whose seat still costs something. Planning round by round
with an exact assignment finds a repetition-free plan in round-robin-like cases (every
round's residual "not met yet" graph stays regular, so a full new assignment exists).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from checkin.assignment import linear_sum_assignment

NEW_MEETING = 10.0
REPEAT = 100.0
WISH_MEET = 30.0
WISH_AVOID = 1000.0
OFF_THEME = 15.0  # a visitor at a related theme's table rather than their own
COVER = 500.0  # among related themes: a table whose locals would have no visitor at all
UNPLACED = 1e6

# Why a guest has no seat in a round (message templates; the UI translates the keys).
REASONS = {
    "absent": "did not arrive (no-show)",
    "no_table_for_field": "no table has the theme {field}",
    "no_field": "has no field (industry) and no meeting-point table",
    "tables_full": "all tables of {field} are full",
    "meeting_point_full": "their meeting-point table {table} is full",
}


@dataclass(frozen=True)
class Seatable:
    """One participant as the planner sees them."""

    id: int
    org: str  # organisation key: people of one organisation count as one
    field: str  # industry, matched case-insensitively against table themes
    visitor: bool
    fixed_table: int | None = None  # meeting point: this table in every round
    meet: frozenset[str] = frozenset()
    avoid: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Place:
    id: int
    number: int
    theme: str
    capacity: int


@dataclass(frozen=True)
class Unplaced:
    round: int
    guest: int
    reason: str
    params: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return REASONS[self.reason].format(**self.params)


@dataclass
class Plan:
    rounds: int
    seats: dict[int, dict[int, int]]  # round number -> guest -> table id
    unplaced: list[Unplaced]
    people: dict[int, Seatable]

    def tables(self, number: int) -> dict[int, list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for guest, table in self.seats.get(number, {}).items():
            out[table].append(guest)
        return {t: sorted(g) for t, g in out.items()}

    def met(self) -> dict[int, list[tuple[int, int]]]:
        """Per guest, everyone they sat with: (round, guest id)."""
        out: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for number in range(1, self.rounds + 1):
            for members in self.tables(number).values():
                for a in members:
                    out[a].extend((number, b) for b in members if b != a)
        return dict(out)

    def meeting_counts(self) -> Counter:
        """How many rounds each visitor–local pair of organisations shares a table."""
        counts: Counter = Counter()
        for number in range(1, self.rounds + 1):
            for members in self.tables(number).values():
                visitors = {self.people[g].org for g in members if self.people[g].visitor}
                locals_ = {self.people[g].org for g in members if not self.people[g].visitor}
                counts.update((v, lo) for v in visitors for lo in locals_ if v != lo)
        return counts

    @property
    def distinct_meetings(self) -> int:
        return len(self.meeting_counts())

    @property
    def repeats(self) -> int:
        return sum(c - 1 for c in self.meeting_counts().values())


def _key(text: str) -> str:
    return (text or "").strip().casefold()


class _RoundState:
    """Seats of one round under construction, with the pair costs against earlier rounds."""

    def __init__(self, people, places, met: Counter):
        self.people = people
        self.cap = {p.id: p.capacity for p in places}
        self.at: dict[int, list[int]] = {p.id: [] for p in places}
        self.seat: dict[int, int] = {}
        self.met = met

    def pair_cost(self, a: Seatable, b: Seatable) -> float:
        cost = 0.0
        if b.org in a.avoid or a.org in b.avoid:
            cost += WISH_AVOID
        if a.visitor != b.visitor and a.org != b.org:
            key = (a.org, b.org) if a.visitor else (b.org, a.org)
            seen = self.met[key]
            if seen:
                cost += REPEAT * seen
            else:
                cost -= NEW_MEETING
                if b.org in a.meet or a.org in b.meet:
                    cost -= WISH_MEET
        return cost

    def cost_at(self, guest: Seatable, table: int, skip: int | None = None) -> float:
        people = self.people
        return sum(
            self.pair_cost(guest, people[o]) for o in self.at[table] if o != guest.id and o != skip
        )

    def free(self, table: int) -> int:
        return self.cap[table] - len(self.at[table])

    def put(self, guest: int, table: int) -> None:
        self.at[table].append(guest)
        self.seat[guest] = table

    def take(self, guest: int) -> int:
        table = self.seat.pop(guest)
        self.at[table].remove(guest)
        return table


def plan_rounds(
    people: list[Seatable],
    places: list[Place],
    rounds: int,
    *,
    locked: dict[int, dict[int, int]] | None = None,
    keep: dict[int, dict[int, int]] | None = None,
    absent: set[int] | frozenset[int] = frozenset(),
    related: dict[str, set[str]] | None = None,
) -> Plan:
    """Plan ``rounds`` rounds. ``locked``: round -> guest -> table set by hand (kept as is);
    ``keep``: rounds already held (round -> guest -> table), not re-planned but counted as met;
    ``absent``: guests not to seat in the rounds that are planned; ``related``: theme -> themes
    whose tables its visitors may also sit at (they are seated after everyone else, where they
    meet the most companies they have not met yet)."""
    locked = locked or {}
    keep = keep or {}
    by_id = {p.id: p for p in people}
    table_by_id = {p.id: p for p in places}
    by_theme: dict[str, list[Place]] = defaultdict(list)
    for place in places:
        by_theme[_key(place.theme)].append(place)
    met: Counter = Counter()
    seats: dict[int, dict[int, int]] = {}
    unplaced: list[Unplaced] = []
    crowd = 1.0 / (max((p.capacity for p in places), default=1) + 1)
    wider: dict[str, list[int]] = {}  # theme -> its tables and those of related themes
    for theme, others in (related or {}).items():
        own = by_theme.get(_key(theme), [])
        extra = [p for other in sorted(others) for p in by_theme.get(_key(other), [])]
        if own and extra:
            wider[_key(theme)] = list(dict.fromkeys(p.id for p in own + extra))

    for number in range(1, rounds + 1):
        if number in keep:
            seats[number] = {g: t for g, t in keep[number].items() if g in by_id}
            _count_meetings(seats[number], by_id, met)
            continue
        state = _RoundState(by_id, places, met)
        for guest, table in locked.get(number, {}).items():
            if guest in by_id and table in table_by_id:
                state.put(guest, table)
        groups: dict[str, tuple[list[Seatable], list[Seatable]]] = defaultdict(lambda: ([], []))
        for person in people:
            if person.id in state.seat:
                continue
            if person.id in absent:
                unplaced.append(Unplaced(number, person.id, "absent"))
                continue
            if person.fixed_table is not None and person.fixed_table in table_by_id:
                if state.free(person.fixed_table) > 0:
                    state.put(person.id, person.fixed_table)
                else:
                    label = table_by_id[person.fixed_table].number
                    unplaced.append(
                        Unplaced(number, person.id, "meeting_point_full", {"table": label})
                    )
                continue
            field_key = _key(person.field)
            if not field_key:
                unplaced.append(Unplaced(number, person.id, "no_field"))
            elif field_key not in by_theme:
                unplaced.append(
                    Unplaced(number, person.id, "no_table_for_field", {"field": person.field})
                )
            else:
                groups[field_key][0 if person.visitor else 1].append(person)
        later = []
        for field_key, (visitors, locals_) in groups.items():
            tables = [p.id for p in by_theme[field_key]]
            if field_key in wider and visitors:
                off = {t: OFF_THEME for t in wider[field_key] if t not in tables}
                later.append((visitors, wider[field_key], off))
                visitors = []
            for movers in (visitors, locals_):
                left = _assign(state, movers, tables, crowd)
                unplaced.extend(
                    Unplaced(number, g.id, "tables_full", {"field": g.field}) for g in left
                )
            _improve(state, visitors + locals_, tables)
        for visitors, tables, off in later:
            # no _improve pass here: it would undo COVER (it only weighs the meetings)
            left = _assign(state, visitors, tables, crowd, off, cover=COVER)
            unplaced.extend(Unplaced(number, g.id, "tables_full", {"field": g.field}) for g in left)
        seats[number] = dict(state.seat)
        _count_meetings(seats[number], by_id, met)
    return Plan(rounds, seats, unplaced, by_id)


def _count_meetings(seating: dict[int, int], by_id: dict[int, Seatable], met: Counter) -> None:
    tables: dict[int, list[Seatable]] = defaultdict(list)
    for guest, table in seating.items():
        tables[table].append(by_id[guest])
    for members in tables.values():
        visitors = {p.org for p in members if p.visitor}
        locals_ = {p.org for p in members if not p.visitor}
        met.update((v, lo) for v in visitors for lo in locals_ if v != lo)


def _assign(
    state: _RoundState,
    movers: list[Seatable],
    tables: list[int],
    crowd: float,
    penalty: dict[int, float] | None = None,
    *,
    cover: float = 0.0,
):
    """Seat ``movers`` on the free seats of ``tables`` at least total cost (plus ``penalty``
    per table, less ``cover`` for the first of them at a table that has none); returns the
    left-over."""
    if not movers:
        return []
    slots: list[tuple[int, float]] = []
    for table in tables:
        already = sum(1 for g in state.at[table] if state.people[g].visitor == movers[0].visitor)
        first = -cover if already == 0 else 0.0
        slots.extend(
            (table, crowd * (already + k) + (first if k == 0 else 0.0))
            for k in range(state.free(table))
        )
    if not slots:
        return list(movers)
    extra = penalty or {}
    at_table = [
        {table: state.cost_at(person, table) + extra.get(table, 0.0) for table in tables}
        for person in movers
    ]
    cost = [[costs[table] + slot_cost for table, slot_cost in slots] for costs in at_table]
    rows, cols = linear_sum_assignment(cost)
    placed = set()
    for i, j in zip(rows, cols, strict=True):
        state.put(movers[i].id, slots[j][0])
        placed.add(i)
    return [p for i, p in enumerate(movers) if i not in placed]


def _improve(state: _RoundState, movers: list[Seatable], tables: list[int]) -> None:
    """Move or swap guests whose seat still costs something (repeats, avoid wishes)."""
    people = state.people
    movable = {m.id for m in movers}
    for _ in range(3):
        changed = False
        for person in movers:
            if person.id not in state.seat:
                continue
            here = state.seat[person.id]
            now = state.cost_at(person, here)
            if now <= 0:
                continue
            best, best_delta = None, -1e-9
            for table in tables:
                if table == here:
                    continue
                if state.free(table) > 0:
                    delta = state.cost_at(person, table) - now
                    if delta < best_delta:
                        best, best_delta = ("move", table), delta
                for other in state.at[table]:
                    partner = people[other]
                    if other not in movable:
                        continue
                    delta = (
                        state.cost_at(person, table, skip=other)
                        - now
                        + state.cost_at(partner, here, skip=person.id)
                        - state.cost_at(partner, table)
                    )
                    if delta < best_delta:
                        best, best_delta = ("swap", other), delta
            if best is None:
                continue
            changed = True
            if best[0] == "move":
                state.take(person.id)
                state.put(person.id, best[1])
            else:
                other = best[1]
                there = state.take(other)
                state.take(person.id)
                state.put(person.id, there)
                state.put(other, here)
        if not changed:
            return


def distinct_meetings_upper_bound(people: list[Seatable], places: list[Place], rounds: int) -> int:
    """An upper bound on distinct visitor–local organisation pairs any plan can reach."""
    by_theme: dict[str, list[int]] = defaultdict(list)
    for place in places:
        by_theme[_key(place.theme)].append(place.capacity)
    fields: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for p in people:
        f = _key(p.field)
        if p.fixed_table is not None:
            f = next((_key(x.theme) for x in places if x.id == p.fixed_table), f)
        if f not in by_theme:
            continue
        fields[f][0 if p.visitor else 1].add(p.org)
        counts[f][0 if p.visitor else 1] += 1
    total = 0
    for f, (vorgs, lorgs) in fields.items():
        caps = by_theme[f]
        nv, nl = counts[f]
        per_round = _most_pairs_in_one_round(caps, nv, nl)
        total += min(len(vorgs) * len(lorgs), rounds * per_round)
    return total


def _most_pairs_in_one_round(caps: list[int], nv: int, nl: int) -> int:
    """Most visitor–local pairs one round's tables allow: max sum v*l with v+l <= capacity."""
    if nv * nl * len(caps) * max(caps) ** 2 > 20_000_000:  # too big to be exact: a looser bound
        biggest = max(caps)
        return min(
            nv * nl,
            sum((c // 2) * (c - c // 2) for c in caps),
            nv * (biggest - 1),
            nl * (biggest - 1),
        )
    neg = -1
    best = [[neg] * (nl + 1) for _ in range(nv + 1)]
    best[0][0] = 0
    for cap in caps:
        nxt = [row[:] for row in best]
        for v in range(nv + 1):
            for lo in range(nl + 1):
                here = best[v][lo]
                if here < 0:
                    continue
                for dv in range(0, min(cap, nv - v) + 1):
                    for dl in range(0, min(cap - dv, nl - lo) + 1):
                        value = here + dv * dl
                        if value > nxt[v + dv][lo + dl]:
                            nxt[v + dv][lo + dl] = value
        best = nxt
    return max(max(row) for row in best)
