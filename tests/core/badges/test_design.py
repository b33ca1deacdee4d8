"""Text never leaves its badge nor touches the QR code, however long the name."""

from __future__ import annotations

import math

import numpy as np
import pytest

from checkin import fonts, guests, tables
from checkin.badges import content, get_layout, list_layouts, render_badges
from checkin.badges.design import back_text, design

from .conftest import front_text, rasterise

ABSURD = {
    "given_name": "Maximilian-Alexander-Friedrich-Wilhelm " * 4,
    "family_name": "Wolfeschlegelsteinhausenbergerdorff" * 4 + " Константинопольская",
    "organisation": "Landesentwicklungs- und Infrastrukturförderungsgesellschaft " * 5,
    "position": "Stellvertretender Bereichsleiter Internationale Zusammenarbeit " * 4,
}


@pytest.fixture
def absurd(event):
    table = tables.add_table(event, 99, theme="Medizintechnik, Pflege und Rehabilitation " * 4)
    return guests.add_guest(event, **ABSURD, language="ru", category="Interpreter",
                            table_id=table.id)  # fmt: skip


def _content(event, guest):
    table = tables.get_table(event, guest.table_id)
    return content.build(event, guest, table, event_name="Kooperationsbörse " * 10,
                         staff_lang="de", reverse_transliteration=True)  # fmt: skip


@pytest.mark.parametrize("layout", list_layouts(), ids=lambda lay: lay.name)
def test_an_absurdly_long_name_stays_inside_its_box_on_every_layout(event, absurd, layout):
    fonts.register()
    d = design(layout.badge_width, layout.badge_height)
    badge = _content(event, absurd)
    runs = front_text(d, badge)
    fields = {r.field for r in runs}
    assert {"given_name", "family_name", "organisation", "category", "table"} <= fields
    for run in runs:
        assert run.box.contains(run.bounds), (run.field, run.text)
        assert d.badge.contains(run.bounds), (run.field, run.text)
        assert not run.bounds.overlaps(d.qr), (run.field, run.text)
    given = [r for r in runs if r.field == "given_name"]
    assert 1 <= len(given) <= 2 and given[-1].text.endswith("…")
    for kind in ("programme", "table"):
        lines = ["09:00  Kooperationsbörse mit sehr langem Namen " * 3] * 12
        for run in back_text(d, badge, kind, lines):
            assert d.badge.contains(run.bounds), (kind, run.field, run.text)


def test_the_long_name_leaves_no_ink_outside_its_badge_on_a_sheet_with_gaps(event, absurd,
                                                                           tmp_path):  # fmt: skip
    """Pixels, not geometry: in the gaps between the badges the paper stays white."""
    people = [absurd] * 8
    out = tmp_path / "gaps.pdf"
    batch = render_badges(event, people, "insert-90x54-crop", out, record=False,
                          options={"crop_marks": False})  # fmt: skip
    assert batch.sheets == 1
    dpi = 100
    image = np.asarray(rasterise(out, dpi=dpi)[0].convert("L"))
    px = dpi / 25.4
    inked = image < 200
    lay = get_layout("insert-90x54-crop")
    mask = np.ones_like(inked)
    for i in range(lay.per_sheet):  # pixels touching a badge may be inked (pdfium snaps 1 px)
        s = lay.front(i)
        top = lay.page_height - s.y - s.height
        mask[math.floor(top * px) - 1 : math.ceil((top + s.height) * px) + 1,
             math.floor(s.x * px) - 1 : math.ceil((s.x + s.width) * px) + 1] = False  # fmt: skip
    assert inked[mask].sum() == 0
    assert inked[~mask].sum() > 1000  # and the badges did get printed
