"""The table hosts' sheet for one round: who should be at each table and who has arrived."""

from __future__ import annotations

from dataclasses import dataclass

from checkin import checkins, labels
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


def write_host_sheets(event: Event, plan: ItemPlan, number: int, out, *, lang: str = "de") -> int:
    """One page per table for its host: who should be there in this round, who has arrived."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    from checkin import fonts
    from checkin.translit import for_reader

    text = labels.section("host_sheet", lang)
    fonts.register()
    regular, bold = fonts.REGULAR, fonts.BOLD
    rnd = next(r for r in plan.rounds if r.number == number)
    sheet = host_sheet(event, plan, number)
    c = canvas.Canvas(str(out), pagesize=A4)
    width, height = A4
    for entry in sheet:
        y = height - 20 * mm
        c.setFont(regular, 10)
        c.drawString(18 * mm, y, f"{event.info.name} · {plan.item.name_in(lang)}")
        y -= 10 * mm
        c.setFont(bold, 16)
        c.drawString(18 * mm, y, f"{text['title']} · {text['table']} {entry.table.label_in(lang)}")
        y -= 7 * mm
        c.setFont(regular, 12)
        c.drawString(
            18 * mm,
            y,
            f"{text['round']} {number} {rnd.time_range} · {entry.arrived}/{len(entry.rows)} "
            f"{text['arrived']}",
        )
        y -= 10 * mm
        rows = list(entry.rows)
        if entry.interpreter:
            rows.append(entry.interpreter)
        for row in rows:
            c.setFont(bold if row.state == "not_yet" else regular, 11)
            mark = "☐" if row.state == "not_yet" else "☑"
            name = for_reader(row.name, lang)
            if entry.interpreter and row is entry.interpreter:
                name = f"{text['interpreter']}: {name}"
            c.drawString(18 * mm, y, f"{mark} {name}")
            c.setFont(regular, 9)
            c.drawString(
                24 * mm,
                y - 4.2 * mm,
                f"{row.organisation}  ·  {'/'.join(row.languages)}  ·  {text[row.state]}",
            )
            y -= 11 * mm
        c.showPage()
    c.save()
    return len(sheet)
