"""Which character separates the columns of a text list (, ; tab or |), and the rows it holds.

csv.Sniffer guesses wrongly on short lists with quoted commas; counting each candidate
per line and taking the one whose count is most often the same (and not zero) is sturdier.

A quoted cell may hold line breaks, so one stray quote ("Müller without its closing quote)
would swallow every row up to the next quote in the file. A quoted cell that spans lines
which are complete rows on their own is such a stray quote: that one line is read again
without quote handling, and the reader reports its row.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field

DELIMITERS = (",", ";", "\t", "|")
MAX_CELL = 131_072  # the csv module's own limit per cell; no guest list comes near it


class CellTooLong(ValueError):
    """A cell longer than MAX_CELL (and no stray quote to explain it)."""

    def __init__(self, row: int):
        super().__init__(row)
        self.row = row


@dataclass
class Split:
    rows: list[list[str]] = field(default_factory=list)  # every record, blank ones too
    stray_quotes: list[int] = field(default_factory=list)  # records read without quotes


def _fields_per_line(line: str, delimiter: str) -> int:
    try:
        return len(next(csv.reader([line], delimiter=delimiter)))
    except (csv.Error, StopIteration):
        return 1


def sniff_delimiter(text: str, *, lines: int = 60) -> str:
    sample = [ln for ln in text[:200_000].splitlines()[: lines * 2] if ln.strip()][:lines]
    if not sample:
        return ","
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        counts = [_fields_per_line(ln, delimiter) for ln in sample]
        width, often = (
            Counter(c for c in counts if c > 1).most_common(1)[0]
            if any(c > 1 for c in counts)
            else (1, 0)
        )
        score = (often, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _plain_fields(line: str, delimiter: str) -> int:
    """Fields of a line split with no quote handling at all."""
    return line.count(delimiter) + 1 if line.strip() else 0


def _usual_width(lines: list[str], delimiter: str) -> int:
    counts = Counter(_plain_fields(ln, delimiter) for ln in lines[:200] if ln.strip())
    return counts.most_common(1)[0][0] if counts else 0


def _looks_like_rows(lines: list[str], delimiter: str, width: int) -> bool:
    """Lines a quoted cell swallowed are rows themselves: as wide as the list's rows."""
    if width < 2:
        return False
    return any(_plain_fields(ln, delimiter) >= max(2, width - 1) for ln in lines)


def split_rows(text: str, delimiter: str) -> Split:
    """All records of the text as lists of cells (quotes and embedded newlines handled).

    A cell over MAX_CELL (the csv module's field limit) raises CellTooLong with its row."""
    # Most lists have no cell over two lines: as many records as lines, read in one go.
    # Otherwise each record spanning lines is looked at (a stray quote, or a long cell).
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"')
    try:
        rows = list(reader)
    except csv.Error:
        return _split_carefully(text, delimiter)
    if len(rows) != _line_count(text):
        return _split_carefully(text, delimiter)
    return Split(rows)


def _line_count(text: str) -> int:
    """Lines as the csv module counts them (\n, \r\n and a lone \r end a line)."""
    if "\r" in text:
        breaks = text.count("\n") + text.count("\r") - text.count("\r\n")
    else:
        breaks = text.count("\n")
    return breaks + (1 if text and text[-1] not in "\r\n" else 0)


def _split_carefully(text: str, delimiter: str) -> Split:
    lines = io.StringIO(text, newline="").readlines()
    width = _usual_width(lines, delimiter)
    out = Split()
    pos = 0  # index of the next line to read
    while pos < len(lines):
        reader = csv.reader(iter(lines[pos:]), delimiter=delimiter, quotechar='"')
        restart = None
        while True:
            start = pos + reader.line_num
            try:
                cells = next(reader)
            except StopIteration:
                pos = len(lines)
                break
            except csv.Error:  # a cell over the csv module's field limit
                if _stray_quote(lines, start, delimiter, width):
                    cells, restart = _without_quotes(lines[start], delimiter), start + 1
                else:
                    raise CellTooLong(len(out.rows) + 1) from None
            else:
                end = pos + reader.line_num
                if end - start > 1 and _stray_quote(lines, start, delimiter, width, end):
                    cells, restart = _without_quotes(lines[start], delimiter), start + 1
            out.rows.append(cells)
            if restart is not None:
                out.stray_quotes.append(len(out.rows))
                pos = restart
                break
    return out


def _stray_quote(lines, start: int, delimiter: str, width: int, end: int | None = None) -> bool:
    """Did the record starting at ``start`` swallow rows through an unclosed quote?"""
    if '"' not in lines[start]:
        return False
    swallowed = lines[start + 1 : end if end is not None else start + 50]
    return _looks_like_rows(swallowed, delimiter, width)


def _without_quotes(line: str, delimiter: str) -> list[str]:
    row = next(csv.reader([line.rstrip("\r\n")], delimiter=delimiter, quoting=csv.QUOTE_NONE))
    return row
