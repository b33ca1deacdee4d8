"""Which column holds which guest field (by the synonyms in ``synonyms.py``), and turning
one row of cells into a guest record: a single "Name" column split (``names.py``),
yes/no, language and status cells read, unknown columns kept as extra fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from checkin import categories
from checkin.importing.names import split_name
from checkin.importing.status import Standing, standing
from checkin.importing.synonyms import FIELDS, SYNONYMS, normalise  # noqa: F401 (FIELDS re-exported)
from checkin.importing.systems import Layout

_LOOKUP: dict[str, tuple[str, int]] = {}
for _field, _names in SYNONYMS.items():
    for _rank, _name in enumerate(_names):
        _LOOKUP.setdefault(normalise(_name), (_field, _rank))


def field_for(header: str) -> str | None:
    hit = _LOOKUP.get(normalise(header))
    return hit[0] if hit else None


def is_known(header: str) -> bool:
    return normalise(header) in _LOOKUP


def guess_mapping(columns: list[str], layout: Layout | None = None) -> dict[str, str]:
    """Column name -> field, unknown columns -> "extra"; ``layout`` (the system that wrote
    the list) settles columns whose name means something else there."""
    overrides = layout.overrides if layout else {}
    return {col: overrides.get(normalise(col)) or field_for(col) or "extra" for col in columns}


@dataclass(frozen=True)
class Plan:
    """A mapping turned into column indexes, ready to be run over many rows quickly."""

    columns: list[str]
    mapping: dict[str, str]
    by_field: dict[str, list[int]] = field(default_factory=dict)
    extra: list[tuple[int, str]] = field(default_factory=list)

    @classmethod
    def make(cls, columns: list[str], mapping: dict[str, str]) -> Plan:
        by_field: dict[str, list[tuple[int, int]]] = {}
        extra = []
        for index, col in enumerate(columns):
            target = mapping.get(col, "extra")
            if target == "ignore":
                continue
            if target == "extra":
                extra.append((index, col))
                continue
            hit = _LOOKUP.get(normalise(col))
            rank = hit[1] if hit and hit[0] == target else 99
            by_field.setdefault(target, []).append((rank, index))
        ordered = {f: [i for _, i in sorted(pairs)] for f, pairs in by_field.items()}
        return cls(columns, dict(mapping), ordered, extra)

    @property
    def has_name(self) -> bool:
        return any(f in self.by_field for f in ("given_name", "family_name", "name"))

    def label(self, target: str) -> str:
        """The name of the (first) column mapped to ``target``."""
        return self.columns[self.by_field[target][0]]

    def record(self, cells: list[str]) -> dict:
        """One row of cells as a guest record (field -> text, plus "extra": dict)."""
        n = len(cells)
        rec: dict = {}
        for target, indexes in self.by_field.items():
            for i in indexes:
                if i < n and cells[i]:
                    rec[target] = cells[i]
                    break
        extra = {col: cells[i] for i, col in self.extra if i < n and cells[i]}
        rec["extra"] = extra
        full = rec.pop("name", "")
        if full and not (rec.get("given_name") or rec.get("family_name")):
            rec.update({k: v for k, v in split_name(full).items() if v and not rec.get(k)})
        order, pos = rec.pop("order_code", ""), rec.pop("position_id", "")
        if order and not rec.get("external_id"):
            rec["external_id"] = f"{order}-{pos}" if pos else order
        elif order:
            extra.setdefault(self.label("order_code"), order)
        if "category" in rec:
            rec["category"] = _category(rec["category"])
        if "language" in rec:
            rec["language"] = language_code(rec["language"])
        if "email" in rec:
            rec["email"] = rec["email"].strip().strip("<>").strip()
        if "languages" in rec:
            rec["languages"] = ", ".join(language_list(rec["languages"]))
        for flag in ("consent", "meeting_point"):
            if flag in rec:
                answer = yes_no(rec[flag])
                if answer is None:  # kept as it was written; the report names the row
                    extra.setdefault(self.label(flag), rec[flag])
                    rec[f"{flag}_unclear"] = rec.pop(flag)
                else:
                    rec[flag] = answer
        if "status" in rec or "paid" in rec:
            self._read_status(rec, extra)
        return rec

    def _read_status(self, rec: dict, extra: dict) -> None:
        """Status and paid cells: not attending beats unpaid beats a word we do not know."""
        worst, text = Standing.ACTIVE, ""
        for name in ("status", "paid"):
            value = rec.pop(name, "")
            if not value:
                continue
            extra.setdefault(self.label(name), value)
            found = standing(value)
            if _SEVERITY[found] > _SEVERITY[worst]:
                worst, text = found, value
        if worst is Standing.NOT_ATTENDING:
            rec["cancelled"] = True
        if worst is not Standing.ACTIVE:
            rec["standing"], rec["status_text"] = worst, text


_category = lru_cache(maxsize=4096)(categories.canonical)  # a list has few categories
_SEVERITY = {
    Standing.ACTIVE: 0,
    Standing.UNKNOWN: 1,
    Standing.PENDING: 2,
    Standing.NOT_ATTENDING: 3,
}


_LANGUAGES = {
    "de": ("de", "deu", "ger", "deutsch", "german", "немецкий", "нем"),
    "en": ("en", "eng", "englisch", "english", "английский", "англ"),
    "ru": ("ru", "rus", "russisch", "russian", "русский", "рус"),
    "fr": ("fr", "fra", "französisch", "french", "французский"),
}
_LANGUAGE_LOOKUP = {normalise(name): code for code, names in _LANGUAGES.items() for name in names}


def language_code(text: str) -> str:
    return _LANGUAGE_LOOKUP.get(normalise(text), text.strip())


_LIST_SEPARATORS = re.compile(r"\s*(?:[,;/+&|\n]|\s(?:und|and|и)\s)\s*", re.IGNORECASE)


def language_list(text: str) -> list[str]:
    """Language codes from a cell like "Deutsch, Russisch", "de/ru" or "ru и en", in order."""
    codes: list[str] = []
    for part in _LIST_SEPARATORS.split(text):
        code = language_code(part).lower() if part.strip() else ""
        if code and code not in codes:
            codes.append(code)
    return codes


_YES = {
    normalise(s)
    for s in ("yes", "y", "ja", "j", "да", "д", "x", "1", "true", "wahr", "ok", "agreed")
} | {normalise(s) for s in ("einverstanden", "zugestimmt", "согласен", "согласна")}
_NO = {
    normalise(s)
    for s in ("no", "n", "nein", "нет", "0", "false", "falsch", "abgelehnt", "не согласен")
}
_TICKS = {"✓", "✔", "☑", "✅"}
_DASHES = {"-", "–", "—"}


def yes_no(text: str) -> bool | None:
    """A yes/no cell ("ja", "x", "да", "1", "✓" / "nein", "нет", "0", "-"); None if unclear."""
    stripped = text.strip()
    if stripped in _TICKS:
        return True
    if stripped in _DASHES:
        return False
    word = normalise(stripped)
    if word in _YES:
        return True
    if word in _NO or not word:
        return False
    return None
