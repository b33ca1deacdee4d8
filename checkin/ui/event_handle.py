"""``window.event``: the open checkin Event on a QObject, without breaking Qt.

``QObject.event(QEvent)`` is the virtual method Qt calls for every event a widget gets.
A plain attribute named ``event`` would hide it and crash Qt on the next event, so the
attribute is this handle: called with a QEvent it forwards to Qt's handler; every other
use (``window.event.db``, ``guests.list_guests(window.event)``) reaches the checkin Event.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class EventHandle:
    __slots__ = ("_event", "_owner", "_base")

    def __init__(self, event, owner: QObject, base: type):
        object.__setattr__(self, "_event", getattr(event, "_event", event))
        object.__setattr__(self, "_owner", owner)
        object.__setattr__(self, "_base", base)

    def __call__(self, qevent):  # Qt's virtual QObject.event()
        return self._base.event(self._owner, qevent)

    def __getattr__(self, name):
        return getattr(self._event, name)

    def __setattr__(self, name, value):
        setattr(self._event, name, value)

    def __enter__(self):
        return self._event

    def __exit__(self, *exc):
        return self._event.__exit__(*exc)

    @property
    def target(self):
        """The checkin Event itself."""
        return self._event


def attach_event(owner: QObject, event, base: type) -> None:
    """Set ``owner.event`` to the checkin ``event``; ``base`` is the owner's Qt base class."""
    owner.__dict__["event"] = EventHandle(event, owner, base)
