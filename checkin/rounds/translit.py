"""Names in the reader's script: Latin to Cyrillic for Russian readers, Cyrillic to Latin else.

Readable, not reversible: German spellings map to what a Russian reader would say
(Müller → Мюллер, Schäfer → Шефер), Russian names to German or English spelling
(Парфёнов → Parfjonow / Parfyonov).
"""

from __future__ import annotations

import re

_LATIN_TO_CYRILLIC = [
    ("tsch", "ч"),
    ("sch", "ш"),
    ("chs", "кс"),
    ("ch", "х"),
    ("ck", "к"),
    ("tz", "ц"),
    ("ph", "ф"),
    ("th", "т"),
    ("qu", "кв"),
    ("ei", "ай"),
    ("ay", "ай"),
    ("jü", "ю"),
    ("jö", "ё"),
    ("jä", "е"),
    ("ey", "ей"),
    ("eu", "ой"),
    ("äu", "ой"),
    ("ie", "и"),
    ("ja", "я"),
    ("je", "е"),
    ("jo", "йо"),
    ("ju", "ю"),
    ("ya", "я"),
    ("yu", "ю"),
    ("ß", "сс"),
    ("ä", "е"),
    ("ö", "ё"),
    ("ü", "ю"),
    ("a", "а"),
    ("b", "б"),
    ("c", "к"),
    ("d", "д"),
    ("e", "е"),
    ("f", "ф"),
    ("g", "г"),
    ("h", "х"),
    ("i", "и"),
    ("j", "й"),
    ("k", "к"),
    ("l", "л"),
    ("m", "м"),
    ("n", "н"),
    ("o", "о"),
    ("p", "п"),
    ("q", "к"),
    ("r", "р"),
    ("s", "с"),
    ("t", "т"),
    ("u", "у"),
    ("v", "ф"),
    ("w", "в"),
    ("x", "кс"),
    ("y", "и"),
    ("z", "ц"),
    ("é", "е"),
    ("è", "е"),
    ("á", "а"),
    ("ó", "о"),
    ("í", "и"),
    ("ú", "у"),
    ("ç", "с"),
    ("ğ", "г"),
    ("ı", "ы"),
    ("ł", "л"),
    ("ń", "нь"),
    ("ś", "сь"),
    ("ć", "ч"),
    ("ž", "ж"),
    ("š", "ш"),
    ("č", "ч"),
    ("ş", "ш"),
    ("ą", "он"),
    ("ę", "ен"),
    ("ż", "ж"),
    ("ź", "зь"),
]

_CYRILLIC_TO_LATIN = {
    "de": {
        "ж": "sch",
        "х": "ch",
        "ц": "z",
        "ч": "tsch",
        "ш": "sch",
        "щ": "schtsch",
        "й": "j",
        "ё": "jo",
        "ю": "ju",
        "я": "ja",
        "в": "w",
        "з": "s",
        "с": "s",
        "ы": "y",
        "е": "e",
        "э": "e",
        "ъ": "",
        "ь": "",
    },
    "en": {
        "ж": "zh",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "й": "y",
        "ё": "yo",
        "ю": "yu",
        "я": "ya",
        "в": "v",
        "з": "z",
        "с": "s",
        "ы": "y",
        "е": "e",
        "э": "e",
        "ъ": "",
        "ь": "",
    },
}
_COMMON = dict(zip("абгдиклмнопрстуф", "abgdiklmnoprstuf", strict=True))
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def has_latin(text: str) -> bool:
    return bool(_LATIN.search(text))


def _case(source: str, target: str) -> str:
    if not target:
        return target
    if source.isupper() and len(source) > 1:
        return target.upper() if len(target) > 1 and source.isupper() else target
    return target[0].upper() + target[1:] if source[0].isupper() else target


def to_cyrillic(text: str) -> str:
    out, i = [], 0
    lower = text.lower()
    while i < len(text):
        for latin, cyr in _LATIN_TO_CYRILLIC:
            if lower.startswith(latin, i):
                chunk = text[i : i + len(latin)]
                if latin in ("ä", "ö", "ü") and (i == 0 or not text[i - 1].isalpha()):
                    cyr = {"ä": "э", "ö": "э", "ü": "ю"}[latin]  # Öztürk → Эцтюрк
                # German "s" before a vowel at a word start sounds like з
                if (
                    latin == "s"
                    and (i == 0 or not text[i - 1].isalpha())
                    and i + 1 < len(text)
                    and lower[i + 1] in "aeiouäöü"
                ):
                    cyr = "з"
                out.append(_case(chunk, cyr))
                i += len(latin)
                break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def to_latin(text: str, lang: str = "en") -> str:
    table = {**_COMMON, **_CYRILLIC_TO_LATIN.get(lang, _CYRILLIC_TO_LATIN["en"])}
    out = []
    for ch in text:
        low = ch.lower()
        if low in table:
            out.append(_case(ch, table[low]) if ch != low else table[low])
        else:
            out.append(ch)
    return "".join(out)


def for_reader(text: str, lang: str) -> str:
    """``text`` in the reader's script with the original beside it: «Мюллер (Müller)»."""
    if not text:
        return text
    if lang == "ru":
        if has_latin(text):
            return f"{to_cyrillic(text)} ({text})"
        return text
    if has_cyrillic(text):
        return f"{to_latin(text, lang)} ({text})"
    return text
