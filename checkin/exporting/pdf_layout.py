"""A small page writer on reportlab's canvas: headings, lean tables, flowing lists.

The report and the door list draw straight onto the canvas instead of building platypus
tables, which keeps a report with tens of thousands of names fast.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from checkin import fonts

MARGIN = 16 * mm
GREY = HexColor("#666666")
RULE = HexColor("#bbbbbb")
SHADE = HexColor("#f0f3f6")
ACCENT = HexColor("#1f5fa8")
BLACK = Color(0, 0, 0)


@dataclass(frozen=True)
class Col:
    title: str
    width: float  # points
    align: str = "l"  # l / r


def fit(text: str, width: float, font: str, size: float) -> str:
    """``text`` cut with an ellipsis so it fits ``width``."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[: max(0, min(len(text) - 1, int(len(text) * 0.9)))]
    return text + "…"


class PageWriter:
    """Writes top to bottom, starting a new page when the next block does not fit."""

    def __init__(self, path: str | os.PathLike, *, title: str, footer: str, page_label):
        fonts.register()
        self.canvas = Canvas(str(Path(path)), pagesize=A4, pageCompression=1)
        self.canvas.setTitle(title)
        self.canvas.setAuthor("checkin")
        self.width, self.height = A4
        self.left, self.right = MARGIN, self.width - MARGIN
        self.top, self.bottom = self.height - MARGIN, MARGIN + 8 * mm
        self.footer = footer
        self.page_label = page_label  # page number -> text
        self.page = 1
        self.y = self.top
        self.repeat_header = None  # redrawn at the top of a page while a table continues

    # -- pages -----------------------------------------------------------------------------------
    def _draw_footer(self) -> None:
        c = self.canvas
        c.setFont(fonts.REGULAR, 7.5)
        c.setFillColor(GREY)
        c.drawString(self.left, MARGIN, fonts.printable(self.footer))
        c.drawRightString(self.right, MARGIN, self.page_label(self.page))
        c.setFillColor(Color(0, 0, 0))

    def new_page(self) -> None:
        self._draw_footer()
        self.canvas.showPage()
        self.page += 1
        self.y = self.top
        if self.repeat_header is not None:
            self.repeat_header()

    def ensure(self, height: float) -> None:
        if self.y - height < self.bottom:
            self.new_page()

    def space(self, height: float) -> None:
        self.y -= height

    def save(self) -> None:
        self._draw_footer()
        self.canvas.save()

    # -- text ------------------------------------------------------------------------------------
    def text(self, text: str, size: float = 10, *, bold: bool = False, colour=None,
             gap: float = 1.4) -> None:  # fmt: skip
        self.ensure(size * gap)
        self.y -= size * gap
        c = self.canvas
        font = fonts.BOLD if bold else fonts.REGULAR
        c.setFont(font, size)
        if colour is not None:
            c.setFillColor(colour)
        c.drawString(
            self.left, self.y, fit(fonts.printable(text), self.right - self.left, font, size)
        )
        c.setFillColor(Color(0, 0, 0))

    def heading(self, text: str, size: float = 14, *, keep: float = 60) -> None:
        """A heading, kept on one page with at least ``keep`` points of what follows."""
        self.ensure(size * 2 + keep)
        self.y -= size * 0.6
        self.text(text, size, bold=True, colour=ACCENT)
        self.y -= size * 0.3

    # -- tables -----------------------------------------------------------------------------------
    def table(self, cols: Sequence[Col], rows: Sequence[Sequence[str]], *, size: float = 9,
              bold_last: bool = False) -> None:  # fmt: skip
        """A simple ruled table; the header row repeats on each page it runs over."""
        line = size * 1.55
        c = self.canvas

        hsize = size - 1
        titles = [_wrap(col.title, col.width - 4, fonts.BOLD, hsize) for col in cols]
        header_lines = max(len(t) for t in titles)
        titles = [[""] * (header_lines - len(t)) + t for t in titles]  # bottom-aligned

        def header() -> None:
            for n in range(header_lines):
                self.y -= line if n == 0 else hsize * 1.15
                c.setFont(fonts.BOLD, hsize)
                self._cells(cols, [t[n] if n < len(t) else "" for t in titles], fonts.BOLD, hsize)
            c.setStrokeColor(RULE)
            c.setLineWidth(0.6)
            c.line(self.left, self.y - size * 0.45, self._table_right(cols), self.y - size * 0.45)

        self.ensure(line * min(len(rows) + 1, 4))
        header()
        self.repeat_header = header
        try:
            for index, row in enumerate(rows):
                self.ensure(line)
                self.y -= line
                if index % 2 == 1:
                    c.setFillColor(SHADE)
                    c.rect(self.left, self.y - size * 0.4, self._table_right(cols) - self.left,
                           line, stroke=0, fill=1)  # fmt: skip
                    c.setFillColor(Color(0, 0, 0))
                last = bold_last and index == len(rows) - 1
                font = fonts.BOLD if last else fonts.REGULAR
                c.setFont(font, size)
                self._cells(cols, row, font, size)
        finally:
            self.repeat_header = None
        self.y -= size * 0.8

    def _table_right(self, cols: Sequence[Col]) -> float:
        return self.left + sum(col.width for col in cols)

    def _cells(self, cols: Sequence[Col], values: Sequence[str], font: str, size: float) -> None:
        c = self.canvas
        x = self.left
        for col, value in zip(cols, values, strict=True):
            text = fit(fonts.printable(str(value)), col.width - 4, font, size)
            if col.align == "r":
                c.drawRightString(x + col.width - 2, self.y, text)
            else:
                c.drawString(x + 2, self.y, text)
            x += col.width

    # -- lists and drawings --------------------------------------------------------------------
    def flowing_list(
        self, entries: Sequence[tuple[str, str]], *, columns: int = 2, size: float = 8.5
    ) -> None:
        """Name and a grey second text per entry, in balanced columns, page after page.

        Each column is two text objects moving line by line, which keeps the page stream
        small and long lists (thousands of no-shows) fast."""
        line = size * 1.45
        col_width = (self.right - self.left) / columns
        name_width, sub_x = col_width * 0.5, col_width * 0.52
        index = 0
        while index < len(entries):
            self.ensure(line)
            rows_here = max(1, int((self.y - self.bottom) // line))
            rows_here = min(rows_here, -(-(len(entries) - index) // columns))  # balanced
            for col in range(columns):
                chunk = entries[index : index + rows_here]
                if not chunk:
                    break
                x = self.left + col * col_width
                self._text_column(x, [fit(fonts.printable(m), name_width, fonts.REGULAR, size)
                                      for m, _ in chunk], fonts.REGULAR, size, line)  # fmt: skip
                subs = [fit(fonts.printable(s), col_width - sub_x - 6, fonts.REGULAR, size - 1)
                        for _, s in chunk]  # fmt: skip
                if any(subs):
                    self._text_column(x + sub_x, subs, fonts.REGULAR, size - 1, line, GREY)
                index += len(chunk)
            if index < len(entries):
                self.new_page()
            else:
                self.y -= rows_here * line + size * 0.8

    def _text_column(self, x: float, lines: list[str], font: str, size: float, leading: float,
                     colour=None) -> None:  # fmt: skip
        text = self.canvas.beginText(x, self.y - leading)
        text.setFont(font, size, leading)
        text.setFillColor(colour if colour is not None else BLACK)
        for value in lines:
            text.textLine(value)
        self.canvas.drawText(text)
        self.canvas.setFillColor(BLACK)

    def tiles(self, figures: Sequence[tuple[str, str]], *, height: float = 17 * mm) -> None:
        """Key figures side by side: a big number over a small label."""
        self.ensure(height + 4)
        c = self.canvas
        gap = 3 * mm
        width = (self.right - self.left - gap * (len(figures) - 1)) / len(figures)
        bottom = self.y - height
        for index, (label, value) in enumerate(figures):
            x = self.left + index * (width + gap)
            c.setFillColor(SHADE)
            c.roundRect(x, bottom, width, height, 2 * mm, stroke=0, fill=1)
            c.setFillColor(ACCENT)
            c.setFont(fonts.BOLD, 15)
            c.drawCentredString(
                x + width / 2,
                bottom + height - 7.5 * mm,
                fit(str(value), width - 4, fonts.BOLD, 15),
            )
            c.setFillColor(GREY)
            c.setFont(fonts.REGULAR, 8)
            c.drawCentredString(
                x + width / 2,
                bottom + 3.5 * mm,
                fit(fonts.printable(label), width - 4, fonts.REGULAR, 8),
            )
        c.setFillColor(Color(0, 0, 0))
        self.y = bottom - 4

    def drawing(self, drawing: Drawing) -> None:
        self.ensure(drawing.height)
        self.y -= drawing.height
        renderPDF.draw(drawing, self.canvas, self.left, self.y)


def _wrap(text: str, width: float, font: str, size: float) -> list[str]:
    """A header title in at most two lines."""
    if stringWidth(text, font, size) <= width or " " not in text:
        return [text]
    words = text.split(" ")
    for cut in range(len(words) - 1, 0, -1):
        first = " ".join(words[:cut])
        if stringWidth(first, font, size) <= width:
            return [first, " ".join(words[cut:])]
    return [words[0], " ".join(words[1:])]
