"""Badges staff can read at conversation distance: the Latin line of a Cyrillic name at
9 pt or more and dark, nothing below 7 pt, long organisations wrapped and then abbreviated
before they shrink, and one organisation size per sheet where it fits."""

from __future__ import annotations

import re

import numpy as np
import pytest
from pypdf import PdfReader

from checkin import guests, tables
from checkin.badges import content, get_layout, list_layouts, render_badges
from checkin.badges.design import FLOOR, LATIN_FLOOR, MM, design

from .conftest import front_text, rasterise, sheet_fronts

DPI = 300
PX = DPI / 72  # pixels per point
_TF = re.compile(rb"/F\d+\+\d+ ([\d.]+) Tf")  # the embedded subsets we draw text with

DELEGATION = [
    ("Алексей", "Парфёнов", "ООО «СибМедПрибор»"),
    ("Ирина", "Парфёнова", "АО «Омский завод медтехники»"),
    ("Наталья", "Соколова", "АНО «Забота-Сибирь»"),
    ("Ольга", "Щербакова", "Медицинский центр «Иртыш»"),
    ("Дмитрий", "Кузнецов", "ООО «МеталлСтрой-Омск»"),
    ("Андрей", "Жуков", "ООО «СибИТ Решения»"),
    ("Татьяна", "Фёдорова", "Агентство развития бизнеса Омска"),
    ("Константин", "Константинопольский", "Сибирский государственный университет"),
]


def _font_sizes(pdf) -> list[float]:
    """Every font size the PDF's pages draw text at, read from the content streams."""
    sizes = []
    for page in PdfReader(pdf).pages:
        sizes += [float(m) for m in _TF.findall(page.get_contents().get_data())]
    return sizes


def _contents(event, people, lang="de"):
    by_id = {t.id: t for t in tables.list_tables(event)}
    return [
        content.build(
            event, g, by_id.get(g.table_id), event_name=event.info.name, staff_lang=lang
        )  # fmt: skip
        for g in sorted(people, key=content.sort_key)
    ]


@pytest.fixture
def delegation(event):
    table = tables.add_table(event, 7, theme="Medizintechnik")
    return [
        guests.add_guest(
            event,
            given_name=g,
            family_name=f,
            organisation=o,
            language="ru",
            category="Delegation",
            position="Генеральный директор",
            table_id=table.id,
        )  # fmt: skip
        for g, f, o in DELEGATION
    ]


def test_the_latin_line_of_a_cyrillic_name_is_9pt_or_more_and_dark(event, delegation, tmp_path):
    out = tmp_path / "delegation.pdf"
    layout = get_layout("insert-90x54")
    render_badges(event, delegation, layout.name, out, record=False)
    page = np.asarray(rasterise(out, dpi=DPI)[0].convert("L"))
    d = design(layout.badge_width, layout.badge_height)
    badges = _contents(event, delegation)
    for i, runs in enumerate(sheet_fronts(d, badges)):
        latin = [r for r in runs if r.field == "latin_name"]
        assert latin, badges[i].family_name
        assert " ".join(r.text for r in latin) == badges[i].second_line  # never shortened
        slot = layout.front(i)
        for run in latin:
            assert run.size >= LATIN_FLOOR
            b = run.bounds
            left = int((slot.x * MM + b.x) * PX)
            top = int((layout.page_height * MM - slot.y * MM - b.top) * PX)
            crop = page[top : top + int(b.h * PX) + 1, left : left + int(b.w * PX) + 1]
            inked = np.where((crop < 128).any(axis=1))[0]
            # ink from the capitals' tops to the baseline: DejaVu's cap height is 0.73 em
            assert (inked[-1] - inked[0] + 1) / PX >= 0.7 * LATIN_FLOOR, run.text
            assert np.percentile(crop, 1) < 50, run.text  # near-black, not the old grey


@pytest.mark.parametrize("layout", list_layouts(), ids=lambda lay: lay.name)
def test_no_text_on_any_badge_is_smaller_than_7pt(demo_event, layout, tmp_path):
    people = [g for g in guests.list_guests(demo_event) if not g.cancelled]
    people.append(guests.add_guest(
        demo_event, given_name="Maximilian-Alexander " * 3, family_name="Константинопольская " * 3,
        organisation="Landesentwicklungs- und Infrastrukturförderungsgesellschaft mbH " * 3,
        position="Stellvertretender Bereichsleiter Internationale Zusammenarbeit " * 3,
        language="ru",
    ))  # fmt: skip
    out = tmp_path / "all.pdf"
    render_badges(demo_event, people, layout.name, out, record=False)
    sizes = _font_sizes(out)
    assert sizes and min(sizes) >= FLOOR - 0.005


LONG_GERMAN = "Müller Orthopädie- und Rehabilitationstechnik Wiesental GmbH & Co. KG"
LONG_RUSSIAN = "Общество с ограниченной ответственностью «Сибирские медицинские приборы»"


def test_a_long_organisation_wraps_first_and_keeps_its_words(event):
    guest = guests.add_guest(event, given_name="Jörg", family_name="Schäfer",
                             organisation="Wiesentaler Gießerei und Maschinenbau AG")  # fmt: skip
    d = design(90, 54)
    runs = [r for r in front_text(d, _contents(event, [guest])[0]) if r.field == "organisation"]
    assert len(runs) == 2 and all(r.size >= 9 for r in runs)
    assert " ".join(r.text for r in runs) == "Wiesentaler Gießerei und Maschinenbau AG"


@pytest.mark.parametrize(
    ("organisation", "shown"),
    [
        (LONG_GERMAN, "Müller Orthopädie- und Rehabilitationstechnik Wiesental"),
        (LONG_RUSSIAN, "ООО «Сибирские медицинские приборы»"),
    ],
)
def test_a_too_long_organisation_loses_its_legal_form_before_it_shrinks(event, tmp_path,
                                                                       organisation, shown):  # fmt: skip
    guest = guests.add_guest(event, given_name="Anna", family_name="Weber",
                             organisation=organisation)  # fmt: skip
    d = design(90, 54)
    runs = [r for r in front_text(d, _contents(event, [guest])[0]) if r.field == "organisation"]
    assert " ".join(r.text for r in runs) == shown  # whole words, no "…"
    assert min(r.size for r in runs) >= FLOOR
    out = tmp_path / "org.pdf"
    render_badges(event, [guest], "insert-90x54", out, record=False)
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert shown.split()[-1] in text and "GmbH & Co. KG" not in text and "Общество" not in text


ORGANISATIONS = [
    "CloudLab GmbH",
    "Landratsamt Wiesental",
    "Biermann Stahlhandel KG",
    "Seniorenzentrum Am Mühlbach",
    "Wirtschaftsförderung Landkreis Wiesental",
    "Stadtwerke Wiesental – Digitale Dienste",
    "Böhm Feinkost GmbH",
    "Bio-Hof Brückner",
]


def _sheet(event, organisations):
    people = [
        guests.add_guest(
            event, given_name="Kim", family_name=f"Muster{chr(65 + i)}", organisation=org
        )  # fmt: skip
        for i, org in enumerate(organisations)
    ]
    return people, _contents(event, people)


def test_organisations_on_one_sheet_share_one_size(event, tmp_path):
    people, badges = _sheet(event, ORGANISATIONS)
    d = design(90, 54)
    alone = {min(r.size for r in front_text(d, b) if r.field == "organisation") for b in badges}
    assert len(alone) > 1  # each on its own would have its own size
    fronts = sheet_fronts(d, badges)
    sizes = {round(r.size, 2) for runs in fronts for r in runs if r.field == "organisation"}
    assert len(sizes) == 1 and sizes.pop() >= 9
    out = tmp_path / "sheet.pdf"  # and the PDF is drawn exactly so
    render_badges(event, people, "insert-90x54", out, record=False, options={"language": "de"})
    assert set(_font_sizes(out)) == {round(r.size, 2) for runs in fronts for r in runs}


def test_one_very_long_organisation_does_not_shrink_the_others(event):
    _, badges = _sheet(event, [*ORGANISATIONS[:7], "Landesentwicklungsgesellschaft " * 4])
    fronts = sheet_fronts(design(90, 54), badges)
    sizes = [min(r.size for r in runs if r.field == "organisation") for runs in fronts]
    assert len({round(s, 2) for s in sizes[:7]}) == 1 and sizes[0] >= 9
    assert FLOOR <= sizes[7] < sizes[0]
