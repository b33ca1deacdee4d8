"""Badge layouts: where badges sit on a page. Layouts are data (resources/badges/layouts.json).

All measures are millimetres; positions are measured from the page's bottom-left corner,
as in PDF. A layout is a grid of *pieces*; a piece is one badge face, or for fold-over
layouts a front with its back above it (rotated 180° so it reads right after folding).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from functools import cache
from pathlib import Path

from checkin import paths
from checkin.badges import design
from checkin.errors import InvalidInput

LAYOUTS_FILE = "badges/layouts.json"
SIDES = ("single", "foldover", "duplex")
BACKS = ("programme", "table")


@dataclass(frozen=True)
class Slot:
    """One badge face on a page, in mm from the page's bottom-left corner."""

    x: float
    y: float
    width: float
    height: float
    rotated: bool = False  # drawn upside down (the back of a fold-over badge)


@dataclass(frozen=True)
class Layout:
    name: str
    description: str
    page_width: float
    page_height: float
    badge_width: float
    badge_height: float
    columns: int = 1
    rows: int = 1
    margin_left: float | None = None  # None: centre the grid on the page
    margin_top: float | None = None
    gap_x: float = 0.0
    gap_y: float = 0.0
    crop_marks: bool = False
    sides: str = "single"
    back: str = "programme"

    @property
    def size(self) -> tuple[float, float]:
        """Width and height of one badge in mm."""
        return (self.badge_width, self.badge_height)

    @property
    def page_size(self) -> tuple[float, float]:
        return (self.page_width, self.page_height)

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    @property
    def has_back(self) -> bool:
        return self.sides != "single"

    @property
    def piece_height(self) -> float:
        return self.badge_height * (2 if self.sides == "foldover" else 1)

    def _origin(self) -> tuple[float, float]:
        """Left and top margin of the grid."""
        grid_w = self.columns * self.badge_width + (self.columns - 1) * self.gap_x
        grid_h = self.rows * self.piece_height + (self.rows - 1) * self.gap_y
        left = (self.page_width - grid_w) / 2 if self.margin_left is None else self.margin_left
        top = (self.page_height - grid_h) / 2 if self.margin_top is None else self.margin_top
        return left, top

    def piece(self, index: int, *, mirrored: bool = False) -> tuple[float, float]:
        """Bottom-left corner of piece ``index`` (0-based, row by row from the top left).

        ``mirrored``: where the back of that piece lands on the reverse of the sheet
        when it is printed duplex, flipped on the long edge.
        """
        left, top = self._origin()
        row, col = divmod(index, self.columns)
        x = left + col * (self.badge_width + self.gap_x)
        if mirrored:
            x = self.page_width - x - self.badge_width
        y_top = top + row * (self.piece_height + self.gap_y)
        return x, self.page_height - y_top - self.piece_height

    def front(self, index: int) -> Slot:
        x, y = self.piece(index)
        return Slot(x, y, self.badge_width, self.badge_height)

    def piece_slot(self, index: int) -> Slot:
        """The whole piece ``index`` (front and, for fold-over, its back): what gets cut out."""
        x, y = self.piece(index)
        return Slot(x, y, self.badge_width, self.piece_height)

    def back_slot(self, index: int) -> Slot:
        """The back of piece ``index``: above the front (fold-over) or on the reverse page."""
        if self.sides == "foldover":
            x, y = self.piece(index)
            return Slot(x, y + self.badge_height, self.badge_width, self.badge_height, True)
        x, y = self.piece(index, mirrored=True)
        return Slot(x, y, self.badge_width, self.badge_height)

    def fits_page(self) -> bool:
        left, top = self._origin()
        right = left + self.columns * self.badge_width + (self.columns - 1) * self.gap_x
        bottom = top + self.rows * self.piece_height + (self.rows - 1) * self.gap_y
        eps = 0.01
        return (
            left >= -eps
            and top >= -eps
            and right <= self.page_width + eps
            and bottom <= self.page_height + eps
        )

    def with_options(self, **changes) -> Layout:
        """A copy with margins, gaps, crop marks or back content changed (None: keep)."""
        changes = {k: v for k, v in changes.items() if v is not None}
        layout = replace(self, **changes)
        _validate(layout)
        return layout


def _validate(layout: Layout) -> None:
    if layout.sides not in SIDES:
        raise InvalidInput("invalid_value", field=f"{layout.name}.sides", value=layout.sides)
    if layout.back not in BACKS:
        raise InvalidInput("invalid_value", field=f"{layout.name}.back", value=layout.back)
    if min(layout.badge_width, layout.badge_height, layout.columns, layout.rows) <= 0:
        raise InvalidInput("invalid_value", field=layout.name, value="size")
    if not layout.fits_page():
        raise InvalidInput("badge_layout_too_big", layout=layout.name)
    if not design.qr_fits(layout.badge_width, layout.badge_height):
        size = f"{layout.badge_width:g} × {layout.badge_height:g} mm"
        raise InvalidInput(
            "invalid_value",
            field=f"{layout.name} badge size",
            value=f"{size}: too small for the QR code",
        )


def parse_layouts(data: dict) -> dict[str, Layout]:
    """Layouts from the JSON structure of layouts.json (also for user-supplied files)."""
    known = {f.name for f in fields(Layout)}
    out = {}
    for spec in data.get("layouts", []):
        unknown = set(spec) - known
        if unknown:
            raise InvalidInput("invalid_value", field="layout", value=sorted(unknown)[0])
        layout = Layout(**spec)
        _validate(layout)
        out[layout.name] = layout
    return out


def load_layouts(path) -> dict[str, Layout]:
    """Layouts from a JSON file shaped like the bundled layouts.json (a user's own stock)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InvalidInput("invalid_value", field="layouts file", value=f"{path}: {exc}") from exc
    if not isinstance(data, dict):
        raise InvalidInput("invalid_value", field="layouts file", value=str(path))
    try:
        return parse_layouts(data)
    except TypeError as exc:  # a required field is missing
        raise InvalidInput("invalid_value", field="layout", value=str(exc)) from exc


@cache
def _bundled() -> dict[str, Layout]:
    text = paths.resource(LAYOUTS_FILE).read_text(encoding="utf-8")
    return parse_layouts(json.loads(text))


def list_layouts() -> list[Layout]:
    """Every bundled layout, in the order of layouts.json."""
    return list(_bundled().values())


def get_layout(name: str) -> Layout:
    try:
        return _bundled()[name]
    except KeyError:
        raise InvalidInput(
            "unknown_badge_layout", layout=name, known=", ".join(_bundled())
        ) from None


LAYOUT_SETTING = "badges.layout"
DEFAULT_LAYOUT = "insert-90x54"


def preferred_layout(event) -> Layout:
    """The layout this event last printed a batch with, else the 90 × 54 mm inserts."""
    name = event.setting(LAYOUT_SETTING) or DEFAULT_LAYOUT
    return _bundled().get(name) or _bundled()[DEFAULT_LAYOUT]


DESK_LAYOUT_SETTING = "desk_badge_layout"  # event setting: the layout for desk reprints
DESK_LAYOUTS = ("a6", "label-62", "cr80")  # one badge per page suits a desk printer


def desk_layout(event) -> str:
    """The layout for a badge printed at the desk (a walk-in, a reprint)."""
    chosen = event.setting(DESK_LAYOUT_SETTING)
    if chosen:
        return chosen
    names = [lay.name for lay in list_layouts()]
    return next((n for n in DESK_LAYOUTS if n in names), names[0])


def set_preferred_layout(event, name: str) -> None:
    get_layout(name)  # refuses unknown names
    event.set_setting(LAYOUT_SETTING, name)
