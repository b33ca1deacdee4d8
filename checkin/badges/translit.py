"""Second-line transliteration of names: Cyrillic to Latin (ICAO 9303, as in passports)
and, as an option, an approximate Latin to Cyrillic for German and English names.

ICAO 9303 is what Russian, Ukrainian and Belarusian passports print, so the Latin line on a
delegate's badge matches the name in their travel documents and the hotel booking.
"""

from __future__ import annotations

import re

from unidecode import unidecode

# ICAO Doc 9303 part 3, table for Cyrillic (Russian, Ukrainian, Belarusian letters).
_ICAO = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu",
    "я": "ia", "і": "i", "ї": "i", "є": "ie", "ґ": "g", "ў": "u",
}  # fmt: skip

# Latin to Cyrillic, longest match first: a reading aid, not a standard.
_TO_CYRILLIC = [
    ("tsch", "ч"), ("sch", "ш"), ("shch", "щ"), ("zh", "ж"), ("kh", "х"), ("ch", "х"),
    ("sh", "ш"), ("ts", "ц"), ("tz", "ц"), ("ck", "к"), ("ph", "ф"), ("th", "т"),
    ("ie", "и"), ("ei", "ай"), ("ai", "ай"), ("eu", "ой"), ("äu", "ой"), ("au", "ау"),
    ("ja", "я"), ("ju", "ю"), ("jo", "йо"), ("ya", "я"), ("yu", "ю"), ("ss", "сс"),
    ("ä", "э"), ("ö", "ё"), ("ü", "ю"), ("ß", "сс"), ("qu", "кв"), ("x", "кс"),
    ("a", "а"), ("b", "б"), ("c", "к"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"),
    ("h", "х"), ("i", "и"), ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"),
    ("o", "о"), ("p", "п"), ("q", "к"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"),
    ("v", "в"), ("w", "в"), ("y", "и"), ("z", "ц"),
]  # fmt: skip
_TO_CYRILLIC_RE = re.compile("|".join(re.escape(k) for k, _ in _TO_CYRILLIC), re.IGNORECASE)
_TO_CYRILLIC_MAP = dict(_TO_CYRILLIC)

_CYRILLIC_RE = re.compile("[\u0400-\u04ff]")
_LATIN_RE = re.compile("[A-Za-z\u00c0-\u024f]")


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC_RE.search(text))


def has_latin(text: str) -> bool:
    return bool(_LATIN_RE.search(text))


def _case_like(source: str, target: str, word_upper: bool) -> str:
    if not target or not source.isupper():
        return target
    return target.upper() if word_upper or len(source) > 1 else target[0].upper() + target[1:]


def to_latin(text: str) -> str:
    """Cyrillic letters to Latin (ICAO 9303); other characters are kept, except that
    letters of other scripts fall back to Unidecode."""
    out = []
    for word in re.split(r"(\s+)", text):
        upper_word = len(word) > 1 and word.isupper()
        for ch in word:
            low = ch.lower()
            if low in _ICAO:
                out.append(_case_like(ch, _ICAO[low], upper_word))
            elif ord(ch) < 0x250:
                out.append(ch)
            else:
                out.append(unidecode(ch))
    return "".join(out)


def to_cyrillic(text: str) -> str:
    """An approximate Cyrillic spelling of a Latin name (reading aid for Russian guests)."""

    def repl(match: re.Match) -> str:
        found = match.group(0)
        target = _TO_CYRILLIC_MAP[found.lower()]
        return (
            target.upper()
            if found.isupper() and len(found) == 1
            else (target[0].upper() + target[1:] if found[0].isupper() else target)
        )

    return _TO_CYRILLIC_RE.sub(repl, text)


def second_line(text: str, *, reverse: bool = False) -> str:
    """The smaller transliterated line under a name, or "" if none is needed.

    Cyrillic names always get their Latin form; with ``reverse`` a Latin name also gets
    a Cyrillic form.
    """
    if has_cyrillic(text):
        latin = to_latin(text)
        return latin if latin != text else ""
    if reverse and has_latin(text):
        return to_cyrillic(text)
    return ""
