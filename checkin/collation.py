"""Names in the order readers expect, the same in every list, printout and export.

* German and English views sort as a German phone book does (DIN 5007): Ä, Ö, Ü file
  under A, O, U and ß as ss; case, accents and hyphens do not count; a name particle
  ("von", "van der", "de") does not come first ("von Altenberg" under A). Names in
  another script file under their Latin form (ICAO: "Парфёнов" under P).
* The Russian view sorts by the Russian alphabet (Ё with Е; the Ukrainian and Belarusian
  letters next to their Russian neighbours), Latin names under their Cyrillic reading
  ("Müller" → "Мюллер" under М).

Keys are plain tuples; ``guest_key(guest, lang)`` is what lists sort by.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Protocol

from checkin import translit

# Particles that do not count when a family name is filed (longest first).
PARTICLES = (
    "von und zu", "von der", "von dem", "van der", "van den", "van de", "de la", "de los",
    "von", "vom", "van", "zu", "zum", "zur", "de", "del", "della", "der", "di", "da", "do",
    "dos", "du", "le", "la", "ten", "ter", "op de", "mac",
)  # fmt: skip
_PARTICLES = tuple(p for p in PARTICLES if p != "mac")  # "MacAllister" is one word
_FIRST_WORDS = {p.split()[0] for p in _PARTICLES}
_RUSSIAN_ORDER = "абвгґдеєжзиіїйклмнопрстуўфхцчшщъыьэюя"
_RUSSIAN_RANK = {ch: i for i, ch in enumerate(_RUSSIAN_ORDER)} | {"ё": _RUSSIAN_ORDER.index("е")}
_LATIN_FOLD = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d",
                             "ı": "i", "þ": "th", "ð": "d"})  # fmt: skip


class Named(Protocol):
    id: int
    given_name: str
    family_name: str


def _plain_latin(text: str) -> str:
    """Lower case, accents gone, ß as ss, punctuation as spaces: "Groß-Bölting" → "gross bolting"."""
    text = text.casefold().translate(_LATIN_FOLD)
    text = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    return " ".join("".join(ch if ch.isalnum() else " " for ch in text).split())


@lru_cache(maxsize=200_000)
def din5007(text: str) -> str:
    """The DIN 5007 key of a text (names in another script by their Latin form)."""
    text = text or ""
    if not translit.is_latin(text):
        text = translit.to_latin(text)
    return _plain_latin(text)


@lru_cache(maxsize=200_000)
def russian(text: str) -> tuple[int, ...]:
    """The Russian-alphabet key of a text (Latin names by their Cyrillic reading)."""
    text = translit.to_cyrillic(text or "").casefold()  # Cyrillic words stay as they are
    key = []
    for ch in " ".join("".join(c if c.isalnum() else " " for c in text).split()):
        if ch == " ":
            key.append(0)
        elif ch.isdigit():
            key.append(1 + int(ch))
        elif ch in _RUSSIAN_RANK:
            key.append(100 + _RUSSIAN_RANK[ch])
        else:  # a letter the reading left (rare): after the alphabet, by code point
            key.append(1000 + ord(ch))
    return tuple(key)


def split_particle(family: str) -> tuple[str, str]:
    """("Altenberg", "von") for "von Altenberg"; the name unchanged if it has none."""
    low = family.casefold()
    if low.split(" ", 1)[0] not in _FIRST_WORDS:
        return family, ""
    for particle in _PARTICLES:
        if low.startswith(particle + " ") and len(family) > len(particle) + 1:
            return family[len(particle) + 1 :].strip(), family[: len(particle)]
    return family, ""


def collate(text: str, lang: str):
    """The key of one text in the reader's order."""
    return russian(text) if lang == "ru" else din5007(text)


def name_key(family: str, given: str, lang: str = "de", tie: int = 0) -> tuple:
    """Family name (particle left aside), then given name, then the particle, then the
    exact spelling (Muller before Müller), then ``tie`` (an id) for a stable order."""
    family, given = (family or "").strip(), (given or "").strip()
    if not family:
        family, given = given, ""
    main, particle = split_particle(family)
    return (
        collate(main, lang),
        collate(given, lang),
        collate(particle, lang),
        f"{family} {given}".casefold(),
        tie,
    )


def guest_key(guest: Named, lang: str = "de") -> tuple:
    """The key to sort guests (or anything with given_name, family_name, id) by."""
    return name_key(guest.family_name, guest.given_name, lang, guest.id)


def sort_guests(guests, lang: str = "de") -> list:
    return sorted(guests, key=lambda g: guest_key(g, lang))


def letter(family: str, given: str = "", lang: str = "de") -> str:
    """The letter a name is filed under in the reader's alphabet ("P" for Парфёнов in a
    German list, "М" for Müller in a Russian one), "#" for a name without letters."""
    main, _ = split_particle((family or given or "").strip())
    if lang == "ru":
        key = russian(main)
        first = next((k for k in key if 100 <= k < 1000), None)
        return _RUSSIAN_ORDER[first - 100].upper() if first is not None else "#"
    first = next((ch for ch in din5007(main) if ch.isalpha()), "")
    return first.upper() or "#"


def guest_letter(guest: Named, lang: str = "de") -> str:
    return letter(guest.family_name, guest.given_name, lang)
