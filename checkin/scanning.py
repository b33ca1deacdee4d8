"""From what a scanner typed to a check-in: repair the keyboard layout, then check in.

No guest may be turned away because the desk's keyboard layout garbled the scan: every
reading of the keystrokes is tried and the code's signature picks the real one.
"""

from __future__ import annotations

from dataclasses import dataclass

from checkin import checkins, codes, guest_codes
from checkin.checkins import CheckinResult
from checkin.event import Event
from checkin.keyinput.layouts import Candidate, repair_scanner_layout
from checkin.models import ProgrammeItem

# Which reading of a scan to believe when none is a valid code of this event.
_RANK = {
    codes.CodeStatus.VALID: 0,
    codes.CodeStatus.OTHER_EVENT: 1,
    codes.CodeStatus.FORGED: 2,
    codes.CodeStatus.MISTYPED: 3,
    codes.CodeStatus.NOT_OURS: 4,
}


@dataclass(frozen=True)
class ScanOutcome:
    result: CheckinResult
    raw: str  # the keystrokes as they arrived
    layout: str  # "us" when they needed no repair, else the layout they were repaired from
    used_prefix: bool = False  # the keys just before the burst belonged to the code

    @property
    def repaired(self) -> bool:
        return self.layout != "us"


def _valid_pretix_ticket(event: Event, text: str) -> bool:
    # Loaded for codes that are not ours only: a badge scan pays nothing for pretix's crypto.
    from checkin.pretix import tickets

    return tickets.is_valid_ticket(event, text)


def best_reading(event: Event, text: str, *, typed: bool = False) -> Candidate:
    """The candidate reading of ``text`` that is most likely what the scanner meant.

    ``typed``: a person typed it (the code field, not a scanner burst). Then another
    keyboard layout's reading is taken only when it is a valid code: any reading passes
    the check character by chance 1 time in 32, and a typo must not read as a forgery.
    """
    candidates = repair_scanner_layout(text.strip())
    secret = event.secret
    ranked = sorted(
        enumerate(candidates),
        key=lambda ic: (_RANK[codes.parse_code(secret, ic[1].text).status], ic[0]),
    )
    best = ranked[0][1]
    as_typed = candidates[0]
    best_status = codes.parse_code(secret, best.text).status
    typed_status = codes.parse_code(secret, as_typed.text).status
    if typed:
        keep_as_typed = typed_status is not codes.CodeStatus.NOT_OURS
    else:  # a scanner's check character is right: a garbled layout broke it, not a typo
        keep_as_typed = typed_status in (codes.CodeStatus.FORGED, codes.CodeStatus.OTHER_EVENT)
    if best_status is not codes.CodeStatus.VALID and keep_as_typed:
        # What arrived passes the check character and no reading of it is valid: report it
        # as typed. A repaired reading that merely passes the check character (1 in 32)
        # must not turn a forged badge into "another event's badge".
        best, best_status = as_typed, typed_status
    if best_status is codes.CodeStatus.OTHER_EVENT:
        # A reading with this event's own tag says the badge is ours: another reading that
        # passed the check character by chance (1 in 32) must not make it another event's.
        ours = next((c for c in candidates if codes.carries_tag_of(secret, c.text)), None)
        if ours is not None:
            best, best_status = ours, codes.parse_code(secret, ours.text).status
    if best_status is codes.CodeStatus.NOT_OURS:
        # Not one of our codes in any reading: maybe a barcode from an imported list.
        for candidate in candidates:
            if guest_codes.find_by_code(event, candidate.text) is not None:
                return candidate
        # Or a signed pretix ticket bought after the last pull: its signature picks the reading.
        for candidate in candidates:
            if _valid_pretix_ticket(event, candidate.text):
                return candidate
        if not best.text.isascii():
            # Nobody's code: say it the way the barcode holds it (Latin), not as a Russian
            # keyboard garbled it, so staff can read it out or compare it with a list.
            return next((c for c in candidates if c.text.isascii()), best)
    return best


def _belongs_to_a_guest(event: Event, reading: Candidate) -> bool:
    parsed = codes.parse_code(event.secret, reading.text)
    if parsed.status is codes.CodeStatus.VALID:
        return True
    return parsed.status is codes.CodeStatus.NOT_OURS and bool(
        guest_codes.find_by_code(event, reading.text) or _valid_pretix_ticket(event, reading.text)
    )


def scan(
    event: Event,
    text: str,
    item: ProgrammeItem | int | None = None,
    *,
    desk: str | None = None,
    operator: str | None = None,
    prefix: str = "",
    typed: bool = False,
) -> ScanOutcome:
    """Check in whoever ``text`` (as typed by a scanner, in any layout) belongs to.

    ``prefix``: keys that came just before the burst (a scanner that stalled for a moment).
    The joined text is used only if it is a valid code or a known barcode.
    ``typed``: a person typed the code (see ``best_reading``).
    """
    raw, used_prefix = text, False
    reading = best_reading(event, text, typed=typed)
    if prefix and not _belongs_to_a_guest(event, reading):
        # The longest tail of the prefix that completes a valid code wins.
        for start in range(len(prefix)):
            joined = best_reading(event, prefix[start:] + text)
            if _belongs_to_a_guest(event, joined):
                reading, raw, used_prefix = joined, prefix[start:] + text, True
                break
    result = checkins.check_in(event, reading.text, item, desk=desk, operator=operator)
    return ScanOutcome(result, raw, reading.layout, used_prefix)
