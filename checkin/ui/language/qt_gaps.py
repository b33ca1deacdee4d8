"""Texts of Qt's own dialogs that the Qt translations shipped with PySide lack.

Qt 6.12 gave the file dialog's labels mnemonics ("Look in:" became "&Look in:"), and the
Russian catalogue still has only the old texts, so a Russian file dialog said "Look in:",
"Files of type:" and "Folder". This translator fills those gaps; every other text falls
through to Qt's own catalogue (a translator that returns a null string, None here, is
passed over; an empty string would blank the text).
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

GAPS: dict[tuple[str, str], dict[str, str]] = {
    ("QFileDialog", "&Look in:"): {"ru": "&Перейти к:", "de": "Suchen &in:"},
    ("QFileDialog", "Files of &type:"): {"ru": "&Типы файлов:", "de": "Datei&typ:"},
    ("QAbstractFileIconProvider", "Folder"): {"ru": "Папка", "de": "Ordner"},
    ("QAbstractFileIconProvider", "Drive"): {"ru": "Диск", "de": "Laufwerk"},
    ("QAbstractFileIconProvider", "File"): {"ru": "Файл", "de": "Datei"},
}


class QtGaps(QTranslator):
    """The texts in ``GAPS`` for one language."""

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.texts = {key: words[lang] for key, words in GAPS.items() if lang in words}

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self.texts

    def translate(self, context, source, disambiguation=None, n=-1) -> str | None:  # noqa: ARG002
        return self.texts.get((context, source))
