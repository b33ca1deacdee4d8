"""Finding guests by what staff type: names, organisation, email.

Matching ignores case and accents and works across scripts and spellings: every text is
folded to a phonetic-ish Latin key ("Парфёнова", "Parfenova" -> "parfenova"; "Müller",
"Mueller", "мюллер" -> "muler"). A name in Cyrillic is also found by the Latin spellings
people type for it (``translit.spellings``: the passport's, German — Jelzin, Tschaikowski —,
English — Yeltsin —, scholarly — Čajkovskij — and French — Tchaïkovski). Each query word
must start a word of the guest; a word that matches nothing is retried with one typo
allowed, and then by its consonants (a typo in a spelling of its own: "Chrustschow").

Results come best first: every query word a whole word of the guest, then words matched
as a beginning, then typos; guests that match equally well follow the reader's
alphabetical order (``checkin.collation``). A :class:`SearchIndex` is built once so that
a keystroke costs a few bisections.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache

from checkin import collation, translit
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
]
# The last steps, applied apart so that a typo can be guessed before them ("Sokoova").
_FINISH = [
    (re.compile(r"([a-z])\1+"), r"\1"),  # double letters
    (re.compile(r"i([aeou])"), r"\1"),  # я/ю/ё transliterated as ia/iu/io, Yuri/Juri/Iurii
]
_APOSTROPHES = re.compile(f"[{translit.APOSTROPHES}]")
_ALPHABET = "abcdefghiklmnoprstuvz"  # letters left after folding

# How well a query word matched a guest's word: lower is better.
WHOLE, BEGINNING, TYPO, SOUND = 0, 1, 2, 4
_VOWELS = re.compile(r"(?<=.)[aeiouh]+")  # vowels and h after the first letter


def skeleton(word: str) -> str:
    """The consonants of a search word, doubles once: "shcherbakova" -> "scrbkv"."""
    return re.sub(r"(.)\1+", r"\1", _VOWELS.sub("", word))


RANKED = 5_000  # more candidates than this (a letter or two typed): name order, no ranking


def fold(text: str) -> str:
    """Lower-case ASCII form of any text, accents and script removed ("Müller" -> "muller";
    Cyrillic by its passport spelling, "Парфёнова" -> "parfenova")."""
    text = text or ""
    if text.isascii():
        return text.casefold()
    text = translit.to_latin(text)  # Cyrillic (ICAO) and other scripts (Unidecode)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    if not stripped.isascii():
        stripped = translit.to_latin(stripped)  # letters NFKD leaves (ø, ł, ß …)
    return stripped.casefold()


def _raw_key(text: str) -> str:
    out = fold(_APOSTROPHES.sub("", text or "").replace("ß", "ss"))
    for pattern, replacement in _RULES:
        out = pattern.sub(replacement, out)
    return out.strip()


def _finish(text: str) -> str:
    for pattern, replacement in _FINISH:
        text = pattern.sub(replacement, text)
    return text


def key(text: str) -> str:
    """The phonetic-ish search key of a text: words separated by single spaces."""
    return _finish(_raw_key(text))


@lru_cache(maxsize=200_000)
def words(text: str) -> tuple[str, ...]:
    """The search words of a text (cached: names and organisations repeat)."""
    return tuple(key(text).split())


@lru_cache(maxsize=200_000)
def name_words(text: str) -> frozenset[str]:
    """The words a name is found by: its own and, for a Cyrillic name, those of the Latin
    spellings people type for it."""
    found = set(words(text))
    for spelling in translit.spellings(text).values():
        found.update(words(spelling))
    if _APOSTROPHES.search(text):  # O'Brien: also "o" and "brien"
        found.update(words(_APOSTROPHES.sub(" ", text)))
    return frozenset(found)


# The guest fields a guest is found by (the event file's search triggers watch these).
SEARCH_FIELDS = ("given_name", "family_name", "patronymic", "organisation", "email")


def guest_words(guest: Guest) -> set[str]:
    """The words a guest can be found by (from their SEARCH_FIELDS only)."""
    return field_words(*(getattr(guest, name) for name in SEARCH_FIELDS))


def field_words(
    given_name: str, family_name: str, patronymic: str, organisation: str, email: str
) -> set[str]:
    email = email.replace("@", " ").replace(".", " ") if email else ""
    found: set[str] = set()
    for name in (given_name, family_name, patronymic):
        if name:
            found |= name_words(name)
    for text in (organisation, email):
        if text:
            found.update(words(text))
    return found


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


class Matcher:
    """How a query is matched and ranked, over any index of guests' search words.

    An index answers a few questions about "positions" (whatever names a guest in it):
    which guests have a word starting with a prefix, which have a whole word, which sound
    alike, and their names' order. :class:`SearchIndex` keeps everything in memory (the
    desk); ``checkin.search_store.StoredIndex`` asks the event file (a command line run).
    Both rank with this one ``find``, so they give the same guests in the same order.
    """

    MIN_TYPO_LENGTH = 4  # shorter words are too ambiguous to guess a typo in
    MIN_SOUND_LENGTH = 5  # nor to match by their consonants
    BROAD = 20_000  # a word matching more (guest, word) pairs is tested guest by guest

    # -- what an index answers --------------------------------------------------------------
    def __len__(self) -> int:
        raise NotImplementedError

    def _count(self, prefix: str) -> int:
        """How many (guest, word) pairs start with ``prefix``."""
        raise NotImplementedError

    def _positions(self, prefix: str):
        """The guests with a word starting with ``prefix`` (None: too many to list)."""
        raise NotImplementedError

    def _whole(self, word: str):
        """The guests with ``word`` as a whole word."""
        raise NotImplementedError

    def _typo_hits(self, variant: str) -> tuple[set, Iterable]:
        """Guests with a word starting with ``variant``, and those with it whole."""
        return self._positions(variant), self._whole(variant)

    def _sound_positions(self, variant: str) -> set:
        """The guests with a word whose consonants (``skeleton``) start with ``variant``."""
        raise NotImplementedError

    def _prefix_test(self, prefix: str):
        """pos -> whether that guest has a word starting with ``prefix`` (broad words)."""
        raise NotImplementedError

    def _in_order(self, positions) -> list:
        """``positions`` in the reader's order of names."""
        raise NotImplementedError

    def _everyone(self):
        """Every position, in the reader's order of names."""
        raise NotImplementedError

    def _guests_at(self, positions: list) -> list[Guest]:
        raise NotImplementedError

    # -- matching ------------------------------------------------------------------------------
    def _fuzzy(self, word: str, raw: str = "") -> tuple[set, set]:
        """Guests with a word starting one typo away from ``word`` (or from ``raw``, the
        word before double letters were merged), and those of them with a whole word one
        typo away."""
        if len(word) < self.MIN_TYPO_LENGTH:
            return set(), set()
        found: set = set()
        whole: set = set()
        variants = _one_typo(word)
        if raw and raw != word:
            variants |= {_finish(v) for v in _one_typo(raw)} - {word}
        for variant in sorted(variants):
            if len(variant) >= len(word) - 1:
                starting, exact = self._typo_hits(variant)
                found |= starting
                whole.update(exact)
        return found, whole

    def _sounds_like(self, word: str) -> set:
        """Guests with a word whose consonants start like ``word``'s, one typo allowed."""
        sk = skeleton(word)
        if len(word) < self.MIN_SOUND_LENGTH or len(sk) < 3:
            return set()
        variants = {sk} | (_one_typo(sk) if len(sk) >= 4 else set())
        out: set = set()
        for variant in sorted(variants):
            if len(variant) >= len(sk) - 1:
                out |= self._sound_positions(variant)
        return out

    def _filters(self, qwords: list[tuple[str, str]]) -> list[tuple]:
        """Per query word: how many it matches, the word, the guests it matches (None: too
        many to list, tested guest by guest), whether by a typo, and the guests with a
        whole word one typo away. The most selective first."""
        filters = []
        for w, raw in qwords:
            count = self._count(w)
            if count == 0:
                guessed, whole = self._fuzzy(w, raw)
                if not guessed:
                    guessed = self._sounds_like(w)
                    if not guessed:
                        return []
                    filters.append((len(guessed), w, guessed, True, None))
                    continue
                filters.append((len(guessed), w, guessed, True, whole))
            elif count <= self.BROAD:
                filters.append((count, w, self._positions(w), False, None))
            else:
                filters.append((count, w, self._positions(w) if self.LISTS_BROAD else None,
                                False, None))  # fmt: skip
        return sorted(filters, key=lambda f: f[0])

    LISTS_BROAD = False  # an index that lists the guests of a broad word at little cost

    def find(self, query: str, limit: int | None = 50) -> list[Guest]:
        """Guests with, for every query word, a word starting with it (or one typo away),
        best matches first."""
        raw = _raw_key(query).split()
        qwords = list(dict(zip((_finish(w) for w in raw), raw, strict=True)).items())
        if not qwords:
            everyone = self._everyone()
            return self._guests_at(list(everyone[:limit] if limit else everyone))
        filters = self._filters(qwords)
        if not filters:
            return []
        count, _, driver, typo, _ = filters[0]
        # every word common: walk all guests in name order
        if not typo and count > self.BROAD:
            candidates = self._everyone() if driver is None else self._in_order(driver)
            ranked = len(self) <= RANKED
        else:
            candidates = self._in_order(driver)
            ranked = len(candidates) <= RANKED
        checks = []
        for _, w, positions, typo, whole_typo in filters:
            has = positions.__contains__ if positions is not None else self._prefix_test(w)
            checks.append((has, typo, whole_typo, None if typo else self._whole(w)))
        found: list[tuple[int, int, object]] = []
        for order, pos in enumerate(candidates):
            score = 0
            for has, typo, whole_typo, whole in checks:
                if not has(pos):
                    break
                if typo:
                    score += SOUND if whole_typo is None else TYPO + (pos not in whole_typo)
                else:
                    score += WHOLE if pos in whole else BEGINNING
            else:
                found.append((score, order, pos))
                if not ranked and limit and len(found) >= limit:
                    break
        found.sort(key=lambda f: f[:2])
        return self._guests_at([pos for _, _, pos in (found[:limit] if limit else found)])


class SearchIndex(Matcher):
    """Guests folded once, in memory; ``find(query)`` returns matching guests, best first.

    ``lang`` is the reader's language: it orders guests that match equally well (and
    the list for an empty query) as the reader's lists are ordered. A position is a
    guest's place in that order.
    """

    def __init__(self, guests: Iterable[Guest], lang: str = "de"):
        self.lang = lang
        self.guests: list[Guest] = collation.sort_guests(guests, lang)
        self._words: list[frozenset[str]] = []
        postings: dict[str, list[int]] = {}
        for pos, guest in enumerate(self.guests):
            gw = frozenset(guest_words(guest))
            self._words.append(gw)
            for w in gw:
                postings.setdefault(w, []).append(pos)
        self._vocabulary: list[str] = sorted(postings)
        self._postings: list[list[int]] = [postings[w] for w in self._vocabulary]
        self._exact = postings
        self._cumulative = [0]
        for plist in self._postings:
            self._cumulative.append(self._cumulative[-1] + len(plist))
        by_skeleton: dict[str, list[int]] = {}  # skeleton -> vocabulary indices
        for index, w in enumerate(self._vocabulary):
            by_skeleton.setdefault(skeleton(w), []).append(index)
        self._skeletons = sorted(by_skeleton)
        self._skeleton_words = [by_skeleton[k] for k in self._skeletons]

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
        lo, hi = self._prefix_range(prefix)
        return self._cumulative[hi] - self._cumulative[lo]

    def _whole(self, word: str) -> set[int]:
        return set(self._exact.get(word, ()))

    def _sound_positions(self, variant: str) -> set[int]:
        lo = bisect_left(self._skeletons, variant)
        hi = bisect_left(self._skeletons, variant + "\x7f", lo)
        out: set[int] = set()
        for indices in self._skeleton_words[lo:hi]:
            for index in indices:
                out.update(self._postings[index])
        return out

    def _prefix_test(self, prefix: str):
        words = self._words
        return lambda pos: any(x.startswith(prefix) for x in words[pos])

    def _in_order(self, positions) -> list[int]:
        return sorted(positions)

    def _everyone(self) -> range:
        return range(len(self.guests))

    def _guests_at(self, positions: list[int]) -> list[Guest]:
        return [self.guests[pos] for pos in positions]


def search(
    guests: list[Guest], query: str, limit: int | None = None, lang: str = "de"
) -> list[Guest]:
    """Guests matching every word of the query, best first (one-off; build a SearchIndex
    to repeat)."""
    return SearchIndex(guests, lang).find(query, limit)
