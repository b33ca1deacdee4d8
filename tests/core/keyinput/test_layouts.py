import pytest

from checkin.keyinput.layouts import LAYOUTS, US, repair_scanner_layout, typed_on
from tests.core.keyinput.key_data import LAYOUT_CASES


@pytest.mark.parametrize(("layout", "meant", "arrives"), LAYOUT_CASES)
def test_layout_garbles_as_on_the_real_keyboard(layout, meant, arrives):
    assert typed_on(layout, meant) == arrives


@pytest.mark.parametrize(("layout", "meant", "arrives"), LAYOUT_CASES)
def test_repair_offers_what_the_scanner_meant(layout, meant, arrives):
    candidates = repair_scanner_layout(arrives)
    assert candidates[0].text == arrives and candidates[0].layout == "us"
    assert (meant, layout) in [(c.text, c.layout) for c in candidates]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_key_gives_one_character_so_repair_is_unambiguous(layout):
    chars = [ch for rows in LAYOUTS[layout] for row in rows for ch in row]
    assert len(chars) == len(set(chars))
    assert [len(r) for r in LAYOUTS[layout][0]] == [len(r) for r in US[0]]


def test_plain_text_gives_no_duplicate_candidates():
    candidates = repair_scanner_layout("0123456789")
    texts = [c.text for c in candidates]
    assert len(texts) == len(set(texts))
    assert texts[0] == "0123456789"
