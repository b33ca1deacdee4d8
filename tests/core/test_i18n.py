"""The translation sources without Qt: complete, placeholders and accelerators intact,
every core message marked for translation."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from checkin import categories, i18n
from checkin.badges.layouts import list_layouts
from checkin.errors import MESSAGES
from checkin.seating.reasons import REASONS

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
LANGS = ("de", "ru")
KEPT_AS_IS = {"Qt %1, Qt for Python %2, Python %3", "VIP", "#"}  # names, not words
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[a-z_]+(?:![rs])?\}")


def messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TRANSLATIONS / f"checkin_{lang}.ts").getroot()
    return [
        (ctx.findtext("name") or "", msg.findtext("source") or "", msg)
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


def translations_of(msg: ET.Element) -> list[str]:
    node = msg.find("translation")
    forms = node.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [node.text or ""]


def accelerator(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand)."""
    found = re.findall(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return found[0].lower() if found else None


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated(lang):
    unfinished = [
        (ctx, src)
        for ctx, src, msg in messages(lang)
        if msg.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not all(t.strip() for t in translations_of(msg))
    ]
    assert unfinished == []


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_are_kept(lang):
    wrong = [
        (ctx, src, text)
        for ctx, src, msg in messages(lang)
        for text in translations_of(msg)
        if set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(src))
    ]
    assert wrong == []


@pytest.mark.parametrize("lang", LANGS)
def test_accelerators_are_kept_and_lines_match(lang):
    wrong = []
    for ctx, src, msg in messages(lang):
        for text in translations_of(msg):
            if (accelerator(src) is None) != (accelerator(text) is None):
                wrong.append((ctx, src, text))
            if src.count("\n") != text.count("\n"):
                wrong.append((ctx, src, text))
            if src.startswith(" ") != text.startswith(" "):
                wrong.append((ctx, src, text))
    assert wrong == []


@pytest.mark.parametrize("lang", LANGS)
def test_translations_are_in_the_language(lang):
    """Russian text is Cyrillic; German has no Cyrillic beyond quoted examples."""
    cyrillic = re.compile("[а-яА-ЯёЁ]")
    for ctx, src, msg in messages(lang):
        for text in translations_of(msg):
            if src in KEPT_AS_IS:
                continue
            letters = re.sub(r"%\d|\{[^}]*\}|\([^)]*\*\.[^)]*\)|\"[^\"]*\"|[^\w]", "", text)
            if lang == "ru" and len(re.sub(r"[^A-Za-zА-Яа-яЁё]", "", letters)) > 8:
                assert cyrillic.search(text), (ctx, src, text)
            if lang == "de":
                assert not cyrillic.search(text.replace("„Номер“", "")), (ctx, src, text)


@pytest.mark.parametrize("lang", LANGS)
def test_core_messages_are_marked_and_translated(lang):
    core = {src for ctx, src, _msg in messages(lang) if ctx == "core"}
    templates = [t for t in MESSAGES.values() if PLACEHOLDER.sub("", t).strip()]
    templates += list(REASONS.values()) + list(categories.CATEGORIES)
    templates += [layout.description for layout in list_layouts()]  # the bundled layouts
    assert [t for t in templates if t not in core] == []


def test_language_codes_are_normalised():
    assert i18n.normalise("de_DE.UTF-8") == "de"
    assert i18n.normalise("ru-RU") == "ru"
    assert i18n.normalise("fr_FR") == "en"
    assert i18n.normalise(None) == "en"


def test_system_language_follows_the_environment(monkeypatch):
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    assert i18n.system_language() == "ru"
    monkeypatch.setenv("LC_ALL", "de_AT.UTF-8")
    assert i18n.system_language() == "de"


def test_noop_marker_returns_the_english_text():
    assert i18n.QT_TRANSLATE_NOOP("core", "Table {number}") == "Table {number}"
