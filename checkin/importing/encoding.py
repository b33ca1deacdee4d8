"""Turn the bytes of a text guest list into text: BOMs first, then UTF-8, then a detector.

Lists arrive as UTF-8 (with or without BOM), as Excel's "Unicode text" (UTF-16 with BOM),
and from German or Russian Windows machines as Windows-1252 or Windows-1251. Guessing
between the last two by hand goes wrong, so we ask charset-normalizer, limited to the
encodings such lists really come in.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from charset_normalizer import from_bytes

# What a guest list written on an office PC can be in, besides UTF-8/UTF-16.
CANDIDATES = ["cp1252", "cp1251", "utf_16", "koi8_r", "cp866", "iso8859_15", "mac_roman"]
_SAMPLE = 256 * 1024


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # a Python codec name, e.g. "utf-8-sig", "cp1251"
    notes: list[tuple[str, dict]] = field(default_factory=list)  # (key, params) for the report


class NotText(ValueError):
    """The bytes are not text in any encoding a guest list comes in."""


def _looks_binary(text: str) -> bool:
    """Many control characters (NUL too) at the start: an image, an archive, a program.
    A stray one is not binary: the reader refuses a NUL and removes the others, anywhere."""
    sample = text[:20000]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\r\n\f")
    return controls > max(len(sample) * 0.01, 2)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without BOM: NUL bytes, and line breaks and delimiters in one byte order."""
    sample = data[:4000]
    if b"\x00" not in sample:
        return None
    sample = sample[: len(sample) // 2 * 2]
    best, best_score = None, 0
    for codec in ("utf-16-le", "utf-16-be"):
        text = sample.decode(codec, errors="replace")
        score = sum(text.count(ch) for ch in "\n\t,; ")
        if score > best_score and text.count("\ufffd") < 3:
            best, best_score = codec, score
    return best


def decode(data: bytes) -> Decoded:
    """Decode ``data``; raise NotText for binary data."""
    if data.startswith(codecs.BOM_UTF8):
        return _checked(data.decode("utf-8-sig", errors="replace"), "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(data.decode("utf-16", errors="replace"), "utf-16")
    guessed = _utf16_without_bom(data)
    if guessed:
        return _checked(data.decode(guessed, errors="replace"), guessed)
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mixed = _mixed(data)
    if mixed is not None:
        return mixed
    encoding = _detect(data)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        # The sample misled the detector: ask again with the whole file.
        encoding = _detect(data, whole=True)
        text = data.decode(encoding, errors="replace")
    return _checked(text, encoding)


# Office PCs in Germany and Russia write these; the rest are candidates only when they
# read clearly better (an old Mac list, a KOI8 mail attachment).
_USUAL = {"cp1252", "cp1251"}


def _detect(data: bytes, *, whole: bool = False) -> str:
    sample = data if whole else _non_ascii_sample(data)
    matches = list(from_bytes(sample, cp_isolation=CANDIDATES))  # best first
    if not matches:
        raise NotText("no encoding fits")
    # On a short list several encodings read equally clean (charset-normalizer 3.5 rates
    # "Köln" in Mac Roman as good as in Windows-1252): then a usual one wins, in the
    # detector's own order.
    cleanest = min(m.chaos for m in matches)
    for match in matches:
        if match.chaos <= cleanest + 0.02 and codecs.lookup(match.encoding).name in _USUAL:
            return match.encoding
    return matches[0].encoding


def _non_ascii_sample(data: bytes) -> bytes:
    """The lines that carry non-ASCII bytes are the ones that tell encodings apart."""
    if len(data) <= _SAMPLE:
        return data
    lines = [line for line in data.splitlines() if any(b > 127 for b in line)]
    return b"\n".join(lines)[:_SAMPLE] or data[:_SAMPLE]


def _checked(text: str, encoding: str) -> Decoded:
    if _looks_binary(text):
        raise NotText("control characters")
    return Decoded(text, encoding)


def _mixed(data: bytes) -> Decoded | None:
    """UTF-8 with some lines in a legacy encoding (two lists pasted into one file): each
    line as what it is, and the report names the lines that were not UTF-8."""
    lines = data.split(b"\n")
    legacy: list[int] = []
    utf8 = 0
    for number, line in enumerate(lines, start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8 += 1
        except UnicodeDecodeError:
            legacy.append(number)
    if not utf8 or not legacy:
        return None
    try:
        encoding = _detect(b"\n".join(lines[n - 1] for n in legacy), whole=True)
    except NotText:
        encoding = "cp1252"
    others = set(legacy)
    text = "\n".join(
        line.decode(encoding, errors="replace") if number in others else line.decode("utf-8")
        for number, line in enumerate(lines, start=1)
    )
    note = ("mixed_encoding", {"encoding": encoding, "lines": legacy[:5], "count": len(legacy)})
    decoded = _checked(text, f"utf-8 + {encoding}")
    return Decoded(decoded.text, decoded.encoding, [note])
