"""The core reports each committed change here; listeners (the desks' journal) subscribe.

Plain callbacks on the event object, no global state: with nobody subscribed ``record`` is
one attribute lookup. Kinds: ``checkin`` {id}, ``guest_added`` {ids}, ``guest_updated`` {ids},
``badge_design`` {name} (a design saved or deleted).
"""

from __future__ import annotations

from collections.abc import Callable

Listener = Callable[[str, dict], None]
_ATTR = "_change_listeners"


def subscribe(event, listener: Listener) -> None:
    listeners = getattr(event, _ATTR, None)
    if listeners is None:
        listeners = []
        setattr(event, _ATTR, listeners)
    listeners.append(listener)


def unsubscribe(event, listener: Listener) -> None:
    listeners = getattr(event, _ATTR, None) or []
    if listener in listeners:
        listeners.remove(listener)


def record(event, kind: str, payload: dict) -> None:
    """Tell the listeners that a change was committed to the event file."""
    for listener in list(getattr(event, _ATTR, None) or ()):
        listener(kind, payload)
