"""Words the exports print, in the UI languages (de, en, ru).

Column headers, report headings and status words are data here, so every export format
says the same thing in the same language. Unknown languages fall back to English.
"""

from __future__ import annotations

LANGUAGES = ("de", "en", "ru")
DEFAULT = "en"

_TABLE: dict[str, tuple[str, str, str]] = {
    # key: (de, en, ru)
    "report_title": ("Teilnahmebericht", "Attendance report", "Отчёт о присутствии"),
    "door_list_title": ("Türliste", "Door list", "Список на входе"),
    "summary": ("Übersicht", "Summary", "Сводка"),
    "generated": ("Erstellt", "Generated", "Создан"),
    "venue": ("Ort", "Venue", "Место"),
    "dates": ("Zeitraum", "Dates", "Даты"),
    "item": ("Programmpunkt", "Programme item", "Пункт программы"),
    "expected": ("Erwartet", "Expected", "Ожидалось"),
    "checked_in": ("Eingecheckt", "Checked in", "Отмечено"),
    "rate": ("Quote", "Rate", "Доля"),
    "present": ("Anwesend", "Present", "На месте"),
    "checked_out": ("Ausgecheckt", "Checked out", "Ушли"),
    "no_shows": ("Nicht erschienen", "No-shows", "Не пришли"),
    "not_yet": ("Noch nicht da", "Not arrived yet", "Ещё не пришли"),
    "guests_total": ("Gäste insgesamt", "Guests in total", "Всего гостей"),
    "attended_any": (
        "bei mindestens einem Programmpunkt",
        "at one programme item or more",
        "хотя бы на одном пункте",
    ),
    "family_name": ("Nachname", "Family name", "Фамилия"),
    "given_name": ("Vorname", "Given name", "Имя"),
    "patronymic": ("Vatersname", "Patronymic", "Отчество"),
    "name": ("Name", "Name", "Имя"),
    "organisation": ("Organisation", "Organisation", "Организация"),
    "position": ("Funktion", "Position", "Должность"),
    "email": ("E-Mail", "Email", "Эл. почта"),
    "category": ("Kategorie", "Category", "Категория"),
    "table": ("Tisch", "Table", "Стол"),
    "language": ("Sprache", "Language", "Язык"),
    "substitute_for": ("Vertritt", "Substitute for", "Вместо"),
    "status": ("Status", "Status", "Статус"),
    "first_in": ("Eingecheckt um", "Checked in at", "Время прихода"),
    "desk": ("Station", "Desk", "Стойка"),
    "check_outs": ("Auscheckungen", "Check-outs", "Выходы"),
    "last_out": ("Zuletzt ausgecheckt", "Last check-out", "Последний выход"),
    "items_attended": ("Besuchte Punkte", "Items attended", "Посещено пунктов"),
    "items_expected": ("Erwartet zu Punkten", "Items expected at", "Ожидался на пунктах"),
    "all_guests": ("Alle Gäste", "All guests", "Все гости"),
    "state_present": ("anwesend", "present", "на месте"),
    "state_left": ("gegangen", "left", "ушёл"),
    "state_no_show": ("nicht erschienen", "no-show", "не пришёл"),
    "state_not_yet": ("noch nicht da", "not arrived yet", "ещё не пришёл"),
    "by_category": ("Nach Kategorie", "By category", "По категориям"),
    "by_organisation": ("Nach Organisation", "By organisation", "По организациям"),
    "by_table": ("Nach Tisch", "By table", "По столам"),
    "arrivals": ("Ankünfte", "Arrivals", "Прибытие"),
    "arrival_chart": (
        "Ankünfte im Zeitverlauf (je {minutes} Min.)",
        "Arrivals over time (per {minutes} min)",
        "Прибытие по времени (за {minutes} мин)",
    ),
    "no_show_list": ("Nicht erschienen", "No-shows", "Не пришли"),
    "none": ("keine", "none", "нет"),
    "no_table": ("ohne Tisch", "no table", "без стола"),
    "no_organisation": ("ohne Organisation", "no organisation", "без организации"),
    "more_organisations": (
        "… und {count} weitere Organisationen",
        "… and {count} more organisations",
        "… и ещё {count} организаций",
    ),
    "page": ("Seite {page}", "Page {page}", "Стр. {page}"),
    "arrived_mark": ("bereits da", "already in", "уже здесь"),
    "door_list_note": (
        "Ankreuzen, wer hereinkommt. Stand: {time}",
        "Tick each guest who comes in. As of {time}",
        "Отмечайте входящих. По состоянию на {time}",
    ),
    "time": ("Zeit", "Time", "Время"),
    "entry": ("Nr.", "No.", "№"),
    "guest_id": ("Gast-Nr.", "Guest no.", "№ гостя"),
    "action": ("Aktion", "Action", "Действие"),
    "action_in": ("Check-in", "check-in", "вход"),
    "action_out": ("Check-out", "check-out", "выход"),
    "action_undo": ("Rückgängig", "undo", "отмена"),
    "undoes": ("Macht rückgängig Nr.", "Undoes no.", "Отменяет №"),
    "operator": ("Bedienung", "Operator", "Оператор"),
    "source": ("Quelle", "Source", "Источник"),
    "source_scan": ("Scan", "scan", "скан"),
    "source_manual": ("von Hand", "by hand", "вручную"),
}


def normalise(lang: str | None) -> str:
    lang = (lang or "").split("_")[0].split("-")[0].lower()
    return lang if lang in LANGUAGES else DEFAULT


def text(key: str, lang: str | None = DEFAULT, **params) -> str:
    """The label ``key`` in ``lang``, with ``params`` filled in."""
    words = _TABLE[key][LANGUAGES.index(normalise(lang))]
    return words.format(**params) if params else words


def keys() -> list[str]:
    return list(_TABLE)


_THOUSANDS = {"de": ".", "en": ",", "ru": "\u00a0"}


def number(value: int, lang: str | None = DEFAULT) -> str:
    """An integer as people write it: 50.000 (de), 50,000 (en), 50 000 (ru)."""
    return f"{value:,}".replace(",", _THOUSANDS[normalise(lang)])
