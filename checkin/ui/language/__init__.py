"""The UI language: translators, switching at runtime, locale formats, core messages."""

from checkin.ui.language import locale_format, names
from checkin.ui.language.actions import install
from checkin.ui.language.i18n import chosen_language, set_language, translate_core, translations
from checkin.ui.language.messages import category_name, core_text, error_text, reason_text
from checkin.ui.language.names import current_language, list_name, reading, with_reading
from checkin.ui.language.retranslation import on_language_change

__all__ = [
    "category_name",
    "chosen_language",
    "core_text",
    "current_language",
    "error_text",
    "install",
    "list_name",
    "locale_format",
    "names",
    "on_language_change",
    "reading",
    "reason_text",
    "set_language",
    "translate_core",
    "translations",
    "with_reading",
]
