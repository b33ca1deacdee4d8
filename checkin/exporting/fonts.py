"""The font of the reports: DejaVu Sans, which has Latin, Cyrillic and Greek.

Taken from the bundled ``resources/fonts/`` when present, else from Debian's
``/usr/share/fonts/truetype/dejavu/``. Characters the font still lacks (CJK, say) are
transliterated before drawing, so a name never turns into empty boxes.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from unidecode import unidecode

from checkin import paths

REGULAR = "ReportSans"
BOLD = "ReportSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
SYSTEM_DIR = Path("/usr/share/fonts/truetype/dejavu")


def font_file(filename: str) -> Path:
    try:
        bundled = paths.resource("fonts", filename)
    except FileNotFoundError:
        bundled = None
    if bundled is not None and bundled.is_file():
        return bundled
    system = SYSTEM_DIR / filename
    if system.is_file():
        return system
    raise FileNotFoundError(f"font {filename} is neither in resources/fonts/ nor in {SYSTEM_DIR}")


@cache
def register() -> None:
    """Register the report fonts with reportlab (once per process)."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(font_file(filename))))


@cache
def _codepoints() -> frozenset[int]:
    register()
    return frozenset(pdfmetrics.getFont(REGULAR).face.charToGlyph)


def printable(text: str) -> str:
    """``text`` for one line of a PDF: line breaks and control characters become spaces,
    and runs of characters the font lacks are replaced by their transliteration."""
    have = _codepoints()
    if text.isprintable() and all(ord(ch) in have for ch in text):
        return text
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    missing: list[str] = []

    def flush() -> None:
        if missing:
            out.append(unidecode("".join(missing)).strip() or "?")
            missing.clear()

    for ch in text:
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp"):
            flush()
            out.append(" ")
        elif ord(ch) in have:
            flush()
            out.append(ch)
        else:
            missing.append(ch)
    flush()
    return "".join(out)
