"""The guest-list check finds the guests a design fails, and refuses a QR code that won't scan."""

from __future__ import annotations

import pytest

from checkin import guests
from checkin.badges import render_badges, select_guests
from checkin.badges.designs import check, store
from checkin.badges.designs.default import default_design
from checkin.badges.designs.model import Design, Element, Face
from checkin.errors import InvalidInput

from .conftest import simple_design, text

LONG = "Wolfeschlegelsteinhausenbergerdorff-Константинопольская-Hohenzollern-Sigmaringen"


def test_a_name_too_long_for_its_place_is_reported_with_the_guest(event):
    long_one = guests.add_guest(event, given_name="Anna", family_name=LONG, category="Press")
    store.save_design(event, simple_design("Eng"))
    report = check.check_print(event, select_guests(event), 90, 54, "Eng")
    assert report.checked == 4 and not report.refused
    assert report.guests_affected == {long_one.id}
    problems = {f.problem for f in report.findings}
    assert "cut" in problems or "too_small" in problems
    finding = report.findings[0]
    assert finding.guest == f"Anna {LONG}" and finding.element == "family_name"
    assert LONG[:10] in finding.message()


def test_the_standard_design_passes_the_demo_guest_list(demo_event):
    report = check.check_print(demo_event, select_guests(demo_event), 90, 54)
    assert report.checked > 50 and not report.refused
    assert not report.problems("overflow")


@pytest.mark.parametrize(
    ("design", "problem"),
    [
        (simple_design("Klein", qr_mm=(70, 30, 14, 14)), "qr_too_small"),
        (simple_design("Zugedeckt", Element("shape", 60, 18, 10, 10, fill="#000000")),
         "qr_quiet_zone"),
        (Design("Ohne", 90, 54, Face((text("given_name", 4, 4, 80, 20),))), "no_qr"),
    ],
)  # fmt: skip
def test_a_qr_code_that_would_not_scan_is_refused(event, tmp_path, design, problem):
    report = check.check_design(design, [], 90, 54)
    assert report.refused and [f.problem for f in report.findings] == [problem]
    store.save_design(event, design)
    with pytest.raises(InvalidInput) as caught:
        render_badges(event, select_guests(event), "insert-90x54", tmp_path / "x.pdf",
                      options={"design": design.name})  # fmt: skip
    assert caught.value.key == "design_refused"


def test_artwork_under_the_qr_code_is_fine_once_the_code_has_its_white_backing():
    art = Element("background", 0, 0, 90, 54, asset="a" * 64)
    bare = Design("Kunst", 90, 54, Face((art, Element("qr", 62, 20, 26, 26))))
    backed = Design("Kunst", 90, 54, Face((art, Element("qr", 62, 20, 26, 26, fill="#ffffff"))))
    assert check.check_design(bare, [], 90, 54).refused
    assert not check.check_design(backed, [], 90, 54).refused


def test_every_standard_size_has_a_scannable_qr_code():
    for size in ((90, 54), (85.6, 54), (62, 100), (105, 148.5), (101.6, 76.2)):
        assert check.qr_findings(default_design(*size), *size) == []
