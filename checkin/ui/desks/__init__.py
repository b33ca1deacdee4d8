"""Several desks: keeping this desk in step with the others, the desks panel, joining."""

from checkin.ui.desks.actions import install

__all__ = ["install"]
