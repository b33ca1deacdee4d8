"""Spreadsheet cells that cannot become formulas (CSV/formula injection).

A guest typed in as ``=HYPERLINK("http://evil";"click")`` must arrive in Excel or
LibreOffice as that text, never as a live formula. Text starting with one of the
characters spreadsheets treat as a formula start gets a leading apostrophe (OWASP's
advice for CSV); XLSX cells are written as typed strings instead (see xlsx_export).
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def is_risky(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def neutralise(value):
    """``value`` for a CSV cell: risky text prefixed with ``'``; other values unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
