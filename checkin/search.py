"""Finding guests by what staff type: names, organisation, email.

Matching ignores case and accents and works across scripts: the query and every guest
field are folded to the same phonetic-ish Latin key ("Парфёнова", "Parfenova" ->
"parfenova"; "Müller", "Mueller", "мюллер" -> "muler"). Each query word must start a
word of the guest; a word that matches nothing is retried with one typo allowed.
A :class:`SearchIndex` is built once so that a keystroke costs a few bisections; a one-off
search over words kept in the event file (``search_keys.py``) goes through :class:`Haystack`.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import accumulate

from unidecode import unidecode

from checkin.models import Guest

# Spellings that transliterations and German orthography use for the same sound.
_RULES = [
    (re.compile(r"[^a-z0-9]+"), " "),
    (re.compile(r"sch"), "sh"),
    (re.compile(r"tz"), "ts"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"c(?!h)"), "k"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"w"), "v"),
    (re.compile(r"[yj]"), "i"),
    (re.compile(r"([aou])e"), r"\1"),  # ae/oe/ue: umlauts spelt out
    (re.compile(r"([a-z])\1+"), r"\1"),  # double letters
    (re.compile(r"i([aeou])"), r"\1"),  # я/ю/ё transliterated as ia/iu/io, Yuri/Juri/Iurii
]
_CYRILLIC_FIRST = str.maketrans({"ё": "е", "Ё": "Е", "й": "и", "Й": "И", "ъ": "", "ь": ""})
_ALPHABET = "abcdefghiklmnoprstuvz"  # letters left after folding


def fold(text: str) -> str:
    """Lower-case ASCII form of any text, accents and script removed ("Müller" -> "muller")."""
    text = text or ""
    if text.isascii():
        return text.casefold()
    text = text.translate(_CYRILLIC_FIRST)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unidecode(stripped).casefold()


def key(text: str) -> str:
    """The phonetic-ish search key of a text: words separated by single spaces."""
    out = fold(text.replace("ß", "ss"))
    for pattern, replacement in _RULES:
        out = pattern.sub(replacement, out)
    return out.strip()


_SEPARATOR = "\x00"  # between texts in keys_of: no rule matches across it
_FIRST_RULE = re.compile(r"[^a-z0-9\x00]+")


def keys_of(texts: Sequence[str]) -> list[str]:
    """``[key(t) for t in texts]``, a few times faster: each folding step runs once over
    all texts joined. fold() maps character by character (translate, decompose, drop
    accents, transliterate, case-fold) and no rule matches across the separator."""
    if not texts:
        return []
    big = _SEPARATOR.join(texts).replace("ß", "ss")
    if not big.isascii():
        decomposed = unicodedata.normalize("NFKD", big.translate(_CYRILLIC_FIRST))
        table = {
            ord(ch): None if unicodedata.combining(ch) else unidecode(ch)
            for ch in set(decomposed)
            if not ch.isascii()
        }
        big = decomposed.translate(table)
    big = _FIRST_RULE.sub(" ", big.casefold())
    for pattern, replacement in _RULES[1:]:
        big = pattern.sub(replacement, big)
    out = big.split(_SEPARATOR)
    if len(out) != len(texts):  # a separator in a text after all: one at a time
        return [key(t) for t in texts]
    return [text.strip() for text in out]


@lru_cache(maxsize=200_000)
def words(text: str) -> tuple[str, ...]:
    """The search words of a text (cached: names and organisations repeat)."""
    return tuple(key(text).split())


# The fields a guest is found by, in the order search_text() takes them.
SEARCH_FIELDS = ("given_name", "family_name", "patronymic", "organisation", "email")


def search_text(given: str, family: str, patronymic: str, organisation: str, email: str) -> str:
    """The text a guest is found by, before folding."""
    email = email.replace("@", " ").replace(".", " ") if email else ""
    return " ".join(p for p in (given, family, patronymic, organisation, email) if p)


def guest_text(guest: Guest) -> str:
    return search_text(*(getattr(guest, name) for name in SEARCH_FIELDS))


def guest_words(guest: Guest) -> set[str]:
    """The words a guest can be found by (one folding pass over all searchable fields)."""
    return set(key(guest_text(guest)).split())


def haystack(guest: Guest) -> str:
    return " ".join(sorted(guest_words(guest)))


def _one_typo(word: str) -> set[str]:
    """Every string one deletion, substitution, insertion or transposition away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in _ALPHABET}
    out |= {a + c + b for a, b in splits for c in _ALPHABET}
    out.discard(word)
    return {w for w in out if len(w) >= 2}


MIN_TYPO_LENGTH = 4  # shorter words are too ambiguous to guess a typo in


class SearchIndex:
    """Guests folded once; ``find(query)`` returns matching guests, best first.

    ``keys`` (guest id -> its key text, as ``search_keys.py`` keeps them) spares folding.
    """

    MIN_TYPO_LENGTH = MIN_TYPO_LENGTH
    BROAD = 20_000  # a word matching more (guest, word) pairs is tested guest by guest

    def __init__(self, guests: Iterable[Guest], keys: dict[int, str] | None = None):
        self.guests: list[Guest] = sorted(guests, key=lambda g: (g.sort_key, g.id))
        keys = dict(keys or {})
        missing = [g for g in self.guests if g.id not in keys]
        for guest, folded in zip(missing, keys_of([guest_text(g) for g in missing]), strict=True):
            keys[guest.id] = folded
        self._words: list[frozenset[str]] = []
        postings: dict[str, list[int]] = {}
        for pos, guest in enumerate(self.guests):
            gw = frozenset(keys[guest.id].split())
            self._words.append(gw)
            for w in gw:
                postings.setdefault(w, []).append(pos)
        self._vocabulary: list[str] = sorted(postings)
        self._postings: list[list[int]] = [postings[w] for w in self._vocabulary]
        self._cumulative = [0]
        for plist in self._postings:
            self._cumulative.append(self._cumulative[-1] + len(plist))

    def __len__(self) -> int:
        return len(self.guests)

    def _prefix_range(self, prefix: str) -> tuple[int, int]:
        lo = bisect_left(self._vocabulary, prefix)
        hi = bisect_left(self._vocabulary, prefix + "\x7f", lo)
        return lo, hi

    def _positions(self, prefix: str) -> set[int]:
        lo, hi = self._prefix_range(prefix)
        out: set[int] = set()
        for postings in self._postings[lo:hi]:
            out.update(postings)
        return out

    def _count(self, prefix: str) -> int:
        """How many (guest, word) pairs start with ``prefix``."""
        lo, hi = self._prefix_range(prefix)
        return self._cumulative[hi] - self._cumulative[lo]

    def _fuzzy(self, word: str) -> set[int]:
        """Guests with a word starting one typo away from ``word``."""
        if len(word) < self.MIN_TYPO_LENGTH:
            return set()
        out: set[int] = set()
        for variant in _one_typo(word):
            if len(variant) >= len(word) - 1:
                out |= self._positions(variant)
        return out

    def find(self, query: str, limit: int | None = 50) -> list[Guest]:
        """Guests with, for every query word, a word starting with it (or one typo away)."""
        qwords = list(dict.fromkeys(words(query)))
        if not qwords:
            return self.guests[:limit] if limit else list(self.guests)
        # Each word becomes a filter: a set of positions when it is selective (or a typo
        # guess), else a per-guest prefix test. The most selective one drives the loop.
        filters: list[tuple[int, str, set[int] | None]] = []
        for w in qwords:
            count = self._count(w)
            if count == 0:
                guessed = self._fuzzy(w)
                if not guessed:
                    return []
                filters.append((len(guessed), w, guessed))
            elif count <= self.BROAD:
                filters.append((count, w, self._positions(w)))
            else:
                filters.append((count, w, None))
        filters.sort(key=lambda f: f[0])
        driver = filters[0][2]
        if driver is not None:
            candidates = sorted(driver)
            filters = filters[1:]
        else:
            candidates = range(len(self.guests))  # every word is common: walk in name order
        out: list[int] = []
        all_words = self._words
        for pos in candidates:
            for _, w, positions in filters:
                if positions is not None:
                    if pos not in positions:
                        break
                elif not any(gw.startswith(w) for gw in all_words[pos]):
                    break
            else:
                out.append(pos)
                if limit and len(out) >= limit:
                    break
        return [self.guests[p] for p in out]


class Haystack:
    """Key texts searched once, without an index: what a one-off search needs.

    ``find(query)`` gives the positions in ``keys`` that SearchIndex.find would give for
    the same guests (each query word starts a word of the text, or does with one typo).
    """

    def __init__(self, keys: Sequence[str]):
        # " words\n" per text: every word follows a space, so a prefix is a plain find
        self._text = "".join(f" {k}\n" for k in keys)
        # where each text starts, to turn a match's offset into its position in keys
        self._starts = [0, *accumulate(len(k) + 2 for k in keys)][:-1] if keys else []
        self._vocabulary: list[str] | None = None

    def _with_prefix(self, prefix: str) -> set[int]:
        text, starts, needle, out = self._text, self._starts, " " + prefix, set()
        at = text.find(needle)
        while at != -1:
            out.add(bisect_right(starts, at) - 1)
            at = text.find(needle, at + 1)
        return out

    def _fuzzy(self, word: str) -> set[int]:
        if len(word) < MIN_TYPO_LENGTH:
            return set()
        if self._vocabulary is None:
            self._vocabulary = sorted(set(self._text.split()))
        vocabulary, out = self._vocabulary, set()
        for variant in _one_typo(word):
            if len(variant) >= len(word) - 1:
                lo = bisect_left(vocabulary, variant)
                if lo < len(vocabulary) and vocabulary[lo].startswith(variant):
                    out |= self._with_prefix(variant)
        return out

    def find(self, query: str) -> set[int]:
        qwords = list(dict.fromkeys(words(query)))
        if not qwords:
            return set(range(len(self._starts)))
        found: set[int] | None = None
        for w in qwords:
            hits = self._with_prefix(w) or self._fuzzy(w)
            found = hits if found is None else found & hits
            if not found:
                return set()
        return found


def search(guests: list[Guest], query: str, limit: int | None = None) -> list[Guest]:
    """Guests matching every word of the query (one-off; build a SearchIndex to repeat)."""
    return SearchIndex(guests).find(query, limit)
