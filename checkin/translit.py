"""One spelling of every name in the other script, for every part of checkin.

* **Latin forms of Cyrillic names** follow ICAO Doc 9303, part 3 (the table passports are
  made with), so the badge, the desk, every list and the guest's passport agree:
  "Алексей Парфёнов" → "Aleksei Parfenov". ICAO's language exceptions apply: Ukrainian
  И → Y; Belarusian Г → H and Ё → IO. A name's language is told by its letters (ї є ґ and
  и next to і: Ukrainian; ў, or і without и: Belarusian) unless the caller knows it.
* **Cyrillic readings of Latin names**, for Russian-speaking readers, follow the Russian
  practice for German names (the guests here are mostly German): the rules in ``READING``,
  tried in order at each letter, the first that fits wins. "Müller" → "Мюллер", "Schäfer" →
  "Шефер", "Weiß" → "Вайс", "Stein" → "Штайн". A reading aid, not a reversible mapping.
* **Spellings people type** when they look a Russian name up — German (Duden), English,
  scholarly, French — are tables too (``SPELLINGS``); search indexes every one of them.

Letters of scripts other than Latin and Cyrillic fall back to Unidecode.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

# ICAO Doc 9303 part 3, Cyrillic; ь and the Ukrainian/Belarusian apostrophe are omitted.
ICAO = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y", "ь": "",
    "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip
ICAO_EXCEPTIONS = {"uk": {"и": "y"}, "be": {"г": "h", "ё": "io"}}
APOSTROPHES = "'’ʼ`´ʹʺ"
CYRILLIC_VOWELS = "аеёиіїоуыэюяєў"

# Latin → Cyrillic reading: (pattern on the lower-case word, Cyrillic), tried in this order
# at every position. "^" is a word start, "$" a word end, V a vowel, C a consonant.
_V = "aeiouyäöüáàâéèêëíìîïóòôúùûıøåæ"
_C = "bcdfghjklmnpqrstvwxzßçñłžščćśźżğşń"
READING = [
    ("tsch", "ч"), ("sch", "ш"), ("chs", "кс"), ("ch", "х"), ("ck", "к"), ("tz", "ц"),
    ("ph", "ф"), ("th", "т"), ("qu", "кв"), ("x", "кс"), ("sz", "ш"), ("cz", "ч"),
    ("^sp", "шп"), ("^st", "шт"), ("ei", "ай"), ("ey", "ай"), ("ai", "ай"), ("ay", "ай"),
    ("eu", "ой"), ("äu", "ой"), ("(?<=[nr])iel$", "иэль"), ("ie", "и"), ("ia$", "ия"),
    ("(?<=C)oe", "ё"), ("(?<=C)ue(?!l$)", "ю"), ("^jä", "е"), ("^ja", "я"), ("ja", "ья"),
    ("^je", "е"), ("je", "ье"), ("^jo", "йо"), ("jo", "ё"), ("^ju", "ю"), ("ju", "ью"),
    ("jü", "ю"), ("^jö", "йо"), ("jö", "ьё"), ("^ya", "я"), ("^yu", "ю"), ("^yo", "йо"),
    ("^ye", "е"), ("^y(?=V)", "й"), ("aa", "а"), ("ee", "е"), ("oo", "о"),
    ("(?<=V)h(?!V)", ""), ("^e", "э"), ("(?<=[aouäöü])e", "э"), ("^ä", "э"), ("^ö", "э"),
    ("ä", "е"), ("ö", "ё"), ("ü", "ю"), ("ß$", "с"), ("ß", "сс"), ("ss", "сс"),
    ("^s(?=V)", "з"), ("(?<=V)s(?=V)", "з"), ("c(?=[eiyäö])", "ц"), ("^v(?=o|ö|ie)", "ф"),
    ("ll", "лл"), ("l(?=C|$)", "ль"), ("ñ", "нь"), ("ń", "нь"), ("ś", "сь"), ("ź", "зь"),
    ("ą", "он"), ("ę", "ен"),
    ("a", "а"), ("b", "б"), ("c", "к"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"),
    ("h", "х"), ("i", "и"), ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"),
    ("o", "о"), ("p", "п"), ("q", "к"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"),
    ("v", "в"), ("w", "в"), ("y", "и"), ("z", "ц"),
    ("é", "е"), ("è", "е"), ("ê", "е"), ("ë", "е"), ("á", "а"), ("à", "а"), ("â", "а"),
    ("í", "и"), ("ì", "и"), ("î", "и"), ("ï", "и"), ("ó", "о"), ("ò", "о"), ("ô", "о"),
    ("ú", "у"), ("ù", "у"), ("û", "у"), ("ı", "ы"), ("ø", "ё"), ("å", "о"), ("æ", "э"),
    ("ç", "с"), ("ł", "л"), ("ž", "ж"), ("š", "ш"), ("č", "ч"), ("ć", "ч"), ("ż", "ж"),
    ("ğ", "г"), ("ş", "ш"),
]  # fmt: skip


def _compile(pattern: str) -> re.Pattern:
    """A READING pattern as a regex that matches at a position of a lower-case word."""
    letters = f"[{_V}{_C}]"
    if pattern.startswith("^"):
        pattern = f"(?<!{letters})" + pattern[1:]
    for token, cls in (("V", f"[{_V}]"), ("C", f"[{_C}]")):
        for look in ("(?<=", "(?=", "(?!"):
            pattern = pattern.replace(look + token, look + cls)
    return re.compile(pattern.replace("|$", f"|(?!{letters})").replace("$", f"(?!{letters})"))


_READING = [(_compile(p), cyr) for p, cyr in READING]

# How people spell Russian names in Latin letters. Keys: a letter; "^x" the letter at a
# word start or after a vowel, ь or ъ; "~x" after ж ч ш щ; "x$" a word ending; "VxV" a
# letter between vowels.
SPELLINGS = {
    "duden": "а=a б=b в=w г=g д=d е=e ^е=je ё=jo ~ё=o ж=sch з=s и=i й=i к=k л=l м=m н=n "
    "о=o п=p р=r с=s VсV=ss т=t у=u ф=f х=ch ц=z ч=tsch ш=sch щ=schtsch ъ= ы=y ь= э=e "
    "ю=ju я=ja ий$=i ый$=y",
    "english": "а=a б=b в=v г=g д=d е=e ^е=ye ё=yo ~ё=o ж=zh з=z и=i й=y к=k л=l м=m н=n "
    "о=o п=p р=r с=s т=t у=u ф=f х=kh ц=ts ч=ch ш=sh щ=shch ъ= ы=y ь= э=e ю=yu я=ya "
    "ий$=y ый$=y",
    "scholarly": "а=a б=b в=v г=g д=d е=e ё=ë ж=ž з=z и=i й=j к=k л=l м=m н=n о=o п=p "
    "р=r с=s т=t у=u ф=f х=ch ц=c ч=č ш=š щ=šč ъ= ы=y ь= э=ė ю=ju я=ja",
    "french": "а=a б=b в=v г=g д=d е=e ^е=ie ё=io ~ё=e ж=j з=z и=i й=ï к=k л=l м=m н=n "
    "о=o п=p р=r с=s VсV=ss т=t у=ou ф=f х=kh ц=ts ч=tch ш=ch щ=chtch ъ= ы=y ь= э=e "
    "ю=iou я=ia ий$=i ый$=y ин$=ine",
}
_SPELLINGS = {
    system: dict(pair.split("=", 1) for pair in table.split())
    for system, table in SPELLINGS.items()
}

_CYRILLIC_RE = re.compile("[\u0400-\u04ff]")
_OTHER_SCRIPT = re.compile("[^\u0000-\u024f]")  # beyond Latin (and apostrophes, see below)
_LATIN_RE = re.compile("[A-Za-z\u00c0-\u024f]")
_WORDS = re.compile(r"([^\W\d_]+)")


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC_RE.search(text or ""))


def has_latin(text: str) -> bool:
    return bool(_LATIN_RE.search(text or ""))


def _is_latin_char(ch: str) -> bool:
    return not ch.isalpha() or "LATIN" in unicodedata.name(ch, "")


# Characters up to Latin Extended-B that pass: most names are made of these alone, and a
# set comparison is far cheaper than naming every letter (exports check 100,000 names).
_LATIN_CHARS = frozenset(ch for ch in map(chr, range(0x250)) if _is_latin_char(ch))


def is_latin(text: str) -> bool:
    """Whether every letter of ``text`` is Latin (a name that needs no Latin form)."""
    return not text or all(_is_latin_char(ch) for ch in set(text) - _LATIN_CHARS)


def cyrillic_language(text: str) -> str:
    """ "uk", "be" or "ru": the language a Cyrillic name's letters point to."""
    low = (text or "").lower()
    if any(ch in low for ch in "їєґ") or ("і" in low and "и" in low):
        return "uk"
    if "ў" in low or "і" in low:
        return "be"
    return "ru"


def _recase(source: str, target: str) -> str:
    """``target`` in the case of ``source``: "ЩУКИН" → "SHCHUKIN", "Щукин" → "Shchukin"."""
    if not target or not source[:1].isupper():
        return target
    if len(source) > 1 and source.isupper():
        return target.upper()
    return target[:1].upper() + target[1:]


def _all_caps(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) > 1 and all(ch.isupper() for ch in letters)


def _latin_word(word: str, table: dict[str, str]) -> str:
    upper = _all_caps(word)
    out: list[str] = []
    other: list[str] = []  # a run of letters of another script, transliterated at once
    for i, ch in enumerate(word):
        low = ch.lower()
        if other and (low in table or ord(ch) < 0x250):
            out.append(unidecode("".join(other)).strip())
            other.clear()
        if low in table:
            latin = table[low]
            out.append(latin.upper() if upper and ch.isupper() else _recase(ch, latin))
        elif ch in APOSTROPHES and 0 < i < len(word) - 1 and word[i + 1].lower() in table:
            continue  # Мар'яна → Mariana (O'Brien keeps his)
        elif ord(ch) < 0x250:
            out.append(ch)
        else:
            other.append(ch)
    if other:
        out.append(unidecode("".join(other)).strip())
    return "".join(out)


@lru_cache(maxsize=65536)  # lists sort and show the same names again and again
def to_latin(text: str, language: str | None = None) -> str:
    """Cyrillic letters to their ICAO Doc 9303 Latin form; other Latin text is kept, other
    scripts fall back to Unidecode. ``language`` ("ru", "uk", "be") defaults to the one
    the letters point to."""
    if not text or not _OTHER_SCRIPT.search(text):
        return text or ""  # Latin already (the common case: fast)
    lang = language if language in ICAO_EXCEPTIONS or language == "ru" else None
    table = {**ICAO, **ICAO_EXCEPTIONS.get(lang or cyrillic_language(text), {})}
    # words keep their case pattern; apostrophes inside Cyrillic words are dropped
    return re.sub(r"[^\s\-]+", lambda m: _latin_word(m.group(0), table), text)


def _cyrillic_word(word: str) -> str:
    low = word.lower()
    out, i = [], 0
    while i < len(low):
        for pattern, cyr in _READING:
            m = pattern.match(low, i)
            if m and m.end() > i:
                out.append(_recase(word[i : m.end()], cyr))
                i = m.end()
                break
        else:
            out.append(word[i])
            i += 1
    text = "".join(out)
    return text.upper() if _all_caps(word) else text


def to_cyrillic(text: str) -> str:
    """A Cyrillic reading of a Latin name for Russian-speaking readers ("Müller" → "Мюллер")."""
    if not text:
        return ""
    return _WORDS.sub(
        lambda m: _cyrillic_word(m.group(0)) if has_latin(m.group(0)) else m.group(0), text
    )


def latin_form(text: str, language: str | None = None) -> str:
    """The Latin form of a name written in another script, or "" if it is Latin already."""
    if not text or is_latin(text):
        return ""
    latin = to_latin(text, language)
    return latin if latin != text else ""


def cyrillic_form(text: str) -> str:
    """The Cyrillic reading of a Latin name, or "" if it has no Latin letters."""
    if not text or not has_latin(text) or has_cyrillic(text):
        return ""
    return to_cyrillic(text)


def second_line(text: str, *, reverse: bool = False) -> str:
    """The smaller line under a name on a badge, or "" if none is needed: the Latin form of
    a name in another script; with ``reverse`` also the Cyrillic reading of a Latin name."""
    latin = latin_form(text)
    if latin:
        return latin
    return cyrillic_form(text) if reverse else ""


def reading(text: str, lang: str) -> str:
    """A name in the reader's script when it is written in another one, else "": the
    Cyrillic reading for a Russian reader, the Latin (passport) form for everyone else."""
    return cyrillic_form(text) if lang == "ru" else latin_form(text)


def for_reader(text: str, lang: str) -> str:
    """``text`` in the reader's script with the original beside it: «Мюллер (Müller)» for a
    Russian reader, "Parfenov (Парфёнов)" for everyone else."""
    shown = reading(text, lang)
    return f"{shown} ({text})" if shown else (text or "")


def _spell_word(word: str, table: dict[str, str]) -> str:
    out, i = [], 0
    while i < len(word):
        ch = word[i]
        prev = word[i - 1] if i else ""
        nxt = word[i + 1] if i + 1 < len(word) else ""
        ending = word[i:] + "$"
        if len(ending) == 3 and ending in table:  # -ий, -ый, French -ин: the word's end
            out.append(table[ending])
            break
        if (not prev or prev in CYRILLIC_VOWELS + "ьъ") and "^" + ch in table:
            out.append(table["^" + ch])
        elif prev and prev in "жчшщ" and "~" + ch in table:
            out.append(table["~" + ch])
        elif (
            prev
            and nxt
            and prev in CYRILLIC_VOWELS
            and nxt in CYRILLIC_VOWELS
            and f"V{ch}V" in table
        ):
            out.append(table[f"V{ch}V"])
        else:
            out.append(table.get(ch, ICAO.get(ch, "" if ch in APOSTROPHES else ch)))
        i += 1
    return "".join(out)


def spellings(text: str) -> dict[str, str]:
    """The Latin spellings of a Cyrillic name people may type, by system (lower case):
    "icao", "duden", "english", "scholarly", "french"; {} for a name without Cyrillic."""
    if not has_cyrillic(text):
        return {}
    low = text.lower()
    out = {"icao": to_latin(low)}
    for system, table in _SPELLINGS.items():
        out[system] = _WORDS.sub(lambda m, t=table: _spell_word(m.group(0), t), low)
    return out
