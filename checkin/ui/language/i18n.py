"""Loading and switching the UI language (Qt translators, locale for dates and numbers).

The ``.ts`` sources live in ``translations/``; ``.qm`` files are built from them by
``python -m checkin.ui.language.i18n`` (and by the app bundle's build). When a ``.qm`` file is
missing or older than its ``.ts``, it is compiled on first use into the user's cache,
named by the ``.ts`` file's content.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QSettings,
    QStandardPaths,
    QTranslator,
)

from checkin import i18n, paths
from checkin.ui.language.qt_gaps import QtGaps

SETTING = "ui/language"
_LOCALES = {"de": "de_DE", "ru": "ru_RU", "en": "en_GB"}  # en_GB: 24-hour clock, d/m order


def _lrelease() -> list[str]:
    exe = shutil.which("pyside6-lrelease")
    if exe:
        return [exe]
    return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()"]


def compile_ts(ts: Path, qm: Path) -> bool:
    qm.parent.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run([*_lrelease(), str(ts), "-qm", str(qm)], capture_output=True)
    return proc.returncode == 0 and qm.is_file()


def qm_file(lang: str) -> Path | None:
    """The compiled translation for ``lang``, building it if needed; None for English."""
    if lang == i18n.DEFAULT:
        return None
    folder = paths.translations_dir()
    ts, qm = folder / f"checkin_{lang}.ts", folder / f"checkin_{lang}.qm"
    frozen = getattr(sys, "frozen", False)  # a bundle: its .qm files are built with it
    if qm.is_file() and (frozen or not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    if not ts.is_file():
        return None
    # The cache is shared by every copy of checkin on this computer: named by the .ts
    # file's content, a copy never loads texts compiled from another copy's .ts.
    cache = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
    digest = hashlib.sha1(ts.read_bytes()).hexdigest()[:12]
    cached = cache / "translations" / f"{qm.stem}-{digest}.qm"
    if cached.is_file():
        return cached
    return cached if compile_ts(ts, cached) else None


class Translations:
    """Keeps the installed translators; ``apply(lang)`` switches the whole application."""

    def __init__(self, app: QCoreApplication):
        self.app = app
        self.language = i18n.DEFAULT
        self._installed: list[QTranslator] = []

    def apply(self, lang: str) -> str:
        lang = i18n.normalise(lang)
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        own = qm_file(lang)
        for path in ([Path(qt_dir) / f"qtbase_{lang}.qm"] if lang != "en" else []) + (
            [own] if own else []
        ):
            translator = QTranslator(self.app)
            if path.is_file() and translator.load(str(path)):
                self.app.installTranslator(translator)
                self._installed.append(translator)
        gaps = QtGaps(lang, self.app)  # what Qt's own catalogue lacks (file dialogs)
        if not gaps.isEmpty():
            self.app.installTranslator(gaps)
            self._installed.append(gaps)
        QLocale.setDefault(QLocale(_LOCALES[lang]))
        self.language = lang
        # Qt posts LanguageChange to every window; deliver it now, so that every widget
        # has said its texts again (see retranslation.py) when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return lang


def translations(app: QCoreApplication | None = None) -> Translations:
    app = app or QCoreApplication.instance()
    existing = getattr(app, "_checkin_translations", None)
    if existing is None:
        existing = Translations(app)
        app._checkin_translations = existing
    return existing


def chosen_language() -> str:
    """The user's choice if any, else the system language."""
    value = QSettings().value(SETTING)
    return i18n.normalise(value) if value else i18n.system_language()


def set_language(lang: str) -> str:
    QSettings().setValue(SETTING, lang)
    return translations().apply(lang)


def translate_core(text: str, **params) -> str:
    """A core message (marked with QT_TRANSLATE_NOOP("core", …)) in the UI language."""
    translated = QCoreApplication.translate("core", text)
    return translated.format(**params) if params else translated


def build_all() -> int:
    """``python -m checkin.ui.language.i18n``: compile every translations/*.ts next to it."""
    failures = 0
    for ts in sorted(paths.translations_dir().glob("checkin_*.ts")):
        ok = compile_ts(ts, ts.with_suffix(".qm"))
        print(f"{'built' if ok else 'FAILED'} {ts.with_suffix('.qm')}")
        failures += not ok
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(build_all())
