"""Undo what a keyboard layout did to a scanner's keystrokes.

Scanners send key positions as if the system used a US keyboard. On a German, French or
Russian system layout the same keys produce other characters (``Y`` and ``Z`` swapped,
``1`` as ``&``, ``C`` as ``С``). Each layout below is data: the characters its keys give,
row by row, at the positions of the US characters in ``US``. Repair maps every character
back to the US character on the same key; the code's own signature then tells which of
the candidates is the real one (see ``checkin/scanning.py``).
"""

from __future__ import annotations

from typing import NamedTuple

# Each layout: (unshifted rows, shifted rows); rows are the four character rows of the
# keyboard, from the key left of "1" down to the key left of right Shift.
US = (
    ("`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./"),
    ("~!@#$%^&*()_+", "QWERTYUIOP{}|", 'ASDFGHJKL:"', "ZXCVBNM<>?"),
)

LAYOUTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # German QWERTZ (T1): Y/Z swapped, umlauts on the punctuation keys.
    "de": (
        ("^1234567890ß´", "qwertzuiopü+#", "asdfghjklöä", "yxcvbnm,.-"),
        ('°!"§$%&/()=?`', "QWERTZUIOPÜ*'", "ASDFGHJKLÖÄ", "YXCVBNM;:_"),
    ),
    # French AZERTY: digits need Shift (unshifted they are &é"'(-è_çà), A/Q and Z/W
    # swapped, M on the US semicolon key.
    "fr": (
        ("²&é\"'(-è_çà)=", "azertyuiop^$*", "qsdfghjklmù", "wxcvbn,;:!"),
        ("~1234567890°+", "AZERTYUIOP¨£µ", "QSDFGHJKLM%", "WXCVBN?./§"),
    ),
    # Russian ЙЦУКЕН: every Latin letter becomes a Cyrillic one.
    "ru": (
        ("ё1234567890-=", "йцукенгшщзхъ\\", "фывапролджэ", "ячсмитьбю."),
        ('Ё!"№;%:?*()_+', "ЙЦУКЕНГШЩЗХЪ/", "ФЫВАПРОЛДЖЭ", "ЯЧСМИТЬБЮ,"),
    ),
}


class Candidate(NamedTuple):
    text: str
    layout: str  # "us" for the text as received, else the layout it was repaired from


def _pairs(layout) -> list[tuple[str, str]]:
    pairs = []
    for us_rows, rows in zip(US, layout, strict=True):
        for us_row, row in zip(us_rows, rows, strict=True):
            if len(us_row) != len(row):
                raise ValueError(f"layout row {row!r} does not line up with {us_row!r}")
            pairs.extend(zip(us_row, row, strict=True))
    return pairs


def typed_on(layout: str, us_text: str) -> str:
    """What a US-keyboard scanner's ``us_text`` becomes on a system set to ``layout``."""
    table = dict(_pairs(LAYOUTS[layout]))
    return "".join(table.get(ch, ch) for ch in us_text)


def _repair_tables() -> dict[str, dict[int, str]]:
    tables = {}
    for name, layout in LAYOUTS.items():
        inverse: dict[int, str] = {}
        for us_char, char in _pairs(layout):
            if char != us_char:
                inverse[ord(char)] = us_char
        tables[name] = inverse
    return tables


_REPAIR = _repair_tables()


def repair_scanner_layout(text: str) -> list[Candidate]:
    """The text as received, then each distinct reading of it as US keystrokes typed on
    another layout. The caller decides which candidate is right."""
    out = [Candidate(text, "us")]
    seen = {text}
    for name, table in _REPAIR.items():
        repaired = text.translate(table)
        if repaired not in seen:
            seen.add(repaired)
            out.append(Candidate(repaired, name))
    return out
