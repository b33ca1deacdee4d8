"""Settings every desk needs, shared through the journal: keys starting with ``shared.``.

E.g. the pretix event's public keys and product categories, so that any desk can verify a
pretix ticket offline, whichever desk pulled. Never a secret: an API token stays on its own
computer (checkin/pretix/tokens.py). Per key, the later change wins.
"""

from __future__ import annotations

import json

from checkin.event import Event

PREFIX = "shared."
_JOURNALED = "sync.shared_journaled"  # {key: value} this desk's journal has (or applied)
_STAMPS = "sync.shared_stamps"  # {key: [at, desk]} of the value in effect


def _load(event: Event, key: str) -> dict:
    try:
        return json.loads(event.setting(key) or "{}")
    except ValueError:
        return {}


def current(event: Event) -> dict[str, str]:
    rows = event.db.execute("SELECT key, value FROM settings WHERE key LIKE ?", [PREFIX + "%"])
    return {k: v for k, v in rows if k.startswith(PREFIX)}


def unjournaled(event: Event) -> dict[str, str | None]:
    """Shared settings whose value differs from what the journal last said (None: removed)."""
    now, journaled = current(event), _load(event, _JOURNALED)
    out: dict[str, str | None] = {k: v for k, v in now.items() if journaled.get(k) != v}
    out.update({k: None for k, v in journaled.items() if k not in now and v is not None})
    return out


def note(event: Event, key: str, value: str | None, at: str, desk: str) -> None:
    """Remember that the journal carries this value (caller holds the transaction)."""
    journaled, stamps = _load(event, _JOURNALED), _load(event, _STAMPS)
    journaled[key] = value
    stamps[key] = [at, desk]
    for name, data in ((_JOURNALED, journaled), (_STAMPS, stamps)):
        event.db.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [name, json.dumps(data)]
        )


def apply(event: Event, key: str, value: str | None, at: str, desk: str) -> None:
    """Another desk's change (caller holds the transaction); an older one is ignored."""
    if not key.startswith(PREFIX):
        return  # untrusted input: only shared settings may be set from outside
    stamp = _load(event, _STAMPS).get(key)
    if stamp is not None and [at, desk] < stamp:
        return
    if value is None:
        event.db.execute("DELETE FROM settings WHERE key = ?", [key])
    else:
        event.db.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [key, str(value)]
        )
    note(event, key, value, at, desk)
