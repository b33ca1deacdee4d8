"""A design travels as one file with its images and comes back unchanged."""

from __future__ import annotations

import zipfile

import pytest

from checkin.badges.designs import package, store
from checkin.badges.designs.model import Element
from checkin.errors import InvalidInput
from checkin.event import Event, EventInfo

from .conftest import simple_design


def test_export_then_import_into_another_event_gives_the_same_design_and_images(
    event, tmp_path, png_asset, svg_asset, pdf_asset
):
    design = simple_design(
        "Partnerstadt",
        Element("background", 0, 0, 90, 54, asset=pdf_asset.sha),
        Element("image", 4, 40, 20, 10, name="logo", asset=png_asset.sha),
        Element("image", 30, 40, 20, 10, asset=svg_asset.sha),
    )
    store.save_design(event, design, [png_asset, svg_asset, pdf_asset])
    out = package.export_design(event, "Partnerstadt", tmp_path / "p.checkin-design")
    other = Event.create(tmp_path / "other.checkin", EventInfo(name="Andere"))
    try:
        imported = package.import_design(other, out)
        assert imported == design
        assert store.get_design(other, "Partnerstadt") == design
        for asset in (png_asset, svg_asset, pdf_asset):
            assert store.get_asset(other, asset.sha) == asset
        again = package.export_design(other, "Partnerstadt", tmp_path / "again.checkin-design")
        assert again.read_bytes() == out.read_bytes()
    finally:
        other.close()


def test_a_design_file_with_a_changed_image_or_junk_is_refused(event, tmp_path, png_asset):
    design = simple_design("Logo", Element("image", 4, 40, 20, 10, asset=png_asset.sha))
    store.save_design(event, design, [png_asset])
    good = package.export_design(event, "Logo", tmp_path / "good.checkin-design")
    bad = tmp_path / "bad.checkin-design"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, data[:-20] + b"\0" * 20 if info.filename.startswith("images/")
                         else data)  # fmt: skip
    with pytest.raises(InvalidInput):
        package.import_design(event, bad)
    junk = tmp_path / "junk.checkin-design"
    junk.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InvalidInput) as caught:
        package.import_design(event, junk)
    assert caught.value.key == "design_file_unreadable"


def test_designs_are_listed_chosen_and_deleted(event):
    store.save_design(event, simple_design("B"))
    store.save_design(event, simple_design("a"))
    assert store.list_designs(event) == ["a", "B"]
    assert store.chosen_design(event) == store.STANDARD
    store.choose_design(event, "B")
    assert store.chosen_design(event) == "B"
    store.delete_design(event, "B")
    assert store.list_designs(event) == ["a"]
    assert store.chosen_design(event) == store.STANDARD
    with pytest.raises(InvalidInput):
        store.get_design(event, "B")
    with pytest.raises(InvalidInput) as caught:
        store.save_design(event, simple_design("Standard"))
    assert caught.value.key == "design_name_reserved"
