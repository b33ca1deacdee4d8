"""Meeting rounds and delegations of a cooperation exchange."""

from checkin.ui.rounds.actions import install

__all__ = ["install"]
