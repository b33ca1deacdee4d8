"""Languages of the user interface, and marking core strings for translation without Qt.

Core modules write user-facing text as ``QT_TRANSLATE_NOOP("core", "…")``: at run time
that is the English text itself; ``pyside6-lupdate`` finds the calls in the source (it
reads them as text), and the Qt layer translates them with
``QCoreApplication.translate("core", text)``.
"""

from __future__ import annotations

import locale
import os

LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "ru": "Русский"}
DEFAULT = "en"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    return text


def normalise(code: str | None) -> str:
    """'de_DE.UTF-8' -> 'de'; unknown or empty -> English."""
    lang = (code or "").replace("-", "_").split("_")[0].split(".")[0].lower()
    return lang if lang in LANGUAGES else DEFAULT


def system_language() -> str:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        if os.environ.get(var):
            return normalise(os.environ[var].split(":")[0])
    return normalise(locale.getlocale()[0])
