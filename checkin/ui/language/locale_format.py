"""Dates, times and numbers in the UI language's conventions (QLocale's default).

``Translations.apply`` sets the default QLocale with the language, so German shows
``24.04.2026 10:02``, Russian ``24.04.2026 10:02`` and English ``24/04/2026 10:02``.
Stored timestamps are ISO 8601 in UTC (``checkin.clock``); they are shown as wall-clock
time on this machine.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from checkin.clock import from_text


def _local(moment: datetime | str) -> datetime:
    when = from_text(moment) if isinstance(moment, str) else moment
    return when.astimezone() if when.tzinfo else when


def _date_format(locale: QLocale) -> str:
    if locale.language() == QLocale.Language.C:  # no language applied (tests, scripts)
        return "dd.MM.yyyy"  # the core's own format (checkin.clock.local_time)
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")  # four-digit years always


def _qdatetime(when: datetime) -> QDateTime:
    return QDateTime(
        QDate(when.year, when.month, when.day), QTime(when.hour, when.minute, when.second)
    )


def date_time(moment: datetime | str, *, seconds: bool = False) -> str:
    """A timestamp as local date and time: ``24.04.2026 10:02`` in German."""
    locale = QLocale()
    return locale.toString(
        _qdatetime(_local(moment)), f"{_date_format(locale)} {_time_format(locale, seconds)}"
    )


def time_of_day(moment: datetime | str, *, seconds: bool = False) -> str:
    """Only the local time: ``10:02``."""
    locale = QLocale()
    return locale.toString(_qdatetime(_local(moment)), _time_format(locale, seconds))


def day(moment: date | datetime | str) -> str:
    """Only the date: ``24.04.2026``."""
    when = (
        moment if isinstance(moment, date) and not isinstance(moment, datetime) else _local(moment)
    )
    locale = QLocale()
    return locale.toString(QDate(when.year, when.month, when.day), _date_format(locale))


def day_month_time(moment: datetime | str) -> str:
    """Short form for today's events: ``24.04. 10:02`` (``24/04 10:02`` in English)."""
    locale = QLocale()
    fmt = _date_format(locale)
    for cut in (".yyyy", "/yyyy", "-yyyy"):
        fmt = fmt.replace(cut, "." if cut == ".yyyy" else "")
    if fmt.startswith("yyyy"):
        fmt = fmt[5:]
    return locale.toString(_qdatetime(_local(moment)), f"{fmt} {_time_format(locale, False)}")


def number(value: int | float, decimals: int = 0) -> str:
    """``1.234`` in German, ``1 234`` in Russian, ``1,234`` in English."""
    locale = QLocale()
    if isinstance(value, int) and not decimals:
        return locale.toString(value)
    return locale.toString(float(value), "f", decimals)


def percent(value: float, decimals: int = 0) -> str:
    """A share 0..1 as ``42 %`` (German, Russian) or ``42%`` (English)."""
    text = number(value * 100, decimals)
    sign = QLocale().percent()
    return f"{text}%" if QLocale().language() == QLocale.Language.English else f"{text}\u00a0{sign}"


def _time_format(locale: QLocale, seconds: bool) -> str:
    fmt = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if locale.language() == QLocale.Language.C or "ap" in fmt.lower():
        return "HH:mm:ss" if seconds else "HH:mm"  # the desk uses the 24-hour clock
    return fmt.replace("mm", "mm:ss") if seconds and "ss" not in fmt else fmt
