"""Bulk imports and exports pause the cyclic garbage collector, and always restore it."""

from __future__ import annotations

import gc

import pytest

from checkin.gc_pause import cyclic_gc_paused


@pytest.fixture(autouse=True)
def _collector_on():
    gc.enable()
    yield
    gc.enable()


def test_paused_inside_and_on_again_after_an_error():
    with pytest.raises(RuntimeError), cyclic_gc_paused():
        assert not gc.isenabled()
        raise RuntimeError("export failed")
    assert gc.isenabled()


def test_a_pause_in_place_is_left_as_it_was():
    gc.disable()
    with cyclic_gc_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_the_exports_run_paused(monkeypatch, tmp_path):
    from checkin.exporting import xlsx_export

    seen = []
    monkeypatch.setattr(xlsx_export, "write_workbook", lambda *args: seen.append(gc.isenabled()))
    monkeypatch.setattr(xlsx_export, "event_attendance", lambda *args: None)
    xlsx_export.export_xlsx(None, tmp_path / "x.xlsx")
    assert seen == [False] and gc.isenabled()
