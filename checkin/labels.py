"""Words printed or shown for readers — exports, badges, schedules, host sheets, seating
printouts, the guest display — in de, en and ru: one table for all of them.

Column headers, report headings, status words and document labels are data here, so every
document says the same thing in the same language. Keys of one document share a prefix
(``badge.``, ``schedule.``, …; export words have none). Unknown languages fall back to English.
"""

from __future__ import annotations

from functools import cache

from checkin import i18n

LANGUAGES = ("de", "en", "ru")  # the order of the words in each row below
DEFAULT = i18n.DEFAULT

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
    "name_reading": ("Name in lateinischer Schrift", "Name in Latin letters", "Имя кириллицей"),
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
    # -- badge ---------------------------------------------------------------------------
    "badge.table": ("Tisch", "Table", "Стол"),
    "badge.programme": ("Programm", "Programme", "Программа"),
    "badge.by_round": ("Tische je Runde", "Tables by round", "Столы по раундам"),
    # -- category ------------------------------------------------------------------------
    "category.Guest": ("Gast", "Guest", "Гость"),
    "category.Speaker": ("Referent", "Speaker", "Докладчик"),
    "category.Press": ("Presse", "Press", "Пресса"),
    "category.Staff": ("Team", "Staff", "Организатор"),
    "category.Interpreter": ("Dolmetscher", "Interpreter", "Переводчик"),
    "category.Delegation": ("Delegation", "Delegation", "Делегация"),
    "category.VIP": ("VIP", "VIP", "VIP"),
    # -- round ---------------------------------------------------------------------------
    "round.round": ("Runde {round}", "Round {round}", "Раунд {round}"),
    "round.now": ("Jetzt", "Now", "Сейчас"),
    "round.next": ("Danach", "Next", "Далее"),
    "round.table": ("Tisch {table}", "Table {table}", "Стол {table}"),
    "round.interpreting": ("Sie dolmetschen", "You interpret", "Вы переводите"),
    # -- schedule ------------------------------------------------------------------------
    "schedule.title": ("Ihr Gesprächsplan", "Your meeting schedule", "Ваш план встреч"),
    "schedule.round": ("Runde", "Round", "Раунд"),
    "schedule.table": ("Tisch", "Table", "Стол"),
    "schedule.interpreter": ("Dolmetscher/in", "Interpreter", "Переводчик"),
    "schedule.none": (
        "In dieser Runde haben Sie keinen Tisch.",
        "You have no table in this round.",
        "В этом раунде у вас нет стола.",
    ),
    "schedule.interpreting": (
        "Sie dolmetschen an diesem Tisch.",
        "You interpret at this table.",
        "Вы переводите за этим столом.",
    ),
    # -- host_sheet ----------------------------------------------------------------------
    "host_sheet.not_yet": ("noch nicht da", "not yet", "ещё нет"),
    "host_sheet.in": ("da", "here", "на месте"),
    "host_sheet.out": ("gegangen", "left", "ушёл"),
    "host_sheet.title": ("Tischliste", "Table sheet", "Список стола"),
    "host_sheet.round": ("Runde", "Round", "Раунд"),
    "host_sheet.table": ("Tisch", "Table", "Стол"),
    "host_sheet.interpreter": ("Dolmetscher/in", "Interpreter", "Переводчик"),
    "host_sheet.arrived": ("anwesend", "arrived", "на месте"),
    # -- seating -------------------------------------------------------------------------
    "seating.table": ("Tisch", "Table", "Стол"),
    "seating.host": ("Tischpate", "Host", "Ведущий стола"),
    "seating.seats": (
        "{seated} von {capacity} Plätzen belegt",
        "{seated} of {capacity} seats taken",
        "Занято {seated} из {capacity} мест",
    ),
    "seating.seats_open": ("{seated} Gäste", "{seated} guests", "Гостей: {seated}"),
    "seating.name": ("Name", "Name", "Имя"),
    "seating.organisation": ("Organisation", "Organisation", "Организация"),
    "seating.position": ("Funktion", "Position", "Должность"),
    "seating.category": ("Kategorie", "Category", "Категория"),
    "seating.language": ("Spr.", "Lang.", "Яз."),
    "seating.empty": (
        "An diesem Tisch sitzt noch niemand.",
        "No guests at this table yet.",
        "За этим столом пока никого нет.",
    ),
    "seating.overview": ("Sitzplatzübersicht", "Seating overview", "Рассадка"),
    "seating.unseated": (
        "noch kein Tisch – bitte am Empfang fragen",
        "no table yet – ask the desk",
        "стол ещё не назначен – спросите на стойке регистрации",
    ),
    "seating.count": (
        "{count} Gäste, nach Familienname sortiert",
        "{count} guests, sorted by family name",
        "Гостей: {count}, по фамилии",
    ),
    # -- display -------------------------------------------------------------------------
    "display.welcome": ("Willkommen, {name}!", "Welcome, {name}!", "Добро пожаловать, {name}!"),
    "display.table": ("Ihr Tisch", "Your table", "Ваш стол"),
    "display.ready": ("Herzlich willkommen", "Welcome", "Добро пожаловать"),
    "display.entrance": ("Eingang", "Entrance", "Вход"),
}


def normalise(lang: str | None) -> str:
    lang = (lang or "").split("_")[0].split("-")[0].lower()
    return lang if lang in LANGUAGES else DEFAULT


def text(key: str, lang: str | None = DEFAULT, **params) -> str:
    """The label ``key`` in ``lang``, with ``params`` filled in."""
    words = _TABLE[key][LANGUAGES.index(normalise(lang))]
    return words.format(**params) if params else words


def category(key: str, lang: str | None = DEFAULT) -> str:
    """A guest category in ``lang`` ("Guest" → "Gast"); a category of the event's own as given."""
    words = _TABLE.get(f"category.{key}")
    return words[LANGUAGES.index(normalise(lang))] if words else key


def keys() -> list[str]:
    return list(_TABLE)


def section(prefix: str, lang: str | None = DEFAULT) -> dict[str, str]:
    """The words of one document (keys ``prefix.*``) in ``lang``, by their short key."""
    return dict(_section(prefix, LANGUAGES.index(normalise(lang))))


@cache  # the table never changes; a batch of badges asks twice per badge
def _section(prefix: str, index: int) -> tuple[tuple[str, str], ...]:
    start = f"{prefix}."
    return tuple(
        (k[len(start) :], words[index]) for k, words in _TABLE.items() if k.startswith(start)
    )


_THOUSANDS = {"de": ".", "en": ",", "ru": "\u00a0"}


def number(value: int, lang: str | None = DEFAULT) -> str:
    """An integer as people write it: 50.000 (de), 50,000 (en), 50 000 (ru)."""
    return f"{value:,}".replace(",", _THOUSANDS[normalise(lang)])
