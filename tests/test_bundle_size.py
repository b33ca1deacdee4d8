"""The bundle size check CI runs after building the app (packaging/bundle_size.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "packaging" / "bundle_size.py"
spec = importlib.util.spec_from_file_location("bundle_size", SCRIPT)
bundle_size = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bundle_size)
MIB = bundle_size.MIB


def test_a_bundle_within_the_limits_passes(tmp_path, capsys):
    app = tmp_path / "checkin"
    (app / "_internal").mkdir(parents=True)
    (app / "checkin").write_bytes(b"\x7fELF" + b"x" * 1000)
    (app / "_internal" / "libQt6Core.so.6").write_bytes(b"y" * 5000)
    (app / "libQt6Core.so.6").symlink_to("_internal/libQt6Core.so.6")  # counted once
    assert bundle_size.folder_bytes(app) == 1004 + 5000
    assert bundle_size.main([str(app), "--archive", str(tmp_path / "app.tar.xz")]) == 0
    assert "app folder: 0.0 MiB" in capsys.readouterr().out
    assert (tmp_path / "app.tar.xz").stat().st_size > 0


def test_an_oversized_folder_or_archive_fails(tmp_path, capsys):
    app = tmp_path / "checkin"
    app.mkdir()
    with (app / "huge.so").open("wb") as fh:  # sparse: its size, not disk space
        fh.truncate(151 * MIB)
    assert bundle_size.main([str(app)]) == 1
    assert "app folder 151.0 MiB > 150 MiB" in capsys.readouterr().err
    assert bundle_size.verdict(149 * MIB, 61 * MIB) == ["archive 61.0 MiB > 60 MiB"]
    assert bundle_size.verdict(149 * MIB, 59 * MIB) == []
