"""The one font family of every PDF checkin writes: badges, reports, door lists, seating
printouts, schedules and host sheets.

DejaVu Sans (regular, bold, condensed) has Latin with every German and Western European
letter, Cyrillic and Greek. It is taken from the bundled ``resources/fonts/`` and, should a
packager have left it out, from Debian's ``/usr/share/fonts/truetype/dejavu/``. Characters
it still lacks (CJK, say) are transliterated before drawing, so a name never turns into
empty boxes.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from unidecode import unidecode

from checkin import paths

REGULAR = "CheckinSans"
BOLD = "CheckinSans-Bold"
CONDENSED = "CheckinSansCondensed"
CONDENSED_BOLD = "CheckinSansCondensed-Bold"

FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    CONDENSED: "DejaVuSansCondensed.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}
SYSTEM_DIR = Path("/usr/share/fonts/truetype/dejavu")
_LINE_BREAKS = "\n\r\t\u2028\u2029\x0b\x0c\x85"


def font_file(filename: str) -> Path:
    """The bundled font file, else Debian's copy of it."""
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
    """Register the family with reportlab once per process; ``<b>`` in paragraphs works."""
    for name, filename in FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(font_file(filename))))
    for normal, bold in ((REGULAR, BOLD), (CONDENSED, CONDENSED_BOLD)):
        addMapping(normal, 0, 0, normal)
        addMapping(normal, 1, 0, bold)
        addMapping(normal, 0, 1, normal)
        addMapping(normal, 1, 1, bold)


@cache
def codepoints(font: str = REGULAR) -> frozenset[int]:
    """Every character the font has a glyph for."""
    register()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def _invisible(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")


def missing_glyphs(text: str, font: str = REGULAR) -> set[str]:
    have = codepoints(font)
    return {ch for ch in text if ord(ch) not in have and not _invisible(ch)}


@lru_cache(maxsize=65536)  # names and organisations repeat across a batch
def printable(text: str, font: str = REGULAR) -> str:
    """``text`` for one line of a PDF: line breaks become spaces, other control characters
    go, symbols the font lacks (emoji) are left out, and runs of letters it lacks are
    replaced by their transliteration ("王伟" → "Wang Wei")."""
    text = text or ""
    have = codepoints(font)
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
        if _invisible(ch):
            flush()
            out.append(" " if ch in _LINE_BREAKS else "")
        elif ord(ch) in have:
            flush()
            out.append(ch)
        elif unicodedata.category(ch).startswith("S"):
            flush()
            out.append(unidecode(ch).strip())
        else:
            missing.append(ch)
    flush()
    return "".join(out)
