"""Render real PDFs, rasterise them with pdfium and read them back like a scanner would."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from checkin import checkins, fonts, guests
from checkin.badges import (
    BadgeOptions,
    badge_location,
    list_layouts,
    prints_of,
    render_badges,
    select_guests,
)
from checkin.errors import InvalidInput
from checkin.event import Event

from .conftest import decode, rasterise


def _slot_at(layout, x_px, y_px, dpi, page_h_mm):
    """Which slot (1-based) of the front page a point in pixels falls into."""
    x_mm, y_mm = x_px / dpi * 25.4, page_h_mm - y_px / dpi * 25.4
    for i in range(layout.per_sheet):
        s = layout.front(i)
        if s.x <= x_mm <= s.x + s.width and s.y <= y_mm <= s.y + s.height:
            return i + 1
    return None


@pytest.mark.parametrize("layout", list_layouts(), ids=lambda lay: lay.name)
def test_every_qr_code_scans_and_checks_in_the_right_guest(demo_event, tmp_path, layout):
    people = select_guests(demo_event)[: layout.per_sheet * 2]
    out = tmp_path / "badges.pdf"
    batch = render_badges(demo_event, people, layout.name, out)
    pages = rasterise(out, dpi=200)
    fronts = pages[::2] if layout.sides == "duplex" else pages
    assert len(fronts) == batch.sheets
    by_place = {place: gid for gid, place in batch.placements.items()}
    seen = set()
    for sheet, image in enumerate(fronts, start=1):
        codes = decode(image)
        assert len(codes) == len([p for p in by_place if p[0] == sheet])
        for text, x, y in codes:
            slot = _slot_at(layout, x, y, 200, layout.page_height)
            result = checkins.check_in(demo_event, text)
            assert result.result is checkins.Result.CHECKED_IN, text
            assert result.guest.id == by_place[(sheet, slot)]
            seen.add(result.guest.id)
    assert seen == {g.id for g in people}
    if layout.sides == "duplex":  # backs carry no code to scan by mistake
        assert all(decode(image) == [] for image in pages[1::2])


def test_qr_modules_are_at_least_half_a_millimetre_with_a_four_module_quiet_zone():
    from checkin.badges.design import design

    for layout in list_layouts():
        d = design(layout.badge_width, layout.badge_height)
        assert d.qr_module_mm >= 0.5, layout.name
        # The quiet zone lies inside the square: nothing else may be drawn there.
        assert not d.qr.overlaps(d.band) and not d.qr.overlaps(d.header)
        assert d.badge.contains(d.qr)


def _page_text(pdf_bytes: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf_bytes)).pages)


def test_cyrillic_german_and_accented_names_are_in_the_pdf_as_text(event):
    names = [
        ("Алексей", "Парфёнов", "ООО «СибМедПрибор»"),
        ("Jörg", "Weiß-Größenbäumer", "Bäckerei Müller & Söhne"),
        ("François", "Lefèvre-Núñez", "Société Générale d’Équipement"),
        ("Søren", "Kierkegård", "Ærø Øl"),
    ]
    for given, family, org in names:
        guests.add_guest(event, given_name=given, family_name=family, organisation=org)
    out = io.BytesIO()
    render_badges(event, select_guests(event), "a6", out, record=False)
    text = _page_text(out.getvalue())
    for given, family, org in names:
        for part in (given, family, org):
            assert part in text
            assert fonts.missing_glyphs(part) == set()
    assert "Aleksei Parfenov" in text  # the Latin line under a Cyrillic name
    assert "Стол 2" in text  # the Russian guest's table label, in Russian
    assert "Иван" in text and "ООО «СибМед»" in text
    assert "Tisch 1" in text


def test_batches_are_sorted_by_family_name_and_cyrillic_files_under_latin(event, tmp_path):
    batch = render_badges(event, select_guests(event), "insert-90x54", tmp_path / "b.pdf")
    names = [guests.get_guest(event, gid).family_name for gid in batch.order]
    assert names == ["Müller", "Парфёнов", "Weiß"]  # Müller, Parfenov, Weiß
    ivan = batch.order[1]
    assert batch.placements[ivan] == (1, 2)
    assert batch.location(ivan) == "box P, sheet 1, slot 2"


def test_printing_is_logged_so_the_desk_finds_the_badge_and_nobody_prints_twice(event, tmp_path):
    people = select_guests(event)
    batch = render_badges(
        event, people, "a6-4up", tmp_path / "b.pdf", options=BadgeOptions(desk="D1", operator="eva")
    )
    anna = next(g for g in people if g.family_name == "Müller")
    assert badge_location(event, anna.id) == "box M, sheet 1, slot 1"
    log = prints_of(event, anna.id)
    assert [(r.layout, r.desk, r.operator, r.batch_id) for r in log] == [
        ("a6-4up", "D1", "eva", batch.batch_id)
    ]
    again = guests.get_guest(event, anna.id)
    assert again.badge_printed_count == 1 and again.badge_printed_at
    assert select_guests(event, unprinted=True) == []
    render_badges(event, [again], "cr80", tmp_path / "walk-in.pdf")
    assert guests.get_guest(event, anna.id).badge_printed_count == 2
    assert badge_location(event, anna.id) == "box M, sheet 1, slot 1"  # cr80: one per sheet


def test_a_preview_is_not_logged(event):
    people = select_guests(event)
    render_badges(event, people, "a6", io.BytesIO(), record=False)
    assert all(badge_location(event, g.id) is None for g in people)
    assert select_guests(event, unprinted=True) == people


def test_filters_select_by_category_table_and_id(event):
    assert [g.family_name for g in select_guests(event, categories_=["delegation"])] == ["Парфёнов"]
    assert [g.family_name for g in select_guests(event, table_numbers=[1])] == ["Müller"]
    jorg = select_guests(event, categories_=["Press"])[0]
    assert select_guests(event, guest_ids=[jorg.id]) == [jorg]


def test_an_empty_selection_is_refused_with_a_clear_message(event, tmp_path):
    with pytest.raises(InvalidInput, match="No guests selected"):
        render_badges(event, [], "a6", tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()


def test_progress_is_reported_per_sheet(demo_event):
    seen = []
    people = select_guests(demo_event)[:20]
    render_badges(demo_event, people, "insert-90x54", io.BytesIO(), record=False,
                  progress=lambda done, total: seen.append((done, total)))  # fmt: skip
    assert seen == [(8, 20), (16, 20), (20, 20)]


def test_duplex_and_fold_over_backs_carry_the_programme_and_the_table(demo_event):
    people = select_guests(demo_event, categories_=["Guest"])[:2]
    people += select_guests(demo_event, categories_=["Delegation"])[:2]
    for layout in ("a6-4up-duplex", "a6-foldover"):
        out = io.BytesIO()
        render_badges(demo_event, people, layout, out, record=False)
        reader = PdfReader(io.BytesIO(out.getvalue()))
        assert len(reader.pages) == 2
        backs = (
            reader.pages[1].extract_text()
            if layout.endswith("duplex")
            else (reader.pages[0].extract_text() + reader.pages[1].extract_text())
        )
        # Each guest reads the programme heading and table label in their own language.
        assert "Programm\n" in backs and "Программа" in backs
        assert "Kooperationsbörse" in backs and "Tisch" in backs and "Стол" in backs


def test_renders_in_parallel_threads_leave_reportlab_settings_as_they_were(demo_event):
    import threading

    from reportlab import rl_config

    before = rl_config.useA85
    path = demo_event.path
    errors = []

    def work():
        try:
            with Event.open(path) as own:
                render_badges(own, select_guests(own)[:16], "insert-90x54", io.BytesIO(),
                              record=False)  # fmt: skip
        except Exception as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and rl_config.useA85 == before


def test_fold_over_sheets_show_where_to_fold(demo_event, tmp_path):
    import numpy as np

    out = tmp_path / "fold.pdf"
    render_badges(demo_event, select_guests(demo_event)[:2], "a6-foldover", out, record=False)
    image = np.asarray(rasterise(out, dpi=100)[0].convert("L"))
    px = 100 / 25.4
    fold_row = round(148.5 * px)  # the fronts' top edge, from the top of the page

    def dashed(row):
        line = image[row, 5 : image.shape[1] - 5]
        return ((line > 120) & (line < 230)).mean()

    best = max(dashed(r) for r in range(fold_row - 2, fold_row + 3))
    assert best > 0.3  # a dashed grey line across both badges
    assert dashed(round(120 * px)) < 0.05  # and not just grey everywhere


def test_printed_badges_are_announced_to_the_sync_journal(event, tmp_path):
    from checkin import changes

    heard = []
    changes.subscribe(event, lambda kind, payload: heard.append((kind, payload)))
    people = select_guests(event)
    render_badges(event, people, "a6", io.BytesIO(), record=False)
    assert heard == []  # a preview changes nothing
    render_badges(event, people, "a6", tmp_path / "b.pdf")
    assert heard == [("guest_updated", {"ids": sorted(g.id for g in people)})]
