"""A code held in front of the camera counts once; a different code counts at once."""

from __future__ import annotations


class Debouncer:
    """Lets a code through when it was not in view during the last ``hold`` seconds.

    Every sighting refreshes the code's timestamp, so a badge held still for a minute is
    one scan; taken away and shown again after ``hold`` seconds it is a new scan (which the
    desk then reports as "already checked in").
    """

    def __init__(self, hold: float = 2.0):
        self.hold = hold
        self._last_seen: dict[str, float] = {}

    def accept(self, code: str, now: float) -> bool:
        previous = self._last_seen.get(code)
        self._last_seen[code] = now
        self._forget_before(now - 10 * self.hold)
        return previous is None or now - previous > self.hold

    def _forget_before(self, cutoff: float) -> None:
        if len(self._last_seen) > 64:
            self._last_seen = {c: t for c, t in self._last_seen.items() if t >= cutoff}
