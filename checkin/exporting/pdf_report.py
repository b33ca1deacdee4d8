"""The attendance report as PDF, to forward as it is: the event summary, then per
programme item its figures, an arrival chart, attendance by category, table and
organisation, and the no-show list. In German, English or Russian; names in any script."""

from __future__ import annotations

import math
import os
from dataclasses import replace
from datetime import datetime

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from checkin import fonts, labels
from checkin.clock import from_text
from checkin.event import Event
from checkin.exporting import columns
from checkin.exporting.attendance import (
    Breakdown,
    EventAttendance,
    ItemAttendance,
    arrival_bins,
    event_attendance,
)
from checkin.exporting.pdf_layout import ACCENT, GREY, RULE, Col, PageWriter
from checkin.gc_pause import cyclic_gc_paused

MAX_ORGANISATIONS = 150  # beyond this the table ends with "… and N more organisations"


def percent(rate: float | None, lang: str) -> str:
    if rate is None:
        return "–"
    value = f"{rate * 100:.0f}"
    return f"{value}%" if labels.normalise(lang) == "en" else f"{value} %"


def when(text: str, fmt: str = "%d.%m.%Y %H:%M") -> str:
    """A stored date or time for people: programme times are venue wall-clock times."""
    if not text:
        return ""
    try:
        moment = from_text(text)
    except ValueError:
        return text
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    if len(text) <= 10:
        fmt = fmt.split(" ")[0]
    return moment.strftime(fmt)


class _Report:
    def __init__(self, report: EventAttendance, path, lang: str, generated: datetime):
        self.report = report
        self.lang = labels.normalise(lang)
        self.generated = generated.astimezone().strftime("%d.%m.%Y %H:%M")
        self.t = lambda key, **kw: labels.text(key, self.lang, **kw)
        self.n = lambda value: labels.number(value, self.lang)
        self.out = PageWriter(
            path,
            title=f"{self.t('report_title')} – {report.name}",
            footer=f"{report.name} · {self.t('report_title')} · {self.generated}",
            page_label=lambda n: self.t("page", page=n),
        )
        self.content_width = self.out.right - self.out.left

    def write(self) -> None:
        self.summary()
        for it in self.report.items:
            self.out.new_page()
            self.item(it)
        self.out.save()

    # -- sections ----------------------------------------------------------------------------------
    def summary(self) -> None:
        r, out, t = self.report, self.out, self.t
        out.text(t("report_title"), 20, bold=True, colour=ACCENT)
        out.text(r.name, 15, bold=True)
        dates = " – ".join(d for d in (when(r.starts), when(r.ends)) if d)
        details = [f"{t('venue')}: {r.venue}" if r.venue else "", dates,
                   f"{t('generated')}: {self.generated}"]  # fmt: skip
        for line in filter(None, details):
            out.text(line, 10, colour=GREY)
        out.space(6)
        overall = r.overall()
        expected = sum(1 for g in overall if g.items_expected)
        attended = sum(1 for g in overall if g.items_attended)
        out.text(f"{t('guests_total')}: {self.n(expected)}", 11, bold=True)
        out.text(f"{t('checked_in')} ({t('attended_any')}): {self.n(attended)}", 11)
        out.heading(t("summary"))
        keys = ("expected", "checked_in", "rate", "present", "checked_out", "no_shows")
        # each figure as wide as the longest word of its title ("Ожидалось" is one word);
        # the programme item's name takes the rest
        widths = [
            max(40.0, *(stringWidth(w, fonts.BOLD, 8) + 8 for w in t(k).split())) for k in keys
        ]
        cols = [Col(t("item"), self.content_width - sum(widths))] + [
            Col(t(k), width, "r") for k, width in zip(keys, widths, strict=True)
        ]
        n = self.n
        rows = [
            [
                it.item.name_in(self.lang),
                n(it.expected),
                n(it.checked_in),
                percent(it.rate, self.lang),
                n(it.present),
                n(it.checked_out),
                n(it.no_shows) if it.ended else "–",  # not over: nobody is a no-show yet
            ]
            for it in r.items
        ]
        out.table(cols, rows)

    def item(self, it: ItemAttendance) -> None:
        out, t = self.out, self.t
        out.text(it.item.name_in(self.lang), 16, bold=True, colour=ACCENT)
        span = " – ".join(d for d in (when(it.item.starts), when(it.item.ends, "%H:%M")) if d)
        if span:
            out.text(span, 10, colour=GREY)
        out.space(4)
        out.tiles(
            [
                (t("expected"), self.n(it.expected)),
                (t("checked_in"), self.n(it.checked_in)),
                (t("rate"), percent(it.rate, self.lang)),
                (t("present"), self.n(it.present)),
                (t("checked_out"), self.n(it.checked_out)),
                (t("no_shows"), self.n(it.no_shows))
                if it.ended
                else (t("not_yet"), self.n(it.not_yet)),
            ]
        )
        chart = self.chart(it)
        if chart is not None:
            out.space(6)
            out.drawing(chart)
        categories = [replace(b, key=labels.category(b.key, self.lang)) for b in it.by_category()]
        self.breakdown(t("by_category"), t("category"), categories, t("none"))
        self.breakdown(t("by_table"), t("table"), it.by_table(), t("no_table"))
        orgs = it.by_organisation()
        self.breakdown(t("by_organisation"), t("organisation"), orgs[:MAX_ORGANISATIONS],
                       t("no_organisation"))  # fmt: skip
        if len(orgs) > MAX_ORGANISATIONS:
            more = self.n(len(orgs) - MAX_ORGANISATIONS)
            out.text(t("more_organisations", count=more), 9, colour=GREY)
        no_shows = it.not_arrived_rows
        heading = t("no_show_list") if it.ended else t("not_yet")
        out.heading(f"{heading} ({self.n(len(no_shows))})", keep=30)
        if no_shows:
            out.flowing_list([_list_entry(r.guest, self.lang) for r in no_shows])
        else:
            out.text(t("none"), 9, colour=GREY)

    def breakdown(self, heading: str, what: str, rows: list[Breakdown], empty: str) -> None:
        if not rows:
            return
        number = 64
        cols = [Col(what, self.content_width - 3 * number)] + [
            Col(self.t(k), number, "r") for k in ("checked_in", "expected", "rate")
        ]
        body = [
            [
                b.key or empty,
                self.n(b.arrived),
                self.n(b.expected),
                percent(b.arrived / b.expected if b.expected else None, self.lang),
            ]
            for b in rows
        ]
        self.out.heading(heading, 12, keep=40)
        self.out.table(cols, body)

    def chart(self, it: ItemAttendance) -> Drawing | None:
        bins = arrival_bins(it.arrival_times())
        if bins is None:
            return None
        width, height = self.content_width, 62 * mm
        d = Drawing(width, height)
        d.add(String(0, height - 11, fonts.printable(self.t("arrival_chart", minutes=bins.minutes)),
                     fontName=fonts.BOLD, fontSize=10, fillColor=ACCENT))  # fmt: skip
        chart = VerticalBarChart()
        chart.x, chart.y = 28, 22
        chart.width, chart.height = width - 36, height - 42
        chart.data = [bins.counts]
        chart.bars[0].fillColor = ACCENT
        chart.bars[0].strokeColor = None
        chart.barSpacing = 1
        step = max(1, math.ceil(34 / (chart.width / len(bins.counts))))  # labels ~30 pt wide
        chart.categoryAxis.categoryNames = [
            bins.label(i) if i % step == 0 else "" for i in range(len(bins.counts))
        ]
        chart.categoryAxis.labels.fontName = fonts.REGULAR
        chart.categoryAxis.labels.fontSize = 7.5
        chart.categoryAxis.labels.dy = -2
        chart.valueAxis.valueMin = 0
        chart.valueAxis.labels.fontName = fonts.REGULAR
        chart.valueAxis.labels.fontSize = 7.5
        chart.valueAxis.labelTextFormat = lambda v: f"{v:.0f}"
        top = max(bins.counts)
        chart.valueAxis.valueMax = max(top, 4) * 1.1
        chart.valueAxis.valueStep = _nice_step(max(top, 4))
        chart.valueAxis.gridStrokeColor = RULE
        chart.valueAxis.gridStrokeWidth = 0.2
        chart.valueAxis.visibleGrid = True
        d.add(chart)
        return d


def _nice_step(top: int) -> float:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if top / step <= 6:
            return step
    return top / 5


def _list_entry(guest, lang: str) -> tuple[str, str]:
    """ "Family, Given" and, in grey, its reading when the name is in another script than
    the reader's ("Parfenov Ivan"), then the organisation."""
    if guest.family_name and guest.given_name:
        name = f"{guest.family_name}, {guest.given_name}"
    else:
        name = guest.family_name or guest.given_name
    return name, " · ".join(p for p in (columns.reading(guest, lang), guest.organisation) if p)


def write_report(
    report: EventAttendance, path: str | os.PathLike, lang: str = "en",
    generated: datetime | None = None,
) -> None:  # fmt: skip
    _Report(report, path, lang, generated or datetime.now().astimezone()).write()


@cyclic_gc_paused()  # tens of thousands of rows and no reference cycles
def export_pdf(
    event: Event, path: str | os.PathLike, *, item_id: int | None = None, lang: str = "en"
) -> None:
    write_report(event_attendance(event, item_id, lang), path, lang, event.clock())
