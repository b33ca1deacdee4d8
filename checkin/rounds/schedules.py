"""Personal schedules: one A4 page per participant, in their language (de, ru or en).

Per round: the time, the table number and theme, the people at the table with their
organisation (names in the reader's script with the original beside it) and the interpreter.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from checkin import collation, fonts, labels, translit
from checkin.event import Event
from checkin.rounds.model import Person
from checkin.rounds.service import ItemPlan

LANGUAGES = ("de", "ru", "en")  # a reader's language, in order of preference


def reader_language(person: Person, forced: str | None = None) -> str:
    if forced in LANGUAGES:
        return forced
    for lang in (person.language, *person.languages):
        if lang in LANGUAGES:
            return lang
    return "en"


def schedule_order(plan: ItemPlan) -> list[Person]:
    """Everyone with a seat or an interpreting job, A–Z by family name (Cyrillic by its
    Latin spelling, so Парфёнов files under P like on the badges)."""
    ids = {g for per in plan.seating.values() for guests in per.values() for g in guests}
    ids |= {g for per in plan.interpreters.values() for g in per.values()}
    people = [plan.people[g] for g in ids if g in plan.people]
    return collation.sort_guests(people)


def schedule_lines(plan: ItemPlan, person: Person, lang: str) -> list[tuple[str, str]]:
    """The page as (style, text) lines; style is "head", "text" or "note"."""
    words = labels.section("schedule", lang)
    lines: list[tuple[str, str]] = []
    for rnd in plan.rounds:
        table_id = plan.table_of(rnd.number, person.id)
        head = f"{words['round']} {rnd.number}"
        if rnd.time_range:
            head += f" · {rnd.time_range}"
        if table_id is None:
            lines.append(("head", head))
            lines.append(("note", words["none"]))
            continue
        table = plan.tables[table_id]
        theme = table.topic_in(lang)
        lines.append(
            (
                "head",
                f"{head} · {words['table']} {table.number}" + (f" – {theme}" if theme else ""),
            )
        )
        interpreter = plan.interpreters.get(rnd.number, {}).get(table_id)
        if interpreter == person.id:
            lines.append(("note", words["interpreting"]))
        for gid in plan.seating.get(rnd.number, {}).get(table_id, []):
            if gid == person.id:
                continue
            other = plan.people[gid]
            text = translit.for_reader(other.full_name, lang)
            if other.organisation:
                text += f" — {other.organisation}"
            lines.append(("text", text))
        if interpreter is not None and interpreter != person.id:
            name = translit.for_reader(plan.people[interpreter].full_name, lang)
            lines.append(("text", f"{words['interpreter']}: {name}"))
    return lines


def _draw_page(c: canvas.Canvas, event_name: str, plan: ItemPlan, person: Person, lang: str):
    fonts.register()
    regular, bold = fonts.REGULAR, fonts.BOLD
    width, height = A4
    left, top = 18 * mm, height - 18 * mm
    c.setFont(regular, 10)
    c.drawString(left, top, f"{event_name} · {plan.item.name_in(lang)}")
    c.setFont(bold, 18)
    c.drawString(left, top - 11 * mm, labels.text("schedule.title", lang))
    c.setFont(bold, 14)
    c.drawString(left, top - 19 * mm, person.full_name)
    c.setFont(regular, 11)
    c.drawString(left, top - 25 * mm, person.organisation)
    lines = schedule_lines(plan, person, lang)
    available = top - 34 * mm - 15 * mm
    size = 11.0
    while size > 6 and sum((1.9 if s == "head" else 1.3) * size for s, _ in lines) > available:
        size -= 0.5
    y = top - 34 * mm
    for style, text in lines:
        if style == "head":
            y -= 0.6 * size
            c.setFillColorRGB(0.90, 0.93, 0.97)
            c.rect(
                left - 2 * mm,
                y - 0.35 * size,
                width - 2 * left + 4 * mm,
                1.3 * size,
                stroke=0,
                fill=1,
            )
            c.setFillColorRGB(0, 0, 0)
            c.setFont(bold, size)
            c.drawString(left, y, text)
            y -= 1.3 * size
        else:
            x = left + (5 * mm if style == "text" else 0)
            _fit_line(c, regular, size, text, x, y, width - left - x)
            y -= 1.3 * size
    c.showPage()


def _fit_line(c: canvas.Canvas, font: str, size: float, text: str, x, y, room) -> None:
    """Draw ``text`` within ``room`` points: a smaller size first, then shortened with "…"."""
    fitted = size
    while fitted > size * 0.75 and pdfmetrics.stringWidth(text, font, fitted) > room:
        fitted -= 0.25
    while len(text) > 4 and pdfmetrics.stringWidth(text, font, fitted) > room:
        text = text[:-2].rstrip() + "…"
    c.setFont(font, fitted)
    c.drawString(x, y, text)


def write_schedules(
    event: Event,
    plan: ItemPlan,
    people: list[Person],
    out: str | Path,
    *,
    lang: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write one page per person into ``out``; returns the number of pages."""
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setTitle(plan.item.name)
    name = event.info.name
    for index, person in enumerate(people, 1):
        _draw_page(c, name, plan, person, reader_language(person, lang))
        if progress:
            progress(index, len(people))
    c.save()
    return len(people)
