"""The table hosts' sheet for one round: who should be at each table and who has arrived."""

from __future__ import annotations

from dataclasses import dataclass

from checkin import checkins
from checkin.event import Event
from checkin.models import Table
from checkin.rounds.service import ItemPlan


@dataclass(frozen=True)
class HostRow:
    guest_id: int
    name: str
    organisation: str
    languages: tuple[str, ...]
    state: str  # not_yet / in / out (checkins.State values)


@dataclass(frozen=True)
class HostTable:
    table: Table
    rows: list[HostRow]
    interpreter: HostRow | None

    @property
    def arrived(self) -> int:
        return sum(1 for r in self.rows if r.state != checkins.State.NOT_YET.value)


def host_sheet(event: Event, plan: ItemPlan, number: int) -> list[HostTable]:
    states = checkins.statuses(event, plan.item.id)

    def row(gid: int) -> HostRow:
        person = plan.people[gid]
        state = states.get(gid, checkins.Status(checkins.State.NOT_YET)).state.value
        return HostRow(gid, person.full_name, person.organisation, person.languages, state)

    out = []
    seated = plan.seating.get(number, {})
    for table_id in sorted(seated, key=lambda t: plan.tables[t].number):
        rows = sorted(
            (row(g) for g in seated[table_id]), key=lambda r: plan.people[r.guest_id].sort_key
        )
        interpreter = plan.interpreters.get(number, {}).get(table_id)
        out.append(
            HostTable(plan.tables[table_id], rows, row(interpreter) if interpreter else None)
        )
    return out
