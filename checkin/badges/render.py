"""Render a batch of badges to PDF: sorted A–Z, every badge's sheet and slot recorded."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from checkin import fonts, programme
from checkin.badges import content, printlog
from checkin.badges.design import MM
from checkin.badges.designs import prepare as designs_prepare
from checkin.badges.designs.check import refuse_unprintable
from checkin.badges.designs.faces import BadgeFaces
from checkin.badges.layouts import Layout, Slot, get_layout
from checkin.errors import InvalidInput
from checkin.event import Event
from checkin.models import Guest

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BadgeOptions:
    """Choices for one print run; ``None`` keeps what the layout says."""

    crop_marks: bool | None = None
    margin_left: float | None = None
    margin_top: float | None = None
    gap_x: float | None = None
    gap_y: float | None = None
    back: str | None = None  # "programme" or "table" for layouts with a back side
    reverse_transliteration: bool = False  # Latin names also get a Cyrillic line
    show_position: bool = True
    event_name: str | None = None  # default: the event's name
    language: str | None = None  # staff language for labels (default: the event's first)
    desk: str | None = None
    operator: str | None = None
    design: str | None = None  # a badge design of the event (None: the event's chosen one)
    logo: str | None = None  # an image file put into the design's logo place


@dataclass
class BadgeBatch:
    layout: str
    path: Path | None
    batch_id: str
    order: list[int] = field(default_factory=list)  # guest ids in print order
    placements: dict[int, tuple[int, int]] = field(default_factory=dict)  # id -> (sheet, slot)
    boxes: dict[int, str] = field(default_factory=dict)  # id -> box letter
    sheets: int = 0
    pages: int = 0

    def location(self, guest_id: int) -> str:
        sheet, slot = self.placements[guest_id]
        return f"box {self.boxes[guest_id]}, sheet {sheet}, slot {slot}"


class _SheetMarks:
    """What a sheet has besides its badges: crop marks and fold lines."""

    def __init__(self, canvas: Canvas, layout: Layout):
        self.c = canvas
        self.layout = layout
        self._colours: dict[str, HexColor] = {}

    def colour(self, hex_value: str) -> HexColor:
        if hex_value not in self._colours:
            self._colours[hex_value] = HexColor(hex_value)
        return self._colours[hex_value]

    def crop_marks(self, slots: list[Slot]) -> None:
        """Short hairlines on every cut line where badges meet, and out into the margins."""
        c = self.c
        xs = sorted({round(s.x, 3) for s in slots} | {round(s.x + s.width, 3) for s in slots})
        ys = sorted({round(s.y, 3) for s in slots} | {round(s.y + s.height, 3) for s in slots})
        page_w, page_h = self.layout.page_size
        arm, off = 3.0, 1.0
        c.saveState()
        c.setStrokeColor(self.colour("#999999"))
        c.setLineWidth(0.25)
        lines = []
        for x in xs:
            if ys[0] - off > 2:
                lines.append((x, 1, x, ys[0] - off))
            if page_h - ys[-1] - off > 2:
                lines.append((x, ys[-1] + off, x, page_h - 1))
        for y in ys:
            if xs[0] - off > 2:
                lines.append((1, y, xs[0] - off, y))
            if page_w - xs[-1] - off > 2:
                lines.append((xs[-1] + off, y, page_w - 1, y))
        for x in xs[1:-1]:  # inner crossings: marks lie on the cut line itself
            for y in ys:
                lines.append((x, max(y - arm, 0), x, min(y + arm, page_h)))
        for y in ys[1:-1]:
            for x in xs:
                lines.append((max(x - arm, 0), y, min(x + arm, page_w), y))
        c.lines([tuple(v * MM for v in line) for line in lines])
        c.restoreState()

    def fold_lines(self, fronts: list[Slot]) -> None:
        """A dashed line where each fold-over badge is folded: along the top of its front."""
        c = self.c
        c.saveState()
        c.setStrokeColor(self.colour("#bbbbbb"))
        c.setLineWidth(0.3)
        c.setDash(2, 2)
        for s in fronts:
            y = (s.y + s.height) * MM
            c.line(s.x * MM, y, (s.x + s.width) * MM, y)
        c.restoreState()


def resolve_layout(layout: str | Layout, options: BadgeOptions) -> Layout:
    base = get_layout(layout) if isinstance(layout, str) else layout
    return base.with_options(
        crop_marks=options.crop_marks,
        margin_left=options.margin_left,
        margin_top=options.margin_top,
        gap_x=options.gap_x,
        gap_y=options.gap_y,
        back=options.back,
    )


def render_badges(
    event: Event,
    guests: list[Guest],
    layout: str | Layout,
    out: str | os.PathLike | BinaryIO,
    *,
    options: BadgeOptions | dict | None = None,
    progress: Progress | None = None,
    record: bool = True,
) -> BadgeBatch:
    """Render badges for ``guests`` (A–Z in the staff's order) into a PDF at ``out``.

    With ``record`` every badge goes into the print log with its box, sheet and slot.
    """
    if isinstance(options, dict):
        options = BadgeOptions(**options)
    options = options or BadgeOptions()
    lay = resolve_layout(layout, options)
    if not guests:
        raise InvalidInput("no_badges_selected")
    fonts.register()
    staff_lang = options.language or content.event_language(event)
    ordered = sorted(guests, key=lambda g: content.sort_key(g, staff_lang))
    path = Path(out) if isinstance(out, str | os.PathLike) else None
    items = programme.list_items(event) if lay.has_back else []
    lines = {lang: content.programme_lines(items, lang) for lang in content.LANGUAGES}
    batch = BadgeBatch(lay.name, path, printlog.new_batch_id())
    prepared = designs_prepare.resolve(
        event, options.design, lay.badge_width, lay.badge_height, options.logo
    )
    refuse_unprintable(prepared.design, lay.badge_width, lay.badge_height)
    values = designs_prepare.badge_values(
        event,
        ordered,
        event_name=options.event_name,
        staff_lang=options.language,
        reverse_transliteration=options.reverse_transliteration,
        show_position=options.show_position,
    )
    with _binary_streams():
        canvas = Canvas(
            str(path) if path is not None else out,
            pagesize=(lay.page_width * MM, lay.page_height * MM),
            pageCompression=1,
        )
        canvas.setTitle(f"Badges – {event.info.name}")
        canvas.setCreator("checkin")
        faces = BadgeFaces(canvas, lay, prepared)  # images become forms before any page
        _draw(canvas, lay, faces, values, ordered, batch, lines, progress, staff_lang)
        canvas.save()
    if record:
        record_batch(event, batch, desk=options.desk, operator=options.operator)
    return batch


def record_batch(
    event: Event, batch: BadgeBatch, *, desk: str | None = None, operator: str | None = None
) -> None:
    """Put a rendered batch into the print log (for output that is printed later)."""
    printlog.record_printed(
        event,
        batch.layout,
        batch.order,
        batch.boxes,
        batch.placements,
        batch_id=batch.batch_id,
        desk=desk,
        operator=operator,
    )


_a85_lock = threading.Lock()
_a85_users = [0, None]  # renders running, the setting they found


@contextmanager
def _binary_streams():
    """Flate-only page streams: ASCII85 on top makes files bigger and costs a third of the time.

    reportlab only has a global switch; it is restored when the last render ends, so renders
    in several threads (a batch while the desk prints a walk-in) do not leave it changed.
    """
    with _a85_lock:
        if _a85_users[0] == 0:
            _a85_users[1] = rl_config.useA85
            rl_config.useA85 = 0
        _a85_users[0] += 1
    try:
        yield
    finally:
        with _a85_lock:
            _a85_users[0] -= 1
            if _a85_users[0] == 0:
                rl_config.useA85 = _a85_users[1]


def _draw(canvas, lay, faces, values, ordered, batch, lines, progress, lang) -> None:
    marks = _SheetMarks(canvas, lay)
    per = lay.per_sheet
    total = len(values)
    for start in range(0, total, per):
        sheet = values[start : start + per]
        fronts = [lay.front(i) for i in range(len(sheet))]
        faces.fronts(fronts, sheet)
        if lay.sides == "foldover":
            for i, badge in enumerate(sheet):
                faces.back(lay.back_slot(i), badge, lay.back, lines[badge.content.language])
            marks.fold_lines(fronts)
        if lay.crop_marks:
            marks.crop_marks([lay.piece_slot(i) for i in range(per)])
        canvas.showPage()
        batch.pages += 1
        if lay.sides == "duplex":
            for i, badge in enumerate(sheet):
                faces.back(lay.back_slot(i), badge, lay.back, lines[badge.content.language])
            canvas.showPage()
            batch.pages += 1
        batch.sheets += 1
        for i, (guest, badge) in enumerate(zip(ordered[start:], sheet, strict=False)):
            gid = badge.content.guest_id
            batch.order.append(gid)
            batch.placements[gid] = (batch.sheets, i + 1)
            batch.boxes[gid] = content.box_letter(guest, lang)
        if progress is not None:
            progress(min(start + per, total), total)
