"""Fill unfinished messages of a .ts file from a table of translations written by hand.

    python translations/fill.py         # reads translations/texts.py, updates checkin_de/ru.ts

``texts.py`` holds ``TEXTS = {english: (german, russian)}`` and, for a text that needs
another translation in one place, ``BY_CONTEXT = {(context, english): (german, russian)}``.
Only messages still marked unfinished are filled (what was revised in Qt Linguist stays);
with ``--update`` every text that ``texts.py`` has is written again. The texts still
missing are listed, and the exit code is 1 while any are.
"""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent


LANGUAGES = ("de", "ru")  # the order of the tuples in texts.py


def load_texts(lang: str) -> tuple[dict, dict]:
    spec = importlib.util.spec_from_file_location("texts", HERE / "texts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    column = LANGUAGES.index(lang)
    texts = {k: v[column] for k, v in module.TEXTS.items()}
    by_context = {k: v[column] for k, v in getattr(module, "BY_CONTEXT", {}).items()}
    return texts, by_context


def fill(
    ts_path: Path, texts: dict, by_context: dict, update: bool = False
) -> list[tuple[str, str]]:
    tree = ET.parse(ts_path)
    missing, changed = [], False
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = by_context.get((name, source), texts.get(source))
            done = translation.get("type") != "unfinished" and (translation.text or "").strip()
            if done and not (update and text):
                continue
            if not text:
                missing.append((name, source))
                continue
            forms = translation.findall("numerusform")
            if forms:  # plural forms: one text per form (German 2, Russian 3)
                values = text if isinstance(text, tuple) else (text,) * len(forms)
                for form, value in zip(forms, values, strict=True):
                    form.text = value
            else:
                translation.text = text
            translation.attrib.pop("type", None)
            changed = True
    if not changed:  # leave lupdate's own formatting alone
        return missing
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def main(args: list[str]) -> int:
    update = "--update" in args
    langs = [a for a in args if not a.startswith("--")] or list(LANGUAGES)
    status = 0
    for lang in langs:
        texts, by_context = load_texts(lang)
        missing = fill(HERE / f"checkin_{lang}.ts", texts, by_context, update)
        for context, source in missing:
            print(f"{lang}: missing [{context}] {source!r}")
        status |= bool(missing)
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
