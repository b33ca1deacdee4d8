"""Whatever a cell holds, the workbook stays readable and says what was written: a
round-trip property (hypothesis writes, openpyxl reads back) for the streaming writer."""

from __future__ import annotations

import math
import re
import zipfile
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from fractions import Fraction

import numpy as np
import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checkin.exporting.xlsx_writer import MAX_TEXT, Workbook, valid_title

_EXCEL_ESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")


def excel_text(value: str) -> str:
    """What Excel shows for a stored string: openpyxl leaves _xHHHH_ escapes as they are."""
    return _EXCEL_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)


def expected(value):
    """What a cell must read back as (the writer's documented conversions)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = re.sub("[\ud800-\udfff]", "\ufffd", value)
        return value if len(value) <= MAX_TEXT else value[: MAX_TEXT - 1] + "…"
    if isinstance(value, bool | np.bool_):
        return bool(value)
    if isinstance(value, datetime | date):
        if not isinstance(value, datetime):
            if value < date(1900, 3, 1):
                return value.isoformat()
            value = datetime(value.year, value.month, value.day)
        if value.tzinfo is not None:
            value = value.astimezone().replace(tzinfo=None)
        return value if value >= datetime(1900, 3, 1) else value.isoformat(sep=" ")
    if isinstance(value, int | np.integer):
        return int(value) if abs(int(value)) <= 2**53 else str(int(value))
    number = float(value)
    if math.isnan(number):
        return "NaN"
    if math.isinf(number):
        return "Infinity" if number > 0 else "-Infinity"
    return number


def read_back(cell):
    value = cell.value
    return excel_text(value) if isinstance(value, str) else value


def same(got, want) -> bool:
    if isinstance(want, datetime):  # a date serial is a double: within a millisecond
        return isinstance(got, datetime) and abs(got - want) < timedelta(milliseconds=1)
    if isinstance(want, float):
        return isinstance(got, int | float) and (got == want or math.isclose(got, want))
    return got == want and type(got) is type(want)


_texts = st.text(
    alphabet=st.characters(codec=None, exclude_categories=()), max_size=40
) | st.sampled_from(
    [
        "=1+1",
        "@SUM(A1)",
        "_x0041_",
        "a\r\nb\rc",
        "\x1b[31mrot",
        "Müller\x07",
        "x" * 40_000,
        "\ud800",
    ]
)
_numbers = (
    st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.decimals(allow_nan=True, allow_infinity=True, places=None).filter(
        lambda d: not d.is_snan()
    )
    | st.fractions()
    | st.integers(-(2**63), 2**63 - 1).map(np.int64)
    | st.floats(allow_nan=True, width=32).map(np.float32)
    | st.booleans().map(np.bool_)
)
_times = st.datetimes(
    min_value=datetime(1800, 1, 1), timezones=st.none() | st.timezones()
) | st.dates(min_value=date(1800, 1, 1))
cells = st.none() | st.booleans() | _texts | _numbers | _times


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(st.lists(cells, min_size=3, max_size=3), min_size=1, max_size=6),
    title=st.text(max_size=40),
)
def test_every_value_round_trips(tmp_path_factory, rows, title):
    out = tmp_path_factory.mktemp("rt") / "w.xlsx"
    with Workbook(out) as book:
        book.add_sheet(title, ["A", "B", "C"], rows)
        book.add_sheet(title, ["A"], [])  # the same name twice: made unique
    wb = openpyxl.load_workbook(out)
    first, second = wb.worksheets
    assert first.title != second.title
    for name in wb.sheetnames:
        assert 1 <= len(name) <= 31 and not re.search(r"[\[\]:*?/\\\x00-\x1f]", name)
        assert not name.startswith("'") and not name.endswith("'")
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            got, want = read_back(first.cell(r, c)), expected(value)
            assert same(got, want), (value, got, want)


def test_the_conversions_users_notice(tmp_path):
    out = tmp_path / "w.xlsx"
    berlin = timezone(timedelta(hours=2))
    when = datetime(2027, 4, 20, 9, 30, tzinfo=berlin)
    rows = [
        ["x" * 40_000, float("nan"), Decimal("12.50")],
        ["Zeile 1\r\nZeile 2", np.int64(7), np.float64(0.25)],
        ["_x0041_", 2**60, when],
        [date(1899, 12, 31), Fraction(1, 4), np.bool_(True)],
    ]
    with Workbook(out) as book:
        book.add_sheet("Gäste: [Liste]/2027?", ["A", "B", "C"], rows)
    ws = openpyxl.load_workbook(out)["Gäste   Liste  2027"]  # []:/? are not allowed
    assert len(ws["A2"].value) == MAX_TEXT and ws["A2"].value.endswith("…")
    assert ws["B2"].value == "NaN" and ws["C2"].value == 12.5
    assert excel_text(ws["A3"].value) == "Zeile 1\r\nZeile 2"  # the CR is kept
    assert ws["B3"].value == 7 and ws["C3"].value == 0.25
    assert excel_text(ws["A4"].value) == "_x0041_"  # not turned into "A"
    assert ws["B4"].value == str(2**60)  # Excel would round it
    assert ws["C4"].value == when.astimezone().replace(tzinfo=None)
    assert ws["A5"].value == "1899-12-31" and ws["B5"].value == 0.25 and ws["C5"].value is True
    with zipfile.ZipFile(out) as z:  # Excel's own escape, not a dropped character
        assert "Zeile 1_x000D_\nZeile 2" in z.read("xl/worksheets/sheet1.xml").decode()


def test_aware_times_keep_their_instant():
    a = datetime(2027, 4, 20, 9, 0, tzinfo=UTC)
    b = datetime(2027, 4, 20, 10, 30, tzinfo=timezone(timedelta(hours=2)))  # 08:30 UTC
    assert expected(b) < expected(a)


def test_valid_titles():
    taken: set[str] = set()
    assert valid_title("History", taken) == "History (1)"
    assert valid_title("'quoted'", taken) == "quoted"
    assert valid_title("", taken) == "Sheet"
    assert valid_title("Sheet", taken) == "Sheet (2)"
    assert valid_title("A\x07B", taken) == "A B"
