"""A badge's life after printing: reprints that void the old code, lost badges, substitutes.

Every change issues the guest's next badge version (``codes.make_code`` signs it), so the
old code scans as ``replaced_badge`` at once, here and, through the sync journal, at the
other desks.

    reissue.reprint(event, guest_id, reason)      -> Reissue (new code)
    reissue.mark_lost(event, guest_id)            -> Reissue
    reissue.replacement_for_scan(event, scanned)  -> Replacement | None (for the amber card)
    substitution.substitute(event, guest_id, given_name=..., family_name=...) -> Substitution
"""

from __future__ import annotations

from checkin.badge_lifecycle.reissue import (
    REASONS,
    Reissue,
    Replacement,
    mark_lost,
    reissues_of,
    replacement_for_scan,
    reprint,
)
from checkin.badge_lifecycle.substitution import Substitution, substitute, substitutions_of

__all__ = [
    "REASONS",
    "Reissue",
    "Replacement",
    "Substitution",
    "mark_lost",
    "reissues_of",
    "replacement_for_scan",
    "reprint",
    "substitute",
    "substitutions_of",
]
