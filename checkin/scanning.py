"""From what a scanner typed to a check-in: repair the keyboard layout, then check in.

No guest may be turned away because the desk's keyboard layout garbled the scan: every
reading of the keystrokes is tried and the code's signature picks the real one.
"""

from __future__ import annotations

from dataclasses import dataclass

from checkin import checkins, codes, guests
from checkin.checkins import CheckinResult
from checkin.event import Event
from checkin.keyinput.layouts import Candidate, repair_scanner_layout
from checkin.models import ProgrammeItem

# Which reading of a scan to believe when none is a valid code of this event.
_RANK = {
    codes.CodeStatus.VALID: 0,
    codes.CodeStatus.OTHER_EVENT: 1,
    codes.CodeStatus.FORGED: 2,
    codes.CodeStatus.NOT_OURS: 3,
}


@dataclass(frozen=True)
class ScanOutcome:
    result: CheckinResult
    raw: str  # the keystrokes as they arrived
    layout: str  # "us" when they needed no repair, else the layout they were repaired from

    @property
    def repaired(self) -> bool:
        return self.layout != "us"


def best_reading(event: Event, text: str) -> Candidate:
    """The candidate reading of ``text`` that is most likely what the scanner meant."""
    candidates = repair_scanner_layout(text.strip())
    secret = event.secret
    ranked = sorted(
        enumerate(candidates),
        key=lambda ic: (_RANK[codes.parse_code(secret, ic[1].text).status], ic[0]),
    )
    best = ranked[0][1]
    if codes.parse_code(secret, best.text).status is codes.CodeStatus.NOT_OURS:
        # Not one of our codes in any reading: maybe a barcode from an imported list.
        for candidate in candidates:
            if guests.find_by_barcode(event, candidate.text) is not None:
                return candidate
    return best


def scan(
    event: Event,
    text: str,
    item: ProgrammeItem | int | None = None,
    *,
    desk: str | None = None,
    operator: str | None = None,
) -> ScanOutcome:
    """Check in whoever ``text`` (as typed by a scanner, in any layout) belongs to."""
    reading = best_reading(event, text)
    result = checkins.check_in(event, reading.text, item, desk=desk, operator=operator)
    return ScanOutcome(result, text, reading.layout)
