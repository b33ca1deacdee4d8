"""Which guest category each pretix product gives: a guess from the product's name, which
the admin can change; a change applies at once to the guests pulled with that product."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from checkin import audit, categories
from checkin import changes as change_hook
from checkin.clock import to_text
from checkin.errors import PretixError
from checkin.event import Event
from checkin.pretix.connection import PRODUCTS

# Words in a product's name (any of its languages) that suggest one of our categories.
_WORDS: dict[str, tuple[str, ...]] = {
    "Delegation": ("delegation", "делегаци"),
    "Speaker": ("speaker", "referent", "redner", "sprecher", "докладчик", "спикер"),
    "Press": ("press", "presse", "journalist", "пресс", "сми"),
    "Staff": ("staff", "personal", "mitarbeiter", "helfer", "orga", "персонал", "сотрудник"),
    "VIP": ("vip", "ehrengast", "почётный", "почетный"),
    "Interpreter": ("interpret", "dolmetsch", "übersetz", "translator", "переводчик"),
}


@dataclass(frozen=True)
class Product:
    id: int
    names: dict  # language -> name, as pretix has it
    category: str
    guessed: bool = True  # False: the admin chose the category

    def name(self, languages: list[str]) -> str:
        for lang in [*languages, "en"]:
            if self.names.get(lang):
                return self.names[lang]
        return next((v for v in self.names.values() if v), f"#{self.id}")


def guess_category(names: dict) -> str:
    """Our category for a product name, e.g. "Presseakkreditierung" -> Press, else Guest."""
    text = " ".join(str(v) for v in names.values()).casefold()
    for category, words in _WORDS.items():
        if any(re.search(r"(?<!\w)" + re.escape(word), text) for word in words):
            return category
    return categories.DEFAULT


def load(event: Event) -> dict[int, Product]:
    try:
        raw = json.loads(event.setting(PRODUCTS) or "{}")
    except ValueError:
        return {}
    return {
        int(key): Product(int(key), value.get("names") or {}, value["category"], value["guessed"])
        for key, value in raw.items()
    }


def _save(event: Event, products: dict[int, Product]) -> None:
    event.set_setting(
        PRODUCTS,
        json.dumps(
            {
                str(p.id): {"names": p.names, "category": p.category, "guessed": p.guessed}
                for p in sorted(products.values(), key=lambda p: p.id)
            },
            ensure_ascii=False,
        ),
    )


def update_from_pretix(event: Event, items: list[dict]) -> dict[int, Product]:
    """Take in pretix's products: new ones get a guessed category, chosen ones keep theirs."""
    known = load(event)
    for item in items:
        names = item.get("name") if isinstance(item.get("name"), dict) else {"": item.get("name")}
        names = {k: str(v) for k, v in (names or {}).items() if v}
        old = known.get(int(item["id"]))
        if old is not None and not old.guessed:
            known[old.id] = Product(old.id, names, old.category, guessed=False)
        else:
            known[int(item["id"])] = Product(int(item["id"]), names, guess_category(names))
    _save(event, known)
    return known


def category_of(products: dict[int, Product], item_id: int | None) -> str:
    product = products.get(item_id) if item_id is not None else None
    return product.category if product else categories.DEFAULT


def set_category(event: Event, product_id: int, category: str) -> list[int]:
    """The admin's choice for a product; guests pulled with it whose category was still the
    product's change with it (a category set by hand stays). Returns the changed guests."""
    products = load(event)
    if product_id not in products:
        known = ", ".join(f"{p.id} ({p.name(event.info.languages)})" for p in products.values())
        raise PretixError("pretix_unknown_product", product=product_id, known=known or "none")
    old = products[product_id]
    new_category = categories.canonical(category)
    products[product_id] = Product(product_id, old.names, new_category, guessed=False)
    changed: list[int] = []
    now = to_text(event.clock())
    with event.writing():
        _save(event, products)
        rows = event.db.execute(
            "SELECT g.id, g.category, p.position_id, p.pulled FROM pretix_positions p "
            "JOIN guests g ON g.token = p.guest_token WHERE p.item_id = ?",
            [product_id],
        ).fetchall()
        for guest_id, current, position_id, pulled in rows:
            last = json.loads(pulled)
            if current != last.get("category"):
                continue  # changed by hand since the pull: keep it
            last["category"] = new_category
            event.db.execute(
                "UPDATE pretix_positions SET pulled = ? WHERE position_id = ?",
                [json.dumps(last, ensure_ascii=False), position_id],
            )
            if current != new_category:
                event.db.execute(
                    "UPDATE guests SET category = ?, updated_at = ? WHERE id = ?",
                    [new_category, now, guest_id],
                )
                details = {"category": [current, new_category], "source": "pretix product"}
                audit.record(event, audit.GUEST_EDITED, guest_id=guest_id, details=details)
                changed.append(guest_id)
    change_hook.record(event, "settings", {})
    if changed:
        change_hook.record(event, "guest_updated", {"ids": changed})
    return changed
