"""After the exchange: each participant's list of the people they met, for sharing.

Only people who agreed to share their contact details ever appear on someone's list.
"""

from __future__ import annotations

from dataclasses import dataclass

from checkin.rounds.service import ItemPlan


@dataclass(frozen=True)
class Contact:
    guest_id: int
    name: str
    organisation: str
    email: str
    rounds: tuple[int, ...]  # the rounds in which they shared a table


def contacts_for(plan: ItemPlan, guest_id: int) -> list[Contact]:
    met: dict[int, list[int]] = {}
    for rnd in plan.rounds:
        table = plan.table_of(rnd.number, guest_id)
        if table is None:
            continue
        for other in plan.seating.get(rnd.number, {}).get(table, []):
            if other != guest_id:
                met.setdefault(other, []).append(rnd.number)
    out = []
    for other, rounds in met.items():
        person = plan.people.get(other)
        if person is None or not person.consent:
            continue
        out.append(
            Contact(other, person.full_name, person.organisation, person.email, tuple(rounds))
        )
    return sorted(out, key=lambda c: plan.people[c.guest_id].sort_key)


def all_contacts(plan: ItemPlan) -> dict[int, list[Contact]]:
    """Per participant who sat at a table, their contact list."""
    seated = {g for per in plan.seating.values() for guests in per.values() for g in guests}
    return {g: contacts_for(plan, g) for g in sorted(seated)}
