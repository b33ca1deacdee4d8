"""Badges ▸ Print badges…, New badge… and Substitute…: batches of badges and badge lifecycle."""

from checkin.ui.badges.actions import install
from checkin.ui.badges.lifecycle_actions import install as install_lifecycle

__all__ = ["install", "install_lifecycle"]
