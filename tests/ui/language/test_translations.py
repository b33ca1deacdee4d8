"""The UI in German, Russian and English: switched at run time, .ts files current with the
code, texts looked up under the context they were extracted with, dates in the locale."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QHeaderView, QLabel, QMenu

from checkin import guests
from checkin.errors import CheckinError
from checkin.ui.language import i18n as ui_i18n
from checkin.ui.language import locale_format
from checkin.ui.language.actions import switch_language
from checkin.ui.language.messages import category_name, error_text
from checkin.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]
TRANSLATIONS = ROOT / "translations"
# pyside6-lupdate sits next to the interpreter (a venv's bin/), on PATH or not
ENV = {**os.environ, "PATH": str(Path(sys.executable).parent) + os.pathsep + os.environ["PATH"]}


def pairs(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or "")
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


@pytest.fixture
def english_afterwards(qapp):
    """Leave the application in English with the user's setting as it was."""
    settings = QSettings()
    before = settings.value(ui_i18n.SETTING)
    locale = QLocale()
    yield
    ui_i18n.translations().apply("en")
    QLocale.setDefault(locale)  # as before: other tests expect the system's formats
    if before is None:
        QSettings().remove(ui_i18n.SETTING)
    else:
        QSettings().setValue(ui_i18n.SETTING, before)


# -- the .ts files --------------------------------------------------------------------------------
def test_ts_files_are_current_with_the_source(tmp_path):
    """translations/update.sh on a copy finds no text that is new or gone."""
    for ts in TRANSLATIONS.glob("checkin_*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    subprocess.run(
        ["sh", str(TRANSLATIONS / "update.sh"), str(tmp_path)],
        check=True,
        capture_output=True,
        env=ENV,
    )
    for lang in ("de", "ru"):
        committed, fresh = (
            pairs(TRANSLATIONS / f"checkin_{lang}.ts"),
            pairs(tmp_path / f"checkin_{lang}.ts"),
        )
        assert sorted(fresh - committed) == [], "new texts: run translations/update.sh"
        assert sorted(committed - fresh) == [], "texts gone: run translations/update.sh"


def test_every_text_is_looked_up_under_the_context_it_was_extracted_with(tmp_path):
    """``window.tr()`` in a module function is extracted as 'window' but looked up as
    'MainWindow' and never translates: a context must be a class of the file (self.tr) or
    an explicit ``translate("context", …)``."""
    sources = sorted(str(p) for p in (ROOT / "checkin").rglob("*.py"))
    ts = tmp_path / "probe_de.ts"
    subprocess.run(
        ["pyside6-lupdate", "-locations", "absolute", *sources, "-ts", str(ts)],
        check=True,
        capture_output=True,
        env=ENV,
    )
    wrong = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            location = msg.find("location")
            source = ts.parent / location.get("filename")  # relative to the .ts file
            text = source.read_text(encoding="utf-8")
            explicit = re.search(rf'(translate|QT_TRANSLATE_NOOP)\(\s*"{re.escape(name)}"', text)
            a_class = re.search(rf"^\s*class {re.escape(name)}\b", text, re.MULTILINE)
            if not name or not (explicit or a_class):
                wrong.append((Path(location.get("filename")).name, name, msg.findtext("source")))
    assert wrong == []


def test_compiled_translations_load(tmp_path):
    for lang, menu in (("de", "&Datei"), ("ru", "&Файл")):
        qm = tmp_path / f"checkin_{lang}.qm"
        assert ui_i18n.compile_ts(TRANSLATIONS / f"checkin_{lang}.ts", qm)
        translator = QTranslator()
        assert translator.load(str(qm))
        assert translator.translate("MainWindow", "&File") == menu


# -- switching at run time --------------------------------------------------------------------------
def _menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_switching_the_language_from_the_file_menu_retranslates_the_window(
    qtbot, event, english_afterwards
):
    ui_i18n.translations().apply("en")
    window = MainWindow(event, desk="Empfang 1")
    qtbot.addWidget(window)
    window.show()
    assert _menu_titles(window)[:3] == ["&File", "&Guests", "&Tables"]
    expected = {
        "de": (["&Datei", "&Gäste", "&Tische"], "Namensschild scannen", "Bereit", "&Suchen…"),
        "ru": (["&Файл", "&Гости", "С&толы"], "Отсканируйте бейдж", "Готово", "&Найти…"),
        "en": (["&File", "&Guests", "&Tables"], "Scan a badge", "Ready", "&Find by name…"),
    }
    for lang in ("de", "ru", "en"):
        window.findChild(QAction, f"action_language_{lang}").trigger()  # File ▸ Language
        menus, placeholder, card, _ = expected[lang]
        assert _menu_titles(window)[:3] == menus  # the same window, its texts said again
        assert window.scan_view.code_field.placeholderText().startswith(placeholder)
        assert window.scan_view.card.title.text().startswith(card)
        assert window.findChild(QAction, "action_print_queue").text() == (
            QCoreApplication.translate("printing", "Print &queue…")
        )
        assert QSettings().value(ui_i18n.SETTING) == lang
        checked = [a for a in window.findChild(QMenu, "menu_language").actions() if a.isChecked()]
        assert [a.objectName() for a in checked] == [f"action_language_{lang}"]


def test_a_language_switch_keeps_admin_mode_the_guest_display_and_the_page(
    qtbot, event, english_afterwards
):
    from checkin import admin

    ui_i18n.translations().apply("en")
    admin.set_pin(event, "471147")
    window = MainWindow(event, desk="Empfang 1")
    qtbot.addWidget(window)
    window.show()
    gate = window.ctx.admin_gate
    gate.ask_pin = lambda *_args: "471147"
    gate.unlock()
    assert gate.unlocked
    window.item_box.setCurrentIndex(window.item_box.count() - 1)
    item = window.ctx.item
    window.toggle_display()
    display = window.guest_display
    qtbot.addWidget(display)
    window.show_list()
    window.on_scanned("nobody")  # a card to keep, too
    window.show_list()
    switch_language(window, "de")
    assert gate.unlocked and window.ctx.admin_gate is gate  # still in admin mode
    assert window.guest_display is display and display.isVisible()
    assert window.pages.currentWidget() is window.guest_list  # still on the list
    assert window.ctx.item.id == item.id and window.ctx.event is event
    assert window.scan_view.card.title.text() == "Unbekannter Code"  # the card, said again
    assert window.findChild(QAction, "action_import_guests").isEnabled()
    window.on_scanned("nobody")
    assert window.scan_view.card.title.text() == "Unbekannter Code"


def test_check_in_card_is_german_under_german(qtbot, event, english_afterwards):
    ui_i18n.translations().apply("de")
    window = MainWindow(event, desk="Empfang 1")
    qtbot.addWidget(window)
    anna = next(g for g in guests.list_guests(event) if g.family_name == "Müller")
    window.on_scanned(guests.badge_code(event, anna))
    assert window.scan_view.card.title.text().startswith("Willkommen, ")
    window.on_scanned(guests.badge_code(event, anna))
    assert "ist bereits eingecheckt" in window.scan_view.card.title.text()
    assert window.scan_view.card.details.text().startswith("Seit ")


# -- core texts, dates, the guest's own language ------------------------------------------------------
def test_core_errors_are_shown_in_the_ui_language(english_afterwards):
    error = CheckinError("file_missing", path="/tmp/x.checkin")
    assert error_text(error) == "/tmp/x.checkin: no such event file."
    ui_i18n.translations().apply("de")
    assert error_text(error) == "/tmp/x.checkin: Diese Veranstaltungsdatei gibt es nicht."
    ui_i18n.translations().apply("ru")
    assert error_text(CheckinError("pin_locked", seconds=30)) == (
        "Слишком много неверных PIN: повторите через 30 с."
    )
    assert category_name("Delegation") == "Делегация"
    assert category_name("Sponsor") == "Sponsor"  # a category of the user's own: as entered


def test_dates_and_numbers_follow_the_ui_language(english_afterwards, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    import time

    time.tzset()
    try:
        moment = datetime(2026, 4, 24, 8, 2, tzinfo=UTC).isoformat()
        ui_i18n.translations().apply("de")
        assert locale_format.date_time(moment) == "24.04.2026 10:02"
        assert locale_format.number(1234) == "1.234"
        ui_i18n.translations().apply("ru")
        assert locale_format.date_time(moment) == "24.04.2026 10:02"
        ui_i18n.translations().apply("en")
        assert locale_format.date_time(moment) == "24/04/2026 10:02"
        assert locale_format.number(1234) == "1,234"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_guest_display_greets_in_the_guests_language_whatever_the_staff_reads(
    qtbot, event, english_afterwards
):
    ui_i18n.translations().apply("de")  # staff read German
    window = MainWindow(event)
    qtbot.addWidget(window)
    window.toggle_display()
    display = window.guest_display
    qtbot.addWidget(display)
    ivan = next(g for g in guests.list_guests(event) if g.family_name == "Парфёнов")
    window.on_scanned(guests.badge_code(event, ivan))
    assert display.greeting.text().startswith("Добро пожаловать")
    assert display.table_caption.text() == "Ваш стол"
    assert window.scan_view.card.title.text().startswith("Willkommen")  # the staff's card


def test_qt_translate_context_is_the_class_for_self_tr(qapp, english_afterwards):
    """PySide6 looks ``self.tr`` up under the class name (and its bases)."""
    ui_i18n.translations().apply("de")
    assert QCoreApplication.translate("MainWindow", "&Quit") == "&Beenden"


def _accelerator(text: str) -> str | None:
    found = re.findall(r"&([^&\s])", text.replace("&&", ""))
    return found[0].casefold() if found else None


@pytest.mark.parametrize("lang", ["en", "de", "ru"])
def test_menu_accelerators_are_unique_in_every_language(qtbot, event, lang, english_afterwards):
    ui_i18n.translations().apply(lang)
    window = MainWindow(event)
    qtbot.addWidget(window)
    clashes = []
    menus = [(window.menuBar().actions(), "menu bar")] + [
        (menu.actions(), menu.objectName()) for menu in window.findChildren(QMenu)
    ]
    for actions, where in menus:
        seen: dict[str, str] = {}
        for action in actions:
            key = _accelerator(action.text())
            if key and key in seen:
                clashes.append((where, seen[key], action.text()))
            elif key:
                seen[key] = action.text()
    assert clashes == []


def test_plural_forms_follow_the_language(english_afterwards):
    def guests_text(n):
        return QCoreApplication.translate("ImportCounts", "%n guest(s)", None, n)

    assert [guests_text(n) for n in (1, 2)] == ["1 guest(s)", "2 guest(s)"]
    ui_i18n.translations().apply("de")
    assert [guests_text(n) for n in (1, 2)] == ["1 Gast", "2 Gäste"]
    ui_i18n.translations().apply("ru")
    assert [guests_text(n) for n in (1, 3, 5, 21)] == ["1 гость", "3 гостя", "5 гостей", "21 гость"]


def test_the_admin_gate_locks_the_same_actions_in_every_language(qtbot, event, english_afterwards):
    """Admin-only actions are recognised by name, not by their (translated) text."""
    locked = {}
    for lang in ("en", "de", "ru"):
        ui_i18n.translations().apply(lang)
        window = MainWindow(event)
        qtbot.addWidget(window)
        locked[lang] = sorted(a.objectName() for a in window.ctx.admin_gate.apply())
        window.keep_event_open = True
        window.close()
    assert "action_import_guests" in locked["en"]
    assert locked["de"] == locked["en"] == locked["ru"]


def _clipped(widget) -> list[tuple]:
    """Header sections, buttons and one-line labels narrower than their text needs."""
    found = []
    for header in widget.findChildren(QHeaderView):
        if not header.isVisible() or header.orientation() != Qt.Orientation.Horizontal:
            continue
        for i in range(header.count()):
            need = header.sectionSizeFromContents(i).width()
            if not header.isSectionHidden(i) and header.sectionSize(i) < need - 2:
                found.append((header.model().headerData(i, header.orientation()), need))
    for child in widget.findChildren(QAbstractButton) + widget.findChildren(QLabel):
        wraps = isinstance(child, QLabel) and child.wordWrap()
        if child.isVisible() and not wraps and child.width() < child.minimumSizeHint().width() - 1:
            found.append((child.text(), child.minimumSizeHint().width()))
    return found


@pytest.mark.parametrize("lang", ["de", "ru", "en"])
def test_nothing_is_clipped_in_the_main_views(qtbot, demo_event, lang, english_afterwards):
    from checkin.ui.badges.badge_dialog import BadgeDialog
    from checkin.ui.reports.stats_view import StatsView
    from checkin.ui.seating.seating_view import SeatingView
    from checkin.ui.transfer.export_dialog import ExportDialog

    ui_i18n.translations().apply(lang)
    window = MainWindow(demo_event)
    qtbot.addWidget(window)
    window.show()
    guest = guests.list_guests(demo_event)[5]
    window.on_scanned(guests.badge_code(demo_event, guest))
    clipped = {"desk": _clipped(window)}
    window.show_list()
    clipped["list"] = _clipped(window)
    for name, dialog in (
        ("stats", StatsView(window.ctx, window)),
        ("seating", SeatingView(demo_event)),
        ("badges", BadgeDialog(demo_event, window)),
        ("export", ExportDialog(demo_event, window.ctx.item, lang, window)),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        clipped[name] = _clipped(dialog)
        dialog.close()
    assert {k: v for k, v in clipped.items() if v} == {}


def test_seating_reasons_and_the_sync_install_hint_translate(english_afterwards):
    from checkin.seating.reasons import Reason
    from checkin.sync.syncthing import INSTALL_HINT
    from checkin.ui.seating.seating_model import reason_text

    ui_i18n.translations().apply("de")
    assert reason_text(Reason("kept", {"table": 3})) == "Bleibt an Tisch 3."
    missing = CheckinError("syncthing_missing", hint=INSTALL_HINT)
    assert error_text(missing).startswith("Für mehrere Schalter wird Syncthing benötigt.")
    ui_i18n.translations().apply("ru")
    assert reason_text(Reason("no_tables", {})) == "У мероприятия ещё нет столов."


@pytest.mark.parametrize("lang", ["de", "ru", "en"])
def test_the_desk_fits_a_small_laptop_screen(qtbot, demo_event, lang, english_afterwards):
    """Long category names wrap the counters onto a second line instead of widening the
    window beyond a 1366-pixel screen; every counter stays whole and visible."""
    ui_i18n.translations().apply(lang)
    window = MainWindow(demo_event)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    assert window.minimumSizeHint().width() <= 1000
    counters = window.counters
    assert counters.chips
    for chip in counters.chips.values():
        assert chip.isVisible()
        assert chip.width() >= chip.sizeHint().width()
        assert counters.rect().contains(chip.geometry())


def test_open_windows_change_language_with_the_desk(qtbot, event, english_afterwards):
    from tests.ui.admin_mode import unlock

    ui_i18n.translations().apply("en")
    window = MainWindow(event, desk="Empfang 1")
    qtbot.addWidget(window)
    window.show()
    unlock(window)
    for name in ("seating", "statistics", "print_queue", "edit_tables"):
        window.findChild(QAction, f"action_{name}").trigger()
    seating = window.ctx.seating.seating_view
    stats = window.ctx.opened["stats_view"]
    panel = window.ctx.opened["print_panel"]
    tables = window.ctx.seating.tables_dialog
    for top in (seating, stats, panel, tables):
        qtbot.addWidget(top)
    switch_language(window, "de")
    assert [w.windowTitle() for w in (seating, stats, panel, tables)] == [
        "Sitzordnung",
        "Statistik",
        "Druckwarteschlange",
        "Tische",
    ]
    assert seating.isVisible() and stats.isVisible()  # open, and still open
    assert stats.items_model.headerData(7, Qt.Orientation.Horizontal) == "Noch nicht da"
    assert window.findChild(QAction, "action_seating").text() == "&Sitzordnung…"
    switch_language(window, "ru")
    assert seating.windowTitle() == "Рассадка" and window.menu_title("file") == "&Файл"


@pytest.mark.parametrize(
    ("lang", "look_in", "file_type"),
    [("ru", "&Перейти к:", "&Типы файлов:"), ("de", "Suchen &in:", "Datei&typ:")],
)
def test_qts_own_file_dialog_speaks_the_ui_language(qtbot, lang, look_in, file_type,
                                                     english_afterwards):  # fmt: skip
    """Qt's catalogue lacks the file dialog's labels since they got mnemonics in 6.12."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog, QLabel

    ui_i18n.translations().apply(lang)
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == look_in and labels["fileTypeLabel"] == file_type
    assert labels["fileNameLabel"] not in ("", "File &name:")  # Qt's own text still comes
    # and texts the gap table does not know fall through to the other catalogues
    assert QCoreApplication.translate("QFileDialog", "&Open") not in ("", "&Open")


def test_a_language_switch_renames_the_programme_items_at_once(
    qtbot, demo_event, english_afterwards
):
    """The item picker speaks the new language straight away, not after the next scan."""
    ui_i18n.translations().apply("en")
    window = MainWindow(demo_event, desk="Empfang 1")
    qtbot.addWidget(window)
    window.show()
    assert window.item_box.currentText().startswith("Tue 20.04. Cooperation exchange")
    expected = {"de": "Di 20.04. Kooperationsbörse", "ru": "Вт 20.04. ", "en": "Tue 20.04. Coop"}
    for lang, start in expected.items():
        window.findChild(QAction, f"action_language_{lang}").trigger()
        assert window.item_box.currentText().startswith(start)
        assert window.item_box.currentText().endswith("(0/82)")  # the counts stay


def test_a_language_switch_says_the_table_on_the_card_in_the_new_language(
    qtbot, demo_event, english_afterwards
):
    """A guest scanned before the switch: the card names their table's theme in Russian."""
    ui_i18n.translations().apply("en")
    window = MainWindow(demo_event, desk="Empfang 1")
    qtbot.addWidget(window)
    window.show()
    irina = next(g for g in guests.list_guests(demo_event) if g.given_name == "Ирина")
    window.on_scanned(guests.badge_code(demo_event, irina))
    table = window.scan_view.card.table
    assert "Care" in table.text()
    window.findChild(QAction, "action_language_ru").trigger()
    assert "Уход" in table.text() and "Care" not in table.text()
    window.findChild(QAction, "action_language_de").trigger()
    assert "Pflege" in table.text()
