"""The command line with arguments and folders that used to end in a traceback (issue 23)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from checkin import guests
from checkin.demo import create_demo
from checkin.event import Event
from checkin.exporting import formats
from tests.cli.helpers import run
from tests.core.importing.listfiles import write_text


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "demo.checkin"
    create_demo(path).close()
    return path


def _dump(path) -> str:
    with Event.open(path, read_only=True) as ev:
        return "\n".join(ev.db.conn.iterdump())


@pytest.mark.parametrize(
    "argv",
    [
        ["scan", "{event}", "\udcff\udcfeCODE"],  # a scanner on a Latin-1 terminal
        ["scan", "{event}", "CODE", "--desk", "Schalter \udce4"],
        ["new", "{dir}/caf\udce9.checkin", "--name", "Café"],
    ],
)
def test_arguments_that_are_not_utf8_are_refused_in_one_line(demo, capsys, argv):
    """Before: a UnicodeEncodeError traceback from SQLite."""
    before = _dump(demo)
    argv = [a.format(event=demo, dir=demo.parent) for a in argv]
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.startswith("checkin: the argument '") and err.count("\n") == 1
    assert "is not text in UTF-8" in err and "\\x" in err  # the odd bytes, shown readably
    assert _dump(demo) == before
    assert not any("caf" in p.name for p in demo.parent.iterdir())


def test_a_list_whose_file_name_is_not_utf8_imports(demo, tmp_path, capsys):
    """A Linux file name is bytes: an existing one is fine, and the report prints."""
    name = os.fsdecode(b"G\xe4ste.csv")  # Latin-1 "Gäste.csv", kept as surrogates
    path = write_text(tmp_path / name, [["Vorname", "Nachname"], ["Zora", "Neu"]])
    code, out, err = run(capsys, "import", demo, path)
    assert code == 0 and err == ""
    assert "G\ufffdste.csv: 1 row(s)" in out
    with Event.open(demo) as ev:
        assert "Zora Neu" in {g.full_name for g in guests.list_guests(ev)}


def test_an_export_into_a_read_only_folder_is_one_line(demo, tmp_path, capsys, monkeypatch):
    """A read-only medium refuses the file and even the removal of the half-written one
    (EROFS, not FileNotFoundError): before, a double traceback."""
    target = tmp_path / "stick"
    target.mkdir()

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    real_unlink = Path.unlink

    def unlink(self, missing_ok=False):
        if self.parent == target:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(self))
        return real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setitem(formats.FORMATS, "xlsx", formats.ExportFormat("xlsx", ".xlsx", read_only))
    monkeypatch.setattr(Path, "unlink", unlink)
    code, out, err = run(capsys, "export", demo, "--format", "xlsx", "--out", target / "a.xlsx")
    assert code == 2 and out == ""
    assert err == (
        f"checkin: {target / 'a.xlsx'}: the export could not be written (Read-only file system).\n"
    )
    assert list(target.iterdir()) == []
