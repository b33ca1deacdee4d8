"""Small helpers the tests share (fixtures are in the conftest.py files)."""

from __future__ import annotations

from checkin import guests
from checkin.models import Guest


def guest_named(event, family_name: str) -> Guest:
    """The guest with this family name (the test events have one each)."""
    return next(g for g in guests.list_guests(event) if g.family_name == family_name)


def anna(event) -> Guest:
    """Anna Müller of the ``event`` fixture."""
    return guest_named(event, "Müller")
