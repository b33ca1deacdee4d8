"""The paper fallback: a printable A–Z door list per programme item.

If every laptop fails, the door keeps working with this list: name, organisation, table
and a box to tick, grouped by the family name's first letter in the reader's alphabet
(checkin.collation): in a German list "Парфёнов" files under P with its passport spelling
beside it, so staff who cannot read Cyrillic still find the guest; in a Russian list
"Müller" files under М with its Cyrillic reading. Guests already checked in when the list
is printed have their box ticked.
"""

from __future__ import annotations

import os
from datetime import datetime

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from checkin import collation, fonts, labels, translit
from checkin.event import Event
from checkin.exporting.attendance import Attendance, GuestInfo, event_attendance
from checkin.exporting.pdf_layout import ACCENT, BLACK, GREY, RULE, PageWriter, fit
from checkin.exporting.pdf_report import when

ROW = 7 * mm  # room for a pen tick
READING = HexColor("#333333")
BOX = 3.6 * mm


def sort_key(guest: GuestInfo, lang: str = "de") -> tuple:
    """As in a phone book (DIN 5007; Cyrillic under its Latin form), or by the Russian
    alphabet for a Russian list (see checkin.collation)."""
    return collation.guest_key(guest, lang)


def letter(guest: GuestInfo, lang: str = "de") -> str:
    return collation.guest_letter(guest, lang)


def display_name(guest: GuestInfo, lang: str = "de") -> tuple[str, str]:
    """'Family, Given' and its reading in the reader's script when it is in another one."""
    given = " ".join(p for p in (guest.given_name, guest.patronymic) if p)
    name = (
        f"{guest.family_name}, {given}"
        if guest.family_name and given
        else (guest.family_name or given)
    )
    return name, translit.reading(f"{guest.family_name} {guest.given_name}".strip(), lang)


def write_door_list(
    event: Event, path: str | os.PathLike, *, item_id: int | None = None, lang: str = "en"
) -> None:
    report = event_attendance(event, item_id, lang)
    as_of = event.clock().astimezone()
    t = lambda key, **kw: labels.text(key, lang, **kw)  # noqa: E731
    out = PageWriter(
        path,
        title=f"{t('door_list_title')} – {report.name}",
        footer=f"{report.name} · {t('door_list_title')} · {as_of:%d.%m.%Y %H:%M}",
        page_label=lambda n: t("page", page=n),
    )
    for index, it in enumerate(report.items):
        if index:
            out.new_page()
        rows = sorted(it.rows, key=lambda r: sort_key(r.guest, lang))
        _item_list(out, it.item.name_in(lang), when(it.item.starts), rows, as_of, t, lang)
    out.save()


def _item_list(out: PageWriter, name: str, starts: str, rows: list[Attendance],
               as_of: datetime, t, lang: str) -> None:  # fmt: skip
    width = out.right - out.left
    x_name = out.left + BOX + 3 * mm
    x_org = out.left + width * 0.46
    x_table = out.left + width * 0.78
    c = out.canvas

    def title() -> None:
        out.text(f"{t('door_list_title')}: {name}", 15, bold=True, colour=ACCENT)
        out.text(f"{starts}   {t('door_list_note', time=as_of.strftime('%d.%m.%Y %H:%M'))}",
                 9, colour=GREY)  # fmt: skip
        out.y -= 4
        c.setFont(fonts.BOLD, 8.5)
        c.drawString(x_name, out.y - 10, t("name"))
        c.drawString(x_org, out.y - 10, t("organisation"))
        c.drawString(x_table, out.y - 10, t("table"))
        out.y -= 14

    title()
    out.repeat_header = title
    current = None
    for r in rows:
        g = r.guest
        initial = letter(g, lang)
        if initial != current:
            out.ensure(ROW + 16)
            current = initial
            out.y -= 15
            c.setFillColor(ACCENT)
            c.setFont(fonts.BOLD, 12)
            c.drawString(out.left, out.y + 2, initial)
            c.setStrokeColor(ACCENT)
            c.setLineWidth(0.8)
            lead = stringWidth(initial, fonts.BOLD, 12) + 4
            c.line(out.left + lead, out.y + 5, out.right, out.y + 5)
            c.setFillColor(GREY)
        out.ensure(ROW)
        out.y -= ROW
        name_text, reading = display_name(g, lang)
        extra = reading
        if r.arrived:
            extra = f"{reading} · {t('arrived_mark')}" if reading else t("arrived_mark")
        base = out.y + (3.3 if extra else 2.2) * mm  # a second line below: the name moves up
        c.setStrokeColor(GREY)
        c.setLineWidth(0.8)
        c.rect(out.left, base - 0.6 * mm, BOX, BOX, stroke=1, fill=0)
        arrived = r.arrived
        if arrived:
            c.setLineWidth(1.4)
            c.setStrokeColor(ACCENT)
            left, low = out.left, base - 0.6 * mm
            path = c.beginPath()
            path.moveTo(left + 0.6 * mm, low + 1.8 * mm)
            path.lineTo(left + 1.5 * mm, low + 0.7 * mm)
            path.lineTo(left + BOX - 0.5 * mm, low + BOX - 0.5 * mm)
            c.drawPath(path, stroke=1, fill=0)
        c.setFillColor(GREY if arrived else BLACK)
        c.setFont(fonts.BOLD, 10)
        shown = fit(fonts.printable(name_text), x_org - x_name - 12, fonts.BOLD, 10)
        c.drawString(x_name, base, shown)
        if extra:  # the reading staff can say aloud, dark enough to read at the door
            c.setFont(fonts.REGULAR, 8)
            c.setFillColor(GREY if arrived else READING)
            c.drawString(x_name, out.y + 0.3 * mm, fit(fonts.printable(extra), x_org - x_name - 6,
                                                       fonts.REGULAR, 8))  # fmt: skip
        c.setFillColor(GREY if arrived else BLACK)
        c.setFont(fonts.REGULAR, 9)
        c.drawString(x_org, base, fit(fonts.printable(g.organisation), x_table - x_org - 6,
                                      fonts.REGULAR, 9))  # fmt: skip
        c.drawString(x_table, base, fit(fonts.printable(g.table), out.right - x_table,
                                        fonts.REGULAR, 9))  # fmt: skip
        c.setStrokeColor(RULE)
        c.setLineWidth(0.3)
        c.line(x_name, out.y - 0.8 * mm, out.right, out.y - 0.8 * mm)
    out.repeat_header = None
    c.setFillColor(BLACK)
