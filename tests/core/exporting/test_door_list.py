"""The paper door list: A–Z as readers expect (Cyrillic names under their Latin form in
German, Latin names under their Cyrillic reading in Russian), arrivals ticked."""

import pypdf
import pypdfium2 as pdfium

from checkin import guests
from checkin.exporting.door_list import write_door_list


def test_door_list_is_alphabetical_with_organisation_and_table(scenario, tmp_path):
    guests.add_guest(scenario.event, given_name="Ärne", family_name="Älvsjö")
    guests.add_guest(scenario.event, given_name="Zoe", family_name="Zander")
    out = tmp_path / "door.pdf"
    write_door_list(scenario.event, out, item_id=scenario.exchange.id, lang="de")
    text = pypdf.PdfReader(out).pages[0].extract_text()
    assert text.startswith("Türliste: Di 24.04 Kooperationsbörse")
    order = ["Älvsjö, Ärne", "Müller, Anna", "Парфёнов, Иван", "Weiß, Jörg", "Zander, Zoe"]
    positions = [text.index(name) for name in order]
    assert positions == sorted(positions)  # Ä under A; Парфёнов (Parfenov) under P
    assert "Parfenov Ivan" in text  # the passport spelling, for staff who cannot read Cyrillic
    anna = text.split("Müller, Anna")[1].split("Парфёнов")[0]
    assert "Müller GmbH" in anna and "1 – Medizintechnik" in anna
    # Anna is in already (box ticked, marked); Jörg's check-in was undone: open box.
    assert "bereits da" in anna
    assert "bereits da" not in text.split("Weiß, Jörg")[1].split("Zander")[0]


def test_door_list_renders_one_page_per_item(scenario, tmp_path):
    out = tmp_path / "door.pdf"
    write_door_list(scenario.event, out)
    pdf = pdfium.PdfDocument(str(out))
    assert len(pdf) == 2
    texts = [p.extract_text() for p in pypdf.PdfReader(out).pages]
    assert texts[1].startswith("Door list: Di 24.04 Kooperationsbörse")
    assert "Парфёнов" in texts[0] and "Müller" not in texts[0]  # visits: Ivan only
    image = pdf[1].render(scale=1).to_pil().convert("L")
    assert image.getextrema()[0] < 100  # ink on the page


def test_a_russian_door_list_files_latin_names_under_their_reading(scenario, tmp_path):
    guests.add_guest(scenario.event, given_name="Zoe", family_name="Zander")
    out = tmp_path / "door-ru.pdf"
    write_door_list(scenario.event, out, item_id=scenario.exchange.id, lang="ru")
    text = pypdf.PdfReader(out).pages[0].extract_text()
    # Вайс (Weiß) < Мюллер (Müller) < Парфёнов < Цандер (Zander)
    order = ["Weiß, Jörg", "Müller, Anna", "Парфёнов, Иван", "Zander, Zoe"]
    positions = [text.index(name) for name in order]
    assert positions == sorted(positions)
    assert "Мюллер Анна" in text and "Вайс Йорг" in text  # readings for Russian staff
