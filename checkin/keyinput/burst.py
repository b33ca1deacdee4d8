"""Tell a barcode scanner from a person by the timing of keystrokes.

A keyboard-wedge scanner "types" a whole code in a few milliseconds per key and ends it
with Enter or Tab; people leave far longer gaps between keys. The detector is fed one key
at a time with its arrival time and says when a burst has been completed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

ENTER, TAB = "\n", "\t"
TERMINATORS = frozenset({ENTER, TAB})


class Step(Enum):
    TYPING = "typing"  # an ordinary key: nothing to do
    STARTED = "started"  # this key may begin a burst: remember what the field held before it
    CONTINUES = "continues"  # this key came at scanner speed after the previous one
    SCAN = "scan"  # a terminator ended a burst: the buffered text is a scan


@dataclass(frozen=True)
class Verdict:
    step: Step
    text: str = ""  # the scanned text, for Step.SCAN
    # For Step.SCAN: keys typed shortly before the burst (a scanner that stalled for a
    # moment, or a person). The caller may try ``prefix + text`` as the real scan.
    prefix: str = ""
    chained: bool = False  # for Step.STARTED: this start follows the last keys closely

    @property
    def is_scan(self) -> bool:
        return self.step is Step.SCAN


@dataclass
class BurstDetector:
    """Feed keys with ``feed(key, at_ms)``; a burst is ``min_length`` printable keys each
    at most ``max_gap_ms`` after the one before, ended by Enter or Tab within the same gap."""

    max_gap_ms: float = 40.0
    min_length: int = 6
    hiccup_ms: float = 250.0  # a pause this short keeps earlier keys as a possible prefix
    max_prefix: int = 40
    _buffer: list[str] = field(default_factory=list)
    _prefix: list[str] = field(default_factory=list)
    _last_ms: float | None = None

    def reset(self) -> None:
        self._buffer.clear()
        self._prefix.clear()
        self._last_ms = None

    @property
    def pending(self) -> str:
        """The keys of the burst being collected (empty when none)."""
        return "".join(self._buffer)

    def feed(self, key: str, at_ms: float) -> Verdict:
        """One key: a printable character, ENTER or TAB; anything else is ``other()``."""
        gap = None if self._last_ms is None else at_ms - self._last_ms
        fast = gap is not None and 0 <= gap <= self.max_gap_ms
        self._last_ms = at_ms
        if key in TERMINATORS:
            text, prefix = "".join(self._buffer), "".join(self._prefix)
            self._buffer.clear()
            self._prefix.clear()
            self._last_ms = None
            if fast and len(text) >= self.min_length:
                return Verdict(Step.SCAN, text, prefix)
            return Verdict(Step.TYPING)
        if len(key) != 1 or not key.isprintable():
            return self.other()
        if fast and self._buffer:
            self._buffer.append(key)
            return Verdict(Step.CONTINUES)
        chained = bool(self._buffer) and gap is not None and 0 <= gap <= self.hiccup_ms
        if chained:
            self._prefix.extend(self._buffer)
            del self._prefix[: -self.max_prefix]
        else:
            self._prefix.clear()
        self._buffer[:] = [key]
        return Verdict(Step.STARTED, chained=chained)

    def would_complete(self, at_ms: float) -> bool:
        """Whether Enter or Tab at ``at_ms`` would end a burst (asked before shortcuts run)."""
        fast = self._last_ms is not None and 0 <= at_ms - self._last_ms <= self.max_gap_ms
        return fast and len(self._buffer) >= self.min_length

    def would_continue(self, at_ms: float) -> bool:
        """Whether a printable key at ``at_ms`` would continue the burst being collected."""
        fast = self._last_ms is not None and 0 <= at_ms - self._last_ms <= self.max_gap_ms
        return fast and bool(self._buffer)

    def other(self) -> Verdict:
        """A key that cannot be part of a scan (arrows, Backspace, shortcuts): start over."""
        self.reset()
        return Verdict(Step.TYPING)


def detect(keys: list[tuple[str, float]], **options) -> list[str]:
    """All scans in a recorded key stream of ``(key, at_ms)`` pairs (for tests and replays)."""
    detector = BurstDetector(**options)
    return [v.text for v in (detector.feed(k, t) for k, t in keys) if v.is_scan]
