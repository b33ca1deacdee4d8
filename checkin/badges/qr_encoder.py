"""QR codes for badge codes, made in Python at twice zxing-cpp's speed (ISO/IEC 18004).

A badge code is short upper-case text: QR versions 1–3 at error correction level M hold
it in alphanumeric mode, in one Reed–Solomon block. Everything that does not depend on
the code — function patterns, format information, the eight masks, where each bit of
each codeword lands and what it changes in the error correction — is worked out once per
version. A code is then a few dozen XORs of integers that hold the whole symbol (one bit
a module), and the eight masks are scored with shifts over all rows and columns at once
using the standard's four penalty rules, the lowest score winning (the first on a tie),
as zxing-cpp's encoder does: both give the same symbol, module for module.

``encode`` returns None for text it does not cover (``qr.symbol`` then asks zxing-cpp).
"""

from __future__ import annotations

import re
from functools import cache

ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_VALUE = {ch: i for i, ch in enumerate(ALPHANUMERIC)}
# Version: (data codewords, error correction codewords) at level M, one block each.
_CODEWORDS = {1: (16, 10), 2: (28, 16), 3: (44, 26)}
_ALIGNMENT = {1: None, 2: 18, 3: 22}  # the one alignment pattern's centre (row = column)
# Only alphanumeric text, and no run of digits an encoder might put in numeric mode (nor
# only digits: that is numeric mode).
_COVERED = re.compile(rf"[{re.escape(ALPHANUMERIC)}]+")
_LONG_DIGIT_RUN = re.compile(r"\d{6}")
_MASKS = (
    lambda y, x: (y + x) % 2 == 0,
    lambda y, x: y % 2 == 0,
    lambda y, x: x % 3 == 0,
    lambda y, x: (y + x) % 3 == 0,
    lambda y, x: (y // 2 + x // 3) % 2 == 0,
    lambda y, x: (y * x) % 2 + (y * x) % 3 == 0,
    lambda y, x: ((y * x) % 2 + (y * x) % 3) % 2 == 0,
    lambda y, x: ((y + x) % 2 + (y * x) % 3) % 2 == 0,
)


def encode(text: str) -> tuple[int, int] | None:
    """(modules per side, the rows as image-mask bits: 1 for dark, each row padded to
    whole bytes, the top row first) of the QR code of ``text``, or None."""
    if not _COVERED.fullmatch(text) or _LONG_DIGIT_RUN.search(text) or text.isdigit():
        return None
    for version, (data, _ec) in _CODEWORDS.items():
        if 13 + (11 * len(text) + 1) // 2 <= 8 * data:  # header and characters fit
            return _Version.of(version).symbol(text)
    return None


# -- Reed–Solomon over GF(256) (x^8 + x^4 + x^3 + x^2 + 1) ---------------------------------
_EXP = [0] * 512
_LOG = [0] * 256
_value = 1
for _i in range(255):
    _EXP[_i] = _EXP[_i + 255] = _value
    _LOG[_value] = _i
    _value <<= 1
    if _value & 0x100:
        _value ^= 0x11D


def _mul(a: int, b: int) -> int:
    return _EXP[_LOG[a] + _LOG[b]] if a and b else 0


def _generator(degree: int) -> list[int]:
    """The generator polynomial's coefficients below the leading 1, highest first."""
    poly = [1]
    for i in range(degree):
        poly = [c ^ _mul(p, _EXP[i]) for c, p in zip([*poly, 0], [0, *poly], strict=True)]
    return poly[1:]


def _unit_remainders(data: int, degree: int) -> list[list[int]]:
    """The error correction codewords of a codeword 1 at each data position (first one
    first): the code is linear, so any data's are sums of multiples of these."""
    gen = _generator(degree)
    rest = list(gen)  # 1 in the last position: x^degree mod g
    out = [rest]
    for _ in range(data - 1):  # one position earlier: times x, mod g
        lead, shifted = rest[0], [*rest[1:], 0]
        rest = [r ^ _mul(g, lead) for r, g in zip(shifted, gen, strict=True)]
        out.append(rest)
    return out[::-1]


def _bits(version: int, text: str) -> list[int]:
    """The data codewords: mode, count, characters in pairs, terminator, padding."""
    data, _ec = _CODEWORDS[version]
    stream = [(0b0010, 4), (len(text), 9)]
    for i in range(0, len(text) - 1, 2):
        stream.append((45 * _VALUE[text[i]] + _VALUE[text[i + 1]], 11))
    if len(text) % 2:
        stream.append((_VALUE[text[-1]], 6))
    value = length = 0
    for bits, width in stream:
        value, length = (value << width) | bits, length + width
    terminator = min(4, 8 * data - length)
    value, length = value << terminator, length + terminator
    value, length = value << (-length % 8), length + (-length % 8)
    out = list(value.to_bytes(length // 8, "big"))
    pads = (0xEC, 0x11)
    out += [pads[i % 2] for i in range(data - len(out))]
    return out


class _Version:
    """What every symbol of one version has in common, as bits of two integers laid over
    each other: the rows (row r from bit r·stride) and the columns (transposed, above
    them), each row followed by four light guard modules."""

    @staticmethod
    @cache
    def of(version: int) -> _Version:
        return _Version(version)

    def __init__(self, version: int):
        self.version = version
        n = self.n = 17 + 4 * version
        stride = self.stride = n + 4
        self.columns_at = n * stride
        row_all = sum(((1 << n) - 1) << (r * stride) for r in range(n))
        self.rows_valid = row_all
        self.valid = row_all | (row_all << self.columns_at)
        dark, function = self._function_patterns()
        self.data_codewords, ec = _CODEWORDS[version]
        places = self._placement(function)
        assert len(places) >= (self.data_codewords + ec) * 8
        data_area = [(y, x) for y in range(n) for x in range(n) if (y, x) not in function]
        self.bases = [
            self._modules(dark | self._format(mask))
            | self._modules(p for p in data_area if test(*p))
            for mask, test in enumerate(_MASKS)
        ]
        # What bit b (0 = last) of data codeword i changes when set: its own module and
        # the modules of the error correction codewords it changes.
        self._bit_effects = []
        for i, unit in enumerate(_unit_remainders(self.data_codewords, ec)):
            effects = []
            for b in range(8):
                changed = {places[i * 8 + 7 - b]}
                for j, coefficient in enumerate(unit):
                    byte = _mul(coefficient, 1 << b)
                    changed |= {places[(self.data_codewords + j) * 8 + 7 - c]
                                for c in range(8) if byte >> c & 1}  # fmt: skip
                effects.append(self._modules(changed))
            self._bit_effects.append(effects)
        self._by_byte: dict[int, int] = {}

    # -- the parts every symbol shares ------------------------------------------------------
    def _function_patterns(self) -> tuple[set, set]:
        """(dark modules, all function modules) as (row, column) pairs."""
        n, dark, function = self.n, set(), set()

        def square(top, left, size, light_inside):
            for y in range(top, top + size):
                for x in range(left, left + size):
                    ring = max(abs(y - (top + size // 2)), abs(x - (left + size // 2)))
                    function.add((y, x))
                    if ring not in light_inside:
                        dark.add((y, x))

        for top, left in ((0, 0), (0, n - 7), (n - 7, 0)):
            square(top, left, 7, {2})
            for y in range(top - 1, top + 8):  # separators
                for x in range(left - 1, left + 8):
                    if 0 <= y < n and 0 <= x < n:
                        function.add((y, x))
        centre = _ALIGNMENT[self.version]
        if centre is not None:
            square(centre - 2, centre - 2, 5, {1})
        for i in range(8, n - 8):  # timing patterns
            function |= {(6, i), (i, 6)}
            if i % 2 == 0:
                dark |= {(6, i), (i, 6)}
        dark.add((4 * self.version + 9, 8))  # the dark module
        function |= set(self._format_places())
        function.add((4 * self.version + 9, 8))
        return dark, function

    def _format_places(self) -> list[tuple[int, int]]:
        """Where bit 0 … 14 of the format information goes (each bit has two places)."""
        n = self.n
        first = [(i, 8) for i in range(6)] + [(7, 8), (8, 8), (8, 7)]
        first += [(8, 5 - i) for i in range(6)]
        second = [(8, n - 1 - i) for i in range(8)] + [(n - 7 + i, 8) for i in range(7)]
        return first + second

    def _format(self, mask: int) -> set:
        value = mask << 10  # level M is 00
        for i in range(4, -1, -1):  # BCH (15, 5)
            if value & (1 << (i + 10)):
                value ^= 0x537 << i
        bits = ((mask << 10) | value) ^ 0x5412
        places = self._format_places()
        return {places[i] for i in range(15) if bits >> i & 1} | {
            places[15 + i] for i in range(15) if bits >> i & 1
        }

    def _placement(self, function: set) -> list[tuple[int, int]]:
        """The modules codeword bits go to, in order (two columns at a time, zigzag)."""
        n, out, upward = self.n, [], True
        right = n - 1
        while right > 0:
            if right == 6:  # the vertical timing pattern
                right -= 1
            rows = range(n - 1, -1, -1) if upward else range(n)
            for y in rows:
                for x in (right, right - 1):
                    if (y, x) not in function:
                        out.append((y, x))
            upward = not upward
            right -= 2
        return out

    def _modules(self, cells) -> int:
        n, stride, top = self.n, self.stride, self.columns_at
        value = 0
        for y, x in cells:
            value |= 1 << (y * stride + n - 1 - x) | 1 << (top + x * stride + n - 1 - y)
        return value

    # -- one symbol ---------------------------------------------------------------------------
    def _data(self, codewords: list[int]) -> int:
        out, by_byte, effects = 0, self._by_byte, self._bit_effects
        for i, byte in enumerate(codewords):
            key = i << 8 | byte
            part = by_byte.get(key)
            if part is None:
                part = 0
                for b in range(8):
                    if byte >> b & 1:
                        part ^= effects[i][b]
                by_byte[key] = part
            out ^= part
        return out

    def symbol(self, text: str) -> tuple[int, int]:
        data = self._data(_bits(self.version, text))
        best = min(range(8), key=lambda m: (self.penalty(self.bases[m] ^ data), m))
        grid = self.bases[best] ^ data
        n, stride, row = self.n, self.stride, (1 << self.n) - 1
        pad = -n % 8
        mask = 0
        for r in range(n):
            mask = mask << (n + pad) | (grid >> (r * stride) & row) << pad
        return n, mask

    def penalty(self, grid: int) -> int:
        """The standard's score of a masked symbol (rows and columns at once)."""
        n, s = self.n, self.stride
        dark, light = grid, grid ^ self.valid
        score = 0
        for p in (dark, light):  # rule 1: five or more alike in a row: 3, +1 for each more
            five = p & p >> 1 & p >> 2 & p >> 3 & p >> 4
            score += five.bit_count() + 2 * (five & ~(five << 1)).bit_count()
        rows = grid & self.rows_valid  # rule 2: 2 × 2 alike: 3 each
        rows_light = rows ^ self.rows_valid
        block = (rows & rows >> 1 & rows >> s & rows >> (s + 1)) | (
            rows_light & rows_light >> 1 & rows_light >> s & rows_light >> (s + 1)
        )
        score += 3 * block.bit_count()
        # rule 3: dark-light-dark×3-light-dark with four light (or the edge) on one side: 40
        core = dark & light >> 1 & dark >> 2 & dark >> 3 & dark >> 4 & light >> 5 & dark >> 6
        if core:
            before = ~(dark << 1 | dark << 2 | dark << 3 | dark << 4)
            after = ~(dark >> 7 | dark >> 8 | dark >> 9 | dark >> 10)
            score += 40 * (core & (before | after)).bit_count()
        share = 100.0 * rows.bit_count() / (n * n)  # rule 4: dark share away from half
        return score + 10 * int(abs(share - 50.0) / 5.0)
