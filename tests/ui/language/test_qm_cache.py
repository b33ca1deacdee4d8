"""Compiled translations are cached by the content of their .ts file.

Several copies of checkin on one computer (an installed one, a checkout, a colleague's
branch) share the user's cache: a cached .qm named only after its language was taken
from another copy's texts, and the desk came up half in English.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QTranslator

from checkin import paths
from checkin.ui.language import i18n as ui_i18n

TS = Path(__file__).resolve().parents[3] / "translations" / "checkin_de.ts"


def _menu_file(qm: Path) -> str:
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator.translate("MainWindow", "&File")


def test_a_changed_ts_file_is_compiled_anew(qapp, tmp_path, monkeypatch):
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(TS, folder / "checkin_de.ts")
    monkeypatch.setattr(paths, "translations_dir", lambda: folder)
    first = ui_i18n.qm_file("de")
    assert _menu_file(first) == "&Datei"
    ts = folder / "checkin_de.ts"
    ts.write_text(ts.read_text(encoding="utf-8").replace(">&amp;Datei<", ">&amp;Akte<"),
                  encoding="utf-8")  # fmt: skip
    second = ui_i18n.qm_file("de")
    assert second != first and _menu_file(second) == "&Akte"
    ts.write_text(TS.read_text(encoding="utf-8"), encoding="utf-8")  # back as it was
    assert ui_i18n.qm_file("de") == first  # compiled once, found again
