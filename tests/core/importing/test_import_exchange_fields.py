"""Languages spoken, consent to share contact details and meeting points come in with the
list (German, English or Russian column names) and are merged on re-import."""

from __future__ import annotations

from checkin.importing import import_file, preview
from checkin.rounds import model
from tests.core.importing.listfiles import by_name, write_text, write_xlsx

GERMAN = [
    ["Vorname", "Nachname", "Firma", "Sprache", "Sprachen", "Einwilligung Kontaktdaten", "Tisch"],
    ["Clara", "Schulz", "Klinikum Nord", "de", "Deutsch, Englisch", "ja", "1"],
    ["Eva", "Lang", "Lang Logistik", "de", "de", "x", ""],
    ["Felix", "Roth", "Roth & Partner", "de", "", "nein", ""],
    ["Greta", "Vogel", "Vogel KG", "de", "de/ru", "", ""],
    ["Hanna", "Neu", "Neu AG", "en", "en; de", "vielleicht", ""],
]


def people(event):
    found = model.people(event)
    return {p.full_name: p for p in found.values()}


def test_languages_and_consent_are_stored(empty_event, tmp_path):
    report = import_file(empty_event, write_text(tmp_path / "list.csv", GERMAN, delimiter=";"))
    assert report.mapping["Sprachen"] == "languages"
    assert report.mapping["Einwilligung Kontaktdaten"] == "consent"
    who = people(empty_event)
    assert who["Clara Schulz"].languages == ("de", "en")
    assert who["Greta Vogel"].languages == ("de", "ru")
    assert who["Hanna Neu"].languages == ("en", "de")
    assert who["Felix Roth"].languages == ("de",)  # no cell: the guest's language
    consent = {name: p.consent for name, p in who.items()}
    assert consent == {
        "Clara Schulz": True,
        "Eva Lang": True,
        "Felix Roth": False,
        "Greta Vogel": False,  # empty: no consent
        "Hanna Neu": False,  # unclear: no consent, and the report says so
    }
    assert [(p.row, p.value, p.name) for p in report.unclear_values] == [
        (6, "vielleicht", "Hanna Neu")
    ]
    assert "vielleicht" in report.summary()
    hanna = next(g for g in by_name(empty_event).values() if g.family_name == "Neu")
    assert hanna.extra == {"Einwilligung Kontaktdaten": "vielleicht"}  # nothing lost


def test_russian_and_english_columns_and_a_meeting_point(empty_event, tmp_path):
    rows = [
        ["Фамилия", "Имя", "Организация", "Языки", "Согласие", "Стол", "Место встречи"],
        ["Парфёнов", "Иван", "ООО «СибМед»", "русский, английский", "да", "", ""],
        ["Орлова", "Мария", "ОмскТех", "ru", "нет", "", ""],
        ["Weber", "Jan", "Weber Medizintechnik", "Deutsch и Russisch", "1", "2", "да"],
    ]
    import_file(empty_event, write_xlsx(tmp_path / "list.xlsx", rows))
    who = people(empty_event)
    assert who["Иван Парфёнов"].languages == ("ru", "en")
    assert who["Иван Парфёнов"].consent is True
    assert who["Мария Орлова"].consent is False
    assert who["Jan Weber"].languages == ("de", "ru")
    assert who["Jan Weber"].meeting_point is True
    assert who["Иван Парфёнов"].meeting_point is False
    english = [
        ["First Name", "Last Name", "Company", "Languages", "Consent"],
        ["Tom", "Baker", "Baker Ltd", "English, German", "TRUE"],
    ]
    import_file(empty_event, write_text(tmp_path / "en.csv", english))
    baker = people(empty_event)["Tom Baker"]
    assert (baker.languages, baker.consent) == (("en", "de"), True)


def test_reimport_merges_languages_and_consent(empty_event, tmp_path):
    import_file(empty_event, write_text(tmp_path / "v1.csv", GERMAN, delimiter=";"))
    felix = people(empty_event)["Felix Roth"]
    model.set_consent(empty_event, felix.id, True)  # agreed at the desk
    second = [
        ["Vorname", "Nachname", "Firma", "Sprachen", "Einwilligung Kontaktdaten"],
        ["Clara", "Schulz", "Klinikum Nord", "de, en, ru", "nein"],  # adds ru, withdraws
        ["Eva", "Lang", "Lang Logistik", "", "ja"],  # unchanged
        ["Felix", "Roth", "Roth & Partner", "", ""],  # empty: the desk's consent is kept
        ["Greta", "Vogel", "Vogel KG", "de/ru", "ja"],  # now agrees
    ]
    report = import_file(empty_event, write_text(tmp_path / "v2.csv", second, delimiter=";"))
    who = people(empty_event)
    assert who["Clara Schulz"].languages == ("de", "en", "ru")
    assert who["Clara Schulz"].consent is False
    assert who["Felix Roth"].consent is True
    assert who["Greta Vogel"].consent is True
    assert who["Eva Lang"].languages == ("de",)
    changes = {u.name: u.changes for u in report.updated}
    assert changes["Clara Schulz"] == {
        "languages": [["de", "en"], ["de", "en", "ru"]],
        "contact_consent": [True, False],
    }
    assert changes["Greta Vogel"] == {"contact_consent": [False, True]}
    assert len(report.unchanged) == 2  # Eva and Felix


def test_preview_shows_the_parsed_values(tmp_path):
    shown = preview(write_text(tmp_path / "list.csv", GERMAN, delimiter=";"))
    assert shown.mapping["Sprachen"] == "languages"
    assert shown.records[0]["languages"] == "de, en"
    assert shown.records[0]["consent"] is True
    assert shown.records[2]["consent"] is False
