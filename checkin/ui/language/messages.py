"""Core errors and messages in the UI language.

The core raises ``CheckinError(key, **params)`` whose English template is
``MESSAGES[key]``, marked with ``QT_TRANSLATE_NOOP("core", …)``; here it is translated and
filled in. Anything else is shown as it is.
"""

from __future__ import annotations

from checkin.categories import CATEGORIES
from checkin.errors import MESSAGES, CheckinError
from checkin.seating.reasons import REASONS
from checkin.ui.language.i18n import translate_core


def error_text(exc: BaseException) -> str:
    """What to show the user for ``exc``: a translated one-line message for core errors."""
    if isinstance(exc, CheckinError) and exc.key in MESSAGES:
        # a parameter may itself be a marked core text (e.g. an install hint)
        params = {k: translate_core(v) if isinstance(v, str) else v for k, v in exc.params.items()}
        try:
            return translate_core(MESSAGES[exc.key], **params)
        except (KeyError, IndexError, ValueError):  # a broken translation: keep the English
            return str(exc)
    return str(exc)


def core_text(text: str, **params) -> str:
    """A core template (marked with QT_TRANSLATE_NOOP("core", …)) translated and filled."""
    try:
        return translate_core(text, **params)
    except (KeyError, IndexError, ValueError):
        return text.format(**params) if params else text


def category_name(key: str) -> str:
    """A guest category for the staff: the built-in ones translated, others as entered."""
    return translate_core(key) if key in CATEGORIES else key


def reason_text(key: str, params: dict) -> str:
    """Why a guest sits where (``checkin.seating.reasons``), in the UI language."""
    template = REASONS.get(key)
    return core_text(template, **params) if template else key
