"""Scanning with the laptop's camera (optional: needs Qt Multimedia)."""

from checkin.ui.camera.actions import install

__all__ = ["install"]
