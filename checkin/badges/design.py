"""The arrangement of one badge face, derived from its size, and the text placed in it.

Portrait badges stack the names over the full width with the QR code bottom right next
to the table; landscape badges keep the QR code on the right and the text to its left.
Everything here is in points, relative to the badge's bottom-left corner.

Readable at conversation distance: no text is smaller than ``FLOOR`` (7 pt); the Latin
line of a name in another script is dark and at least ``LATIN_FLOOR`` (9 pt). A long text
wraps to two lines first, then takes a shorter form (legal forms abbreviated, then left
out), and only then shrinks further; organisations on one sheet share one size where
they fit. What stands where on the front is the standard design (designs/default.py),
drawn like every design (designs/faces.py); the back is laid out here (``back_text``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from checkin import fonts, legal_forms
from checkin.badges import fit
from checkin.badges.content import BadgeContent, label
from checkin.badges.qr import MIN_MODULE_MM, QUIET_MODULES

MM = 72 / 25.4
QR_MODULES = 25  # version 2: our 22-character codes at error correction M
GREY = "#555555"
DARK = "#111111"
FLOOR = 7.0  # points: no text on a badge is smaller
LATIN_FLOOR = 9.0  # points: the Latin line of a name in another script
ORGANISATION_ROOM = 9.0  # points: the size a badge makes room for an organisation at


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def top(self) -> float:
        return self.y + self.h

    def contains(self, other: Box, tolerance: float = 0.01) -> bool:
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.x + other.w <= self.x + self.w + tolerance
            and other.top <= self.top + tolerance
        )

    def overlaps(self, other: Box) -> bool:
        return not (
            other.x >= self.x + self.w
            or other.x + other.w <= self.x
            or other.y >= self.top
            or other.top <= self.y
        )


@dataclass(frozen=True)
class Field:
    """A text field: its font, the largest and smallest size, and its share of a column."""

    name: str
    font: str
    max_size: float
    weight: float
    colour: str = DARK
    max_lines: int = 2
    floor: float = FLOOR
    shorten: bool = False  # shorter forms (legal forms abbreviated) before shrinking
    room: float = 0.0  # points: the size the field is given room for, names shrinking first

    def min_size(self, max_size: float) -> float:
        """The size below which the field wraps (or shortens) rather than shrinks."""
        return max(self.floor, max_size * 0.5)


@dataclass(frozen=True)
class TextRun:
    """One line of text as drawn: baseline origin, size, width, and the box it must stay in."""

    field: str
    text: str
    font: str
    size: float
    x: float
    baseline: float
    width: float
    colour: str
    box: Box

    @property
    def bounds(self) -> Box:
        bottom = self.baseline - fit.DESCENT * self.size
        return Box(self.x, bottom, self.width, fit.LINE * self.size)


NAME_FIELDS = (
    Field("given_name", fonts.CONDENSED_BOLD, 40, 3.0),
    Field("family_name", fonts.CONDENSED_BOLD, 28, 2.2),
    Field("second_line", fonts.CONDENSED, 14, 1.0, DARK, 2, LATIN_FLOOR),
    Field("organisation", fonts.CONDENSED, 18, 1.5, shorten=True, room=ORGANISATION_ROOM),
    Field("position", fonts.CONDENSED, 13, 1.0, GREY),
)


# When the text needs more than the badge has: fields keep one line in this order,
# then these fields are left out.
GIVE_UP = ("position", "organisation", "family_name", "given_name", "second_line", "latin_name")
DROP = ("position",)


@dataclass(frozen=True)
class Design:
    width: float
    height: float
    pad: float
    header: Box  # the event name
    band: Box  # the category band
    qr: Box  # the QR code square, quiet zone included
    names: Box  # given name, family name, transliteration, organisation, position
    table: Box  # table number and theme

    @property
    def badge(self) -> Box:
        return Box(0, 0, self.width, self.height)

    @property
    def qr_module_mm(self) -> float:
        return self.qr.w / MM / (QR_MODULES + 2 * QUIET_MODULES)


@cache
def design(width_mm: float, height_mm: float) -> Design:
    w, h = width_mm * MM, height_mm * MM
    pad = max(2.5 * MM, 0.045 * min(w, h))
    gap = pad * 0.6
    min_qr = (QR_MODULES + 2 * QUIET_MODULES) * MIN_MODULE_MM * MM
    portrait = h >= w * 1.15
    band = Box(0, 0, w, 0.12 * h if portrait else 0.15 * h)
    header_h = max(0.055 * h, 7)
    header = Box(pad, h - pad * 0.8 - header_h, w - 2 * pad, header_h)
    if portrait:
        q = max(min_qr, min(0.36 * w, 0.3 * h))
        qr = Box(w - q - pad * 0.4, band.top + pad * 0.3, q, q)
        table = Box(pad, qr.y + gap, qr.x - 2 * pad * 0.7, q - 2 * gap)
        names = Box(pad, qr.top + gap, w - 2 * pad, header.y - gap - qr.top - gap)
    else:
        avail = header.y - band.top - gap
        q = max(min_qr, min(avail, 0.42 * w))
        qr = Box(w - q - pad * 0.3, band.top + (avail - q) / 2 + gap * 0.3, q, q)
        table_h = 0.2 * h
        column_w = qr.x - pad - pad * 0.3
        table = Box(pad, band.top + gap * 0.6, column_w, table_h)
        names = Box(pad, table.top + gap * 0.6, column_w, header.y - gap - table.top - gap * 0.6)
    return Design(w, h, pad, header, band, qr, names, table)


def qr_fits(width_mm: float, height_mm: float) -> bool:
    """Whether a badge this size holds a QR code of 0.5 mm modules clear of band and header."""
    d = design(width_mm, height_mm)
    return (
        d.badge.contains(d.qr)
        and not d.qr.overlaps(d.band)
        and not d.qr.overlaps(d.header)
        and d.names.h > 0
        and d.names.w > 0
    )


def _runs(
    field: str,
    fitted: fit.Fitted,
    box: Box,
    top: float,
    font: str,
    colour: str,
    align: str = "left",
) -> list[TextRun]:
    runs = []
    for text, width, baseline in zip(
        fitted.lines, fitted.widths, fitted.baselines(top), strict=True
    ):
        x = box.x
        if align == "center":
            x += (box.w - width) / 2
        elif align == "right":
            x += box.w - width
        runs.append(TextRun(field, text, font, fitted.size, x, baseline, width, colour, box))
    return runs


def _forms(f: Field, text: str) -> tuple[str, ...]:
    return legal_forms.shorter_forms(text) if f.shorten else ()


def _shares(present: list[Field], texts: dict[str, str], box: Box) -> dict[str, float]:
    """Each field's height: its weight's share of the box, but at least what its text
    needs at the field's floor or ``room`` size (two lines if one would not hold it); the
    difference is taken from the fields with height to spare, the large names first."""
    total = sum(f.weight for f in present)
    shares = {f.name: box.h * f.weight / total for f in present}

    def need(f: Field, size: float, text: str) -> float:
        lines = 2 if f.max_lines >= 2 and fit.unit_width(text, f.font) * size > box.w else 1
        return lines * size * fit.LINE

    shortest = {f.name: [texts[f.name], *_forms(f, texts[f.name])][-1] for f in present}
    floors = {f.name: need(f, f.floor, shortest[f.name]) for f in present}
    by_name = {f.name: f for f in present}
    for name in GIVE_UP:  # too much text for the badge: one line each, then fewer fields
        if sum(floors.values()) <= box.h:
            break
        if name in floors:
            floors[name] = min(floors[name], by_name[name].floor * fit.LINE)
    for name in DROP:
        if sum(floors.values()) <= box.h:
            break
        if name in floors:
            floors[name] = shares[name] = 0.0
    if sum(floors.values()) >= box.h:  # still too much: everyone gets a share of the floor
        scale = box.h / sum(floors.values())
        return {name: h * scale for name, h in floors.items()}
    roomy = {f.name: need(f, max(f.room, f.floor), texts[f.name]) for f in present}
    return _give(shares, roomy) if sum(roomy.values()) < box.h else _give(shares, floors)


def _give(shares: dict[str, float], need: dict[str, float]) -> dict[str, float]:
    """``shares`` with every field raised to its ``need``, taken from those above theirs."""
    shares = dict(shares)
    deficit = sum(max(need[n] - shares[n], 0.0) for n in shares)
    if deficit > 0:
        slack = {n: shares[n] - need[n] for n in shares if shares[n] > need[n]}
        room = sum(slack.values())
        for n in shares:
            if n in slack:
                shares[n] -= deficit * slack[n] / room
            else:
                shares[n] = need[n]
    return shares


def _stack(
    fields: tuple[Field, ...],
    values: dict[str, str],
    box: Box,
    valign: str = "center",
    caps: dict[str, float] | None = None,
    scale: float | None = None,
    align: str = "left",
) -> list[TextRun]:
    """Fit the non-empty fields into shares of ``box`` and stack them from the top;
    ``caps`` holds the largest size of a field (organisations alike on one sheet);
    ``scale`` multiplies the sizes (None: bigger badges, bigger type)."""
    present = [f for f in fields if values.get(f.name, "").strip()]
    if not present:
        return []
    texts = {f.name: fonts.printable(values[f.name], f.font) for f in present}
    shares = _shares(present, texts, box)
    if scale is None:
        scale = min(max(box.w / (50 * MM), 0.8), 1.5)  # bigger badges, bigger type
    fitted = []
    for f in present:
        share = shares[f.name]
        max_size = min(f.max_size * scale, share / fit.LINE, (caps or {}).get(f.name, 1e9))
        text = texts[f.name]
        result = fit.fit(text, f.font, box.w, share, max_size, f.min_size(max_size),
                         f.max_lines, floor=f.floor, shorter=_forms(f, text))  # fmt: skip
        fitted.append((f, result))
    used = sum(r.height for _, r in fitted)
    spare = box.h - used
    spacing = min(spare / max(len(fitted), 1), 4.0) if spare > 0 else 0.0
    block = used + spacing * (len(fitted) - 1)
    top = box.top - (max(box.h - block, 0) / 2 if valign == "center" else 0)
    runs = []
    for f, result in fitted:
        sub = Box(box.x, top - result.height, box.w, result.height)
        runs += _runs(f.name, result, sub, top, f.font, f.colour, align)
        top -= result.height + spacing
    return runs


def single(text: str, font: str, box: Box, max_size: float, colour: str, align: str, name: str,
           floor: float = FLOOR, max_lines: int = 2):  # fmt: skip
    text = fonts.printable(text, font)
    result = fit.fit(text, font, box.w, box.h, max_size, max(floor, max_size * 0.5), max_lines,
                     floor=floor)  # fmt: skip
    top = box.top - (box.h - result.height) / 2
    return _runs(name, result, box, top, font, colour, align)


def back_text(d: Design, c: BadgeContent, kind: str, programme: list[str]) -> list[TextRun]:
    """The back: the table in large print, or the programme with the table below it."""
    inner = Box(
        d.pad, d.band.top + d.pad * 0.5, d.width - 2 * d.pad, d.height - d.band.top - d.pad * 1.5
    )
    name = " ".join(p for p in (c.given_name, c.family_name) if p)
    head = Box(inner.x, inner.top - inner.h * 0.12, inner.w, inner.h * 0.12)
    runs = single(name, fonts.CONDENSED_BOLD, head, 16, DARK, "center", "back_name")
    band_box = Box(d.pad, d.band.y + d.band.h * 0.15, d.width - 2 * d.pad, d.band.h * 0.7)
    runs += single(c.event_name, fonts.BOLD, band_box, 12, "#ffffff", "center", "band")
    body = Box(inner.x, inner.y, inner.w, head.y - inner.y - d.pad * 0.5)
    if kind == "table" or not programme:
        big = Box(body.x, body.y + body.h * 0.35, body.w, body.h * 0.45)
        runs += single(c.table_label, fonts.BOLD, big, 60, DARK, "center", "table_label")
        theme = Box(body.x, body.y + body.h * 0.05, body.w, body.h * 0.28)
        runs += single(c.table_theme, fonts.CONDENSED, theme, 20, GREY, "center", "table_theme")
        return runs
    table_h = body.h * 0.16 if c.table_label else 0
    title = Box(body.x, body.top - body.h * 0.1, body.w, body.h * 0.1)
    heading = label("programme", c.language)
    runs += single(heading, fonts.BOLD, title, 14, DARK, "left", "programme_title")
    list_box = Box(body.x, body.y + table_h, body.w, title.y - body.y - table_h - d.pad * 0.3)
    line_h = min(list_box.h / max(len(programme), 1), 13 * fit.LINE * 1.3)
    line_h = max(line_h, FLOOR * fit.LINE / 0.85)  # fewer items rather than tiny ones
    shown = programme[: max(int(list_box.h // line_h), 1)]
    for i, line in enumerate(shown):
        box = Box(list_box.x, list_box.top - (i + 1) * line_h, list_box.w, line_h * 0.85)
        runs += _runs_fitted(line, box, f"programme_{i}")
    if c.table_label:
        text = f"{c.table_label} – {c.table_theme}" if c.table_theme else c.table_label
        box = Box(body.x, body.y, body.w, table_h)
        runs += single(text, fonts.BOLD, box, 16, DARK, "left", "table_label")
    return runs


def _runs_fitted(text: str, box: Box, name: str) -> list[TextRun]:
    text = fonts.printable(text, fonts.CONDENSED)
    result = fit.fit(text, fonts.CONDENSED, box.w, box.h, 12, FLOOR, 1)
    return _runs(name, result, box, box.top, fonts.CONDENSED, DARK)
