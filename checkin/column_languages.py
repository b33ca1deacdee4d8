"""Column headers that name a field in one language: "Name (RU)", "Thema EN", "theme_de",
"Название (нем.)" — so a table or programme list brings names per language as columns."""

from __future__ import annotations

import re

from checkin.models import NAME_LANGUAGES

LANGUAGE_WORDS: dict[str, tuple[str, ...]] = {
    "de": ("de", "deu", "ger", "german", "deutsch", "dt", "нем", "немецкий", "немецком"),
    "ru": ("ru", "rus", "russian", "russisch", "рус", "русский", "русском"),
    "en": ("en", "eng", "english", "englisch", "англ", "английский", "английском"),
}
_WORD_TO_LANGUAGE = {w: lang for lang, words in LANGUAGE_WORDS.items() for w in words}
_SPLIT = re.compile(r"[\s_\-()\[\]/.,:;]+")


def split_language(header: str) -> tuple[str, str | None]:
    """("Name", "ru") for "Name (RU)", "name_ru" or "Name russisch"; (header, None) when
    the header names no language at its end."""
    words = [w for w in _SPLIT.split(header.strip()) if w]
    if len(words) < 2:
        return header, None
    if words[-2].casefold() in ("на", "auf", "in"):  # "Название на русском", "Name auf Deutsch"
        words = [*words[:-2], words[-1]]
    lang = _WORD_TO_LANGUAGE.get(words[-1].casefold())
    if lang not in NAME_LANGUAGES:
        return header, None
    return " ".join(words[:-1]), lang
