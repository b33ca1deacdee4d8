"""Seating printouts (PDF, reportlab): a guest list per table for the table hosts, and an
A–Z seating overview for the door.

Names in Cyrillic are printed as they are (DejaVu Sans has the glyphs) and, on the door
overview, sorted under the Latin letter of their transliteration with it in brackets, so
staff who cannot read Cyrillic still find "Парфёнов" under P.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from checkin import categories, collation, fonts, guests, labels, tables, translit
from checkin.event import Event
from checkin.models import Guest
from checkin.models import Table as EventTable

FONT, BOLD = fonts.REGULAR, fonts.BOLD


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register()  # <b> in paragraphs maps to the bold face
    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=22, leading=27),
        "sub": ParagraphStyle(
            "sub", fontName=FONT, fontSize=12, leading=16, textColor=colors.HexColor("#444444")
        ),
        "cell": ParagraphStyle("cell", fontName=FONT, fontSize=9.5, leading=12),
        "cell_bold": ParagraphStyle("cellb", fontName=BOLD, fontSize=9.5, leading=12),
        "letter": ParagraphStyle(
            "letter", fontName=BOLD, fontSize=13, leading=15, textColor=colors.HexColor("#1f5fa8")
        ),
        "number": ParagraphStyle("number", fontName=BOLD, fontSize=13, leading=15, alignment=1),
    }


def _esc(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _display_name(g: Guest) -> str:
    given = " ".join(p for p in (g.given_name, g.patronymic) if p)
    return f"{g.family_name}, {given}" if g.family_name and given else g.family_name or given


def _doc(path: Path, title: str) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=16 * mm,
        rightMargin=16 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=title,
        author="checkin",
    )


def _footer(event_name: str):
    def draw(canvas, doc):
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.HexColor("#666666"))
        canvas.drawString(16 * mm, 9 * mm, event_name)
        canvas.drawRightString(A4[0] - 16 * mm, 9 * mm, str(doc.page))
        canvas.restoreState()

    return draw


@dataclass(frozen=True)
class Snapshot:
    """What the printouts need, read at once: rendering can then run in another thread."""

    event_name: str
    tables: list[EventTable]
    guests: list[Guest]  # not cancelled

    @classmethod
    def of(cls, event: Event) -> Snapshot:
        return cls(
            event.info.name,
            tables.list_tables(event),
            guests.list_guests(event, include_cancelled=False),
        )


def _snapshot(source: Event | Snapshot) -> Snapshot:
    return source if isinstance(source, Snapshot) else Snapshot.of(source)


def host_lists(
    source: Event | Snapshot,
    path: str | Path,
    *,
    lang: str = "de",
    table_ids: list[int] | None = None,
) -> Path:
    """One page per table: its theme, host, fill and guests, for the table host."""
    path = Path(path)
    text = labels.section("seating", lang)
    st = _styles()
    seated: dict[int, list[Guest]] = defaultdict(list)
    data = _snapshot(source)
    for g in data.guests:
        if g.table_id is not None:
            seated[g.table_id].append(g)
    story = []
    chosen = [t for t in data.tables if table_ids is None or t.id in table_ids]
    for index, t in enumerate(chosen):
        people = collation.sort_guests(seated[t.id], lang)
        heading = f"{text['table']} {t.number}"
        name, theme = t.name_in(lang), t.theme_in(lang)
        if name:
            heading += f" – {_esc(name)}"
        story.append(Paragraph(heading, st["title"]))
        sub = []
        if theme and theme != name:
            sub.append(_esc(theme))
        if t.host:
            sub.append(f"{text['host']}: {_esc(t.host)}")
        if t.capacity is not None:
            sub.append(text["seats"].format(seated=len(people), capacity=t.capacity))
        else:
            sub.append(text["seats_open"].format(seated=len(people)))
        story += [Paragraph(" · ".join(sub), st["sub"]), Spacer(1, 6 * mm)]
        if people:
            story.append(_host_table(people, text, st, lang))
        else:
            story.append(Paragraph(text["empty"], st["cell"]))
        if index < len(chosen) - 1:
            story.append(PageBreak())
    if not story:
        story.append(Paragraph(text["empty"], st["cell"]))
    doc = _doc(path, f"{data.event_name} – {text['table']}")
    footer = _footer(data.event_name)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return path


def _host_table(people: list[Guest], text: dict, st: dict, lang: str) -> Table:
    header = [
        text["name"],
        text["organisation"],
        text["position"],
        text["category"],
        text["language"],
    ]
    rows = [[Paragraph(h, st["cell_bold"]) for h in header]]
    style = [
        ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f2f2")]),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for row, g in enumerate(people, start=1):
        name = f"<b>{_esc(_display_name(g))}</b>"
        reading = translit.reading(g.full_name, lang)
        if reading:
            name += f"<br/><font size=8 color='#333333'>{_esc(reading)}</font>"
        category = _esc(labels.category(g.category, lang))
        rows.append(
            [
                Paragraph(name, st["cell"]),
                Paragraph(_esc(g.organisation), st["cell"]),
                Paragraph(_esc(g.position), st["cell"]),
                Paragraph(category, st["cell"]),
                Paragraph(_esc(g.language.upper()), st["cell"]),
            ]
        )
        style.append(
            ("LINEBEFORE", (0, row), (0, row), 4, colors.HexColor(categories.colour(g.category)))
        )
    widths = [50 * mm, 50 * mm, 40 * mm, 26 * mm, 12 * mm]
    return Table(rows, colWidths=widths, repeatRows=1, style=TableStyle(style))


def door_overview(source: Event | Snapshot, path: str | Path, *, lang: str = "de") -> Path:
    """Every guest A–Z with their table number, for staff at the door."""
    path = Path(path)
    text = labels.section("seating", lang)
    st = _styles()
    data = _snapshot(source)
    numbers = {t.id: t for t in data.tables}
    people = list(data.guests)
    people = collation.sort_guests(people, lang)
    by_letter: dict[str, list[Guest]] = {}  # in the order of the sorted names
    for g in people:
        by_letter.setdefault(collation.guest_letter(g, lang), []).append(g)
    story = [
        Paragraph(f"{text['overview']} – {_esc(data.event_name)}", st["title"]),
        Paragraph(f"{text['count'].format(count=len(people))} · – = {text['unseated']}", st["sub"]),
        Spacer(1, 5 * mm),
    ]
    for letter in by_letter:
        # the letter is the table's first row: it repeats when a letter runs onto a new page
        rows = [[Paragraph(letter, st["letter"]), "", "", ""]]
        style = [
            ("SPAN", (0, 0), (-1, 0)),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
            ("LINEBELOW", (0, 0), (-1, 0), 1, colors.HexColor("#1f5fa8")),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]
        for g in by_letter[letter]:
            name = f"<b>{_esc(_display_name(g))}</b>"
            reading = translit.reading(g.family_name or g.given_name, lang)
            if reading:
                name += f" <font color='#333333'>({_esc(reading)})</font>"
            table = numbers.get(g.table_id)
            if table is None:
                where = Paragraph("–", st["number"])
            else:
                where = Paragraph(str(table.number), st["number"])
            theme = _esc(table.topic_in(lang)) if table else ""
            rows.append(
                [
                    Paragraph(name, st["cell"]),
                    Paragraph(_esc(g.organisation), st["cell"]),
                    where,
                    Paragraph(f"<font size=8>{theme}</font>", st["cell"]),
                ]
            )
        story += [
            Table(
                rows,
                colWidths=[68 * mm, 58 * mm, 16 * mm, 36 * mm],
                repeatRows=1,
                style=TableStyle(style),
            ),
            Spacer(1, 2 * mm),
        ]
    doc = _doc(path, f"{data.event_name} – {text['overview']}")
    footer = _footer(data.event_name)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return path
