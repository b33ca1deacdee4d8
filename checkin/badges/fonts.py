"""The badge font family (DejaVu Sans, bundled in resources/fonts/) registered with reportlab.

DejaVu covers Latin with every German and Western European letter, Cyrillic and Greek.
Any character it still lacks is replaced by its ASCII transliteration before drawing, so a
badge never shows an empty box.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from unidecode import unidecode

from checkin import paths

REGULAR = "BadgeSans"
BOLD = "BadgeSans-Bold"
CONDENSED = "BadgeSansCondensed"
CONDENSED_BOLD = "BadgeSansCondensed-Bold"

FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    CONDENSED: "DejaVuSansCondensed.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}


@cache
def register() -> None:
    """Register the family once per process (idempotent)."""
    for name, filename in FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(paths.resource("fonts", filename))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(CONDENSED, 0, 0, CONDENSED)
    addMapping(CONDENSED, 1, 0, CONDENSED_BOLD)


@cache
def codepoints(font: str) -> frozenset[int]:
    """Every character the font has a glyph for."""
    register()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def _drawable(ch: str, have: frozenset[int]) -> bool:
    return ord(ch) in have or unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")


def missing_glyphs(text: str, font: str = REGULAR) -> set[str]:
    have = codepoints(font)
    return {ch for ch in text if not _drawable(ch, have)}


def printable(text: str, font: str = REGULAR) -> str:
    """``text`` with every character the font lacks replaced by its transliteration."""
    text = unicodedata.normalize("NFC", text)
    have = codepoints(font)
    if have.issuperset(map(ord, text)):
        return text
    out = []
    for ch in text:
        if ord(ch) in have:
            out.append(ch)
        elif unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp"):
            out.append(" " if ch in "\n\r\t\u2028\u2029" else "")
        elif unicodedata.category(ch).startswith("S"):  # emoji and other symbols: left out
            out.append(unidecode(ch).strip())
        else:
            out.append(unidecode(ch) or "?")
    return "".join(out)
