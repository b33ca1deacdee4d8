"""Walk-ins registered at two desks: a guest arriving from another desk who looks like one
already here (same name, or same e-mail) is flagged for an admin, never merged on its own."""

from __future__ import annotations

from datetime import datetime

from checkin.clock import to_text

# Guests flagged per arriving guest and kind: a list with 700 "Anna Müller" needs no 700 flags.
MAX_FLAGS = 5
_HERE = ""  # guests that were here before this pass (from whichever desk)


class Lookalikes:
    """Flags likely duplicates while one apply pass adds guests.

    The guests here are indexed once per pass and each arriving guest is compared with the
    guests here and with those from other desks in this pass, not with its own desk's (an
    import at one desk is that desk's list, already checked there). O(N) for N guests.
    """

    def __init__(self, db, now: datetime):
        self.db = db
        self.now = now
        self._names: dict[tuple[str, str], list[str]] | None = None  # (origin, name) keys
        self._emails: dict[tuple[str, str], list[str]] = {}

    def _load(self, guest_id: int) -> None:
        self._names = {}
        for token, given, family, email in self.db.execute(
            "SELECT token, given_name, family_name, email FROM guests WHERE id != ?", [guest_id]
        ):
            self._add(_HERE, token, given, family, email)

    def _add(self, origin: str, token: str, given, family, email) -> None:
        name = _name(given, family)
        if name:
            self._names.setdefault((origin, name), []).append(token)
        if _norm(email):
            self._emails.setdefault((origin, _norm(email)), []).append(token)

    def _others(self, index: dict, origin: str, key: str) -> list[str]:
        found = []
        for other_origin in self._origins:
            if other_origin != origin:
                found.extend(index.get((other_origin, key), ())[:MAX_FLAGS])
        return found[:MAX_FLAGS]

    def flag(self, guest_id: int, token: str, row: dict, origin: str) -> None:
        """``row`` just arrived from desk ``origin`` as guest ``guest_id``."""
        if self._names is None:
            self._load(guest_id)
            self._origins = {_HERE}
        self._origins.add(origin)
        name = _name(row.get("given_name"), row.get("family_name"))
        email = _norm(row.get("email"))
        same_name = self._others(self._names, origin, name) if name else []
        same_email = self._others(self._emails, origin, email) if email else []
        for other in sorted(set(same_name) | set(same_email)):
            a, b = sorted([other, token])
            self.db.execute(
                "INSERT OR IGNORE INTO sync_duplicates (token_a, token_b, reason, found_at) "
                "VALUES (?, ?, ?, ?)",
                [a, b, "same_name" if other in same_name else "same_email", to_text(self.now)],
            )
        self._add(origin, token, row.get("given_name"), row.get("family_name"), email)


def _name(given, family) -> str:
    given, family = _norm(given), _norm(family)
    return f"{given}\x1f{family}" if given + family else ""


def _norm(text: str | None) -> str:
    return " ".join((text or "").casefold().split())
