"""Find the header row: lists often start with a title line and blank lines."""

from __future__ import annotations

from checkin.importing import mapping

SCAN_ROWS = 30


def find_header(rows: list[list[str]]) -> int:
    """Index of the row that names the columns (-1 if there is none).

    The row with the most recognised column names wins; without any, the first row with
    at least two filled cells whose width the rows below it share.
    """
    best, best_hits = -1, 0
    for index, row in enumerate(rows[:SCAN_ROWS]):
        hits = sum(1 for cell in row if cell and mapping.is_known(cell))
        if hits > best_hits:
            best, best_hits = index, hits
    if best >= 0:
        return best
    for index, row in enumerate(rows[:SCAN_ROWS]):
        filled = sum(1 for cell in row if cell)
        if filled >= 2:
            return index
    return -1


def column_names(header: list[str], width: int) -> list[str]:
    """Unique names for every column; blank headers become "Column N"."""
    names, seen = [], {}
    for i in range(width):
        name = header[i].strip() if i < len(header) else ""
        name = name or f"Column {i + 1}"
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        names.append(name)
    return names
