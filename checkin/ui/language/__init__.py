"""The UI language: translators, switching at runtime, locale formats, core messages."""

from checkin.ui.language.actions import install

__all__ = ["install"]
