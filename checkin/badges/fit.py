"""Fit text into a box: shrink, wrap to two lines, take a shorter form, shrink to a floor, then "…".

Sizes are in points, boxes in points too. The result says exactly where each line goes,
so the renderer draws it and tests can check that nothing leaves its box.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics

# DejaVu's vertical extents per point of size (accents on capitals included).
ASCENT = 0.93
DESCENT = 0.24
LINE = ASCENT + DESCENT  # one line's height; lines are stacked without extra leading
ELLIPSIS = "…"
DASHES = ("–", "—", "-", "·", "/")


@dataclass(frozen=True)
class Fitted:
    lines: tuple[str, ...]
    size: float  # font size in points
    widths: tuple[float, ...]  # width of each line in points
    truncated: bool = False

    @property
    def height(self) -> float:
        return len(self.lines) * LINE * self.size

    @property
    def width(self) -> float:
        return max(self.widths, default=0.0)

    def baselines(self, top: float) -> list[float]:
        """Baseline of each line when the block's top edge is at ``top``."""
        return [top - (i * LINE + ASCENT) * self.size for i in range(len(self.lines))]


EMPTY = Fitted((), 0.0, ())


@lru_cache(maxsize=65536)
def unit_width(text: str, font: str) -> float:
    """Width of ``text`` at 1 pt."""
    return pdfmetrics.stringWidth(text, font, 1000) / 1000


def _one_line(text: str, font: str, box_w: float, box_h: float, max_size: float) -> float:
    w = unit_width(text, font)
    return min(max_size, box_h / LINE, box_w / w if w else max_size)


def _best_split(words: list[str], font: str) -> tuple[str, str, float] | None:
    """Split between words so that the wider of the two lines is as narrow as possible."""
    best = None
    for i in range(1, len(words)):
        if words[i] in DASHES and i + 1 < len(words):
            continue  # a dash ends the first line rather than starts the second
        first, second = " ".join(words[:i]), " ".join(words[i:])
        widest = max(unit_width(first, font), unit_width(second, font))
        if best is None or widest < best[2]:
            best = (first, second, widest)
    return best


def _shorten(text: str, font: str, size: float, box_w: float) -> str:
    if unit_width(text, font) * size <= box_w:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # longest prefix that fits together with the ellipsis
        mid = (lo + hi + 1) // 2
        if unit_width(text[:mid].rstrip() + ELLIPSIS, font) * size <= box_w:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ELLIPSIS


def _wrap_hard(text: str, font: str, size: float, box_w: float, max_lines: int) -> list[str]:
    """Greedy wrap at ``size``, breaking words that are too long; the last line shortened."""
    lines: list[str] = []
    rest = text
    while rest and len(lines) < max_lines - 1:
        if unit_width(rest, font) * size <= box_w:
            break
        cut = len(rest)
        while cut > 1 and unit_width(rest[:cut], font) * size > box_w:
            space = rest.rfind(" ", 0, cut)
            hyphen = rest.rfind("-", 0, cut - 1) + 1  # break after a hyphen, keeping it
            at = max(space, hyphen)
            fits_at_break = at > 0 and unit_width(rest[:at], font) * size <= box_w
            cut = at if fits_at_break else cut - 1
        lines.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    lines.append(_shorten(rest, font, size, box_w))
    return [line for line in lines if line]


def _fit_in(text: str, font: str, box_w: float, box_h: float, max_size: float,
            max_lines: int, one_line_from: float) -> Fitted:  # fmt: skip
    """One line if that is ``one_line_from`` points or more, else the larger of one line
    and two balanced lines (if allowed); never shortened."""
    size = _one_line(text, font, box_w, box_h, max_size)
    best = Fitted((text,), size, (unit_width(text, font) * size,))
    if size < one_line_from and max_lines >= 2:
        split = _best_split(text.split(" "), font)
        if split is not None:
            first, second, widest = split
            size2 = min(max_size, box_h / (2 * LINE), box_w / widest)
            if size2 > size:
                lines = (first, second)
                best = Fitted(lines, size2, tuple(unit_width(x, font) * size2 for x in lines))
    return best


@lru_cache(maxsize=65536)  # a sheet is fitted twice (see designs/faces.sheet_runs); names repeat
def fit(
    text: str,
    font: str,
    box_w: float,
    box_h: float,
    max_size: float,
    min_size: float,
    max_lines: int = 2,
    *,
    floor: float | None = None,
    shorter: tuple[str, ...] | list[str] = (),
) -> Fitted:
    """Fit ``text`` into the box, in this order of preference:

    1. one line at the largest size up to ``max_size``, if that is at least ``min_size``;
    2. two lines (``max_lines`` ≥ 2) at ``min_size`` or more;
    3. the same with each of the ``shorter`` forms of the text (abbreviations);
    4. the shortest form shrunk further, one or two lines, down to ``floor``;
    5. broken and shortened with "…" at ``floor``.
    """
    text = " ".join(text.split())
    if not text or box_w <= 0 or box_h <= 0:
        return EMPTY
    floor = min_size if floor is None else min(floor, min_size)
    forms = [text, *(" ".join(s.split()) for s in shorter if s and s.strip())]
    for form in forms:
        fitted = _fit_in(form, font, box_w, box_h, max_size, max_lines, min_size)
        if fitted.size >= min_size:
            return fitted
    fitted = _fit_in(forms[-1], font, box_w, box_h, max_size, max_lines, min_size)
    if fitted.size >= floor:
        return fitted
    # Too long even at the floor: break words and shorten the last line.
    lines_allowed = max(1, min(max_lines, int(box_h / (LINE * floor))))
    size = min(floor, box_h / (lines_allowed * LINE))
    lines = _wrap_hard(forms[-1], font, size, box_w, lines_allowed)
    widths = tuple(unit_width(x, font) * size for x in lines)
    while widths and max(widths) > box_w and size > 1:  # a box narrower than "…"
        size *= 0.9
        widths = tuple(unit_width(x, font) * size for x in lines)
    return Fitted(tuple(lines), size, widths, truncated=True)
