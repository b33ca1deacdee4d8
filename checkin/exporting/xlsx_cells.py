"""What a cell of a sheet looks like in SpreadsheetML, by the kind of its value.

Whatever a cell holds, the file stays readable: text longer than Excel's 32,767
characters is cut (ending in "…"); characters XML cannot carry (control characters, a
carriage return, which XML would turn into a line feed) are written as Excel writes them,
``_xHHHH_`` (ECMA-376 ST_Xstring), and text that looks like such an escape is escaped
itself; numbers of any kind (numpy, Decimal) become plain numbers, NaN and infinity text;
integers beyond 2**53 stay text (Excel would round them); a time with a zone is written
in local time; dates before 1900-03-01 (outside Excel's calendar) as ISO text. Text that
a spreadsheet could take for a formula gets the quote-prefix style (QUOTED).

Sheets are written a column at a time (``column_cells``): a sheet of 50,000 guests has a
million cells, and a column's values are mostly of one kind, so the kind is looked at
once per column, and text and small numbers, which recur, are looked up, not rebuilt.
"""

from __future__ import annotations

import math
import numbers
import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal
from itertools import filterfalse, repeat
from xml.sax.saxutils import escape

from checkin.exporting.safe_cells import FORMULA_STARTS, is_risky

_EPOCH = datetime(1899, 12, 30)
FIRST_DAY = datetime(1900, 3, 1)  # Excel's 1900 calendar is wrong before this day
_DAY = timedelta(days=1)
MAX_TEXT = 32_767  # Excel's limit per cell
MAX_EXACT_INT = 2**53  # Excel keeps numbers as doubles
# What XML 1.0 cannot carry (or would change: CR), and text that reads as an escape.
_CONTROL = "\x01-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff"  # and NUL
_LOOKS_ESCAPED = "_x[0-9A-Fa-f]{4}_"
_ESCAPE = re.compile(f"{_LOOKS_ESCAPED}|[\x00{_CONTROL}]")
_SURROGATE = re.compile("[\ud800-\udfff]")  # half a character: no file can hold it
_SPECIAL = re.compile(f"{_ESCAPE.pattern}|{_SURROGATE.pattern}")  # either: one search
_SPECIAL_BUT_NUL = re.compile(f"{_LOOKS_ESCAPED}|[{_CONTROL}]|{_SURROGATE.pattern}")

# Cell styles (indexes into the workbook's cellXfs).
PLAIN, HEADER, DATETIME, PERCENT, QUOTED = range(5)
EMPTY = "<c/>"  # cells are written in column order without a reference (``r`` is optional)


def _escape_char(match: re.Match) -> str:
    found = match.group()
    if len(found) > 1:  # text that looks like an escape: escape its "_"
        return "_x005F_" + found[1:]
    return f"_x{ord(found):04X}_"


def text_xml(value: str) -> str:
    """Text as the content of an XML element, within Excel's limits."""
    if len(value) > MAX_TEXT:
        value = value[: MAX_TEXT - 1] + "…"
    if _SPECIAL.search(value):
        value = _ESCAPE.sub(_escape_char, _SURROGATE.sub("\ufffd", value))
    return escape(value)


def cell(ref: str, value, style: int | None = None) -> str:
    """One <c> element with its reference; None and "" give no element at all."""
    tail = _tail(value, style)
    return f'<c r="{ref}"{tail}' if tail else ""


def _string(value: str, style: int | None = None) -> str:
    s = QUOTED if is_risky(value) else (style or PLAIN)
    attr = f' s="{s}"' if s else ""
    return f'{attr} t="inlineStr"><is><t xml:space="preserve">{text_xml(value)}</t></is></c>'


def _number(value, style: int | None = None) -> str:
    """A finite number as a cell; anything Excel cannot hold as a number becomes text."""
    if isinstance(value, numbers.Integral):
        value = int(value)
        if -MAX_EXACT_INT <= value <= MAX_EXACT_INT:
            text = str(value)
        else:
            return _string(str(value), style)
    else:
        value = float(value)
        if not math.isfinite(value):
            return _string("NaN" if math.isnan(value) else ("-" if value < 0 else "") + "Infinity")
        text = repr(value)
    attr = f' s="{style}"' if style else ""
    return f"{attr}><v>{text}</v></c>"


def _tail(value, style: int | None = None) -> str:
    """A cell element after its reference: attributes, value and the closing tag."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return _string(value, style)
    if isinstance(value, bool) or getattr(getattr(value, "dtype", None), "kind", "") == "b":
        return f' t="b"><v>{int(bool(value))}</v></c>'
    if isinstance(value, datetime):
        if value.tzinfo is not None:  # the instant, in the local time of this computer
            value = value.astimezone().replace(tzinfo=None)
        if value < FIRST_DAY:
            return _string(value.isoformat(sep=" "), style)
        return f' s="{DATETIME}"><v>{(value - _EPOCH) / _DAY!r}</v></c>'
    if isinstance(value, date):
        if value < FIRST_DAY.date():
            return _string(value.isoformat(), style)
        return _tail(datetime(value.year, value.month, value.day), style)
    if isinstance(value, numbers.Number | Decimal) and not isinstance(value, complex):
        return _number(value, style)
    return _string(str(value), style)


def any_cell(value, style: int | None = None) -> str:
    """A cell without a reference, of any value."""
    return "<c" + (_tail(value, style) or "/>")


def _time_cell(value: datetime | None) -> str:
    if value is None:
        return EMPTY
    if value.tzinfo is None and value >= FIRST_DAY:
        return f'<c s="{DATETIME}"><v>{(value - _EPOCH) / _DAY!r}</v></c>'
    return any_cell(value)


class CellCache(dict):
    """Cells of one kind of value (str or int, never both: 1 == True), by value."""

    def __init__(self):
        super().__init__({None: EMPTY, "": EMPTY})

    def __missing__(self, value) -> str:
        found = self[value] = any_cell(value)
        return found


_INT_CELL = "<c><v>{}</v></c>".format
_TEXT_CELL = '<c t="inlineStr"><is><t xml:space="preserve">{}</t></is></c>'.format


def _text_cells(values: Sequence, texts: CellCache) -> list:
    """Cells of a column of text: new texts are encoded together, as one string, when
    none needs more than XML's escaping (the usual case: names, companies, emails)."""
    new = list(filterfalse(texts.__contains__, set(values)))
    if new:
        joined = "\x00".join(new)  # NUL: a character no text may hold (it is _SPECIAL)
        if (
            max(map(len, new)) <= MAX_TEXT
            and joined.count("\x00") == len(new) - 1
            and not _SPECIAL_BUT_NUL.search(joined)
            and not any(map(str.startswith, new, repeat(FORMULA_STARTS)))  # is_risky
        ):
            texts.update(zip(new, map(_TEXT_CELL, escape(joined).split("\x00")), strict=True))
        else:
            texts.update((v, any_cell(v)) for v in new)
    return list(map(texts.__getitem__, values))


def column_cells(values: Sequence, style: int | None, texts: CellCache, ints: CellCache) -> list:
    """The cells of one column, top to bottom. ``texts`` and ``ints`` remember the cells
    of recurring text and integers (the same status, category or table on many rows)."""
    kinds = set(map(type, values))
    kinds.discard(type(None))
    if style is None and kinds <= {str}:
        return _text_cells(values, texts)
    if style is None and kinds == {int}:
        if None not in values and -MAX_EXACT_INT <= min(values) <= max(values) <= MAX_EXACT_INT:
            return list(map(_INT_CELL, values))  # e.g. ids: all different, none missing
        return list(map(ints.__getitem__, values))
    if style is None and kinds == {datetime}:
        return list(map(_time_cell, values))
    return [any_cell(v, style) for v in values]
