"""From pretix's orders (as the REST API returns them) to plain guest records.

One record per position of a product that admits a person and that the check-in list covers.
Everything pretix sends is untrusted input: missing or odd values become empty fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checkin.importing.names import split_name

VALID, CANCELLED, BLOCKED, UNPAID = "valid", "cancelled", "blocked", "unpaid"
# Guest fields a pull fills (categories, answers and flags are handled on their own).
PERSON_FIELDS = (
    "salutation",
    "given_name",
    "patronymic",
    "family_name",
    "organisation",
    "email",
    "phone",
    "language",
)


@dataclass(frozen=True)
class Scope:
    """Which positions the check-in list admits (from ``checkinlists/<id>/``)."""

    all_products: bool = True
    products: frozenset[int] = frozenset()
    subevent: int | None = None
    include_pending: bool = False

    @classmethod
    def from_list(cls, data: dict) -> Scope:
        return cls(
            all_products=bool(data.get("all_products", True)),
            products=frozenset(int(i) for i in data.get("limit_products") or []),
            subevent=data.get("subevent"),
            include_pending=bool(data.get("include_pending")),
        )

    def to_dict(self) -> dict:
        return {
            "all_products": self.all_products,
            "limit_products": sorted(self.products),
            "subevent": self.subevent,
            "include_pending": self.include_pending,
        }

    def admits(self, item_id: int | None, subevent: int | None) -> bool:
        if self.subevent and subevent != self.subevent:
            return False
        return self.all_products or item_id in self.products


@dataclass(frozen=True)
class Item:
    """What a product says about its tickets (from ``items/``)."""

    id: int
    admission: bool = True
    attention: bool = False
    checkin_text: str = ""
    variations: dict = field(default_factory=dict)  # id -> (attention, checkin text)

    @classmethod
    def from_api(cls, data: dict) -> Item:
        variations = {
            int(v["id"]): (bool(v.get("checkin_attention")), _clean(v.get("checkin_text")))
            for v in data.get("variations") or []
            if isinstance(v, dict) and "id" in v
        }
        return cls(
            id=int(data["id"]),
            admission=bool(data.get("admission", True)),
            attention=bool(data.get("checkin_attention")),
            checkin_text=_clean(data.get("checkin_text")),
            variations=variations,
        )


@dataclass(frozen=True)
class Record:
    """One pulled position: who, with which ticket, in which state."""

    position_id: int
    order_code: str
    positionid: int
    secret: str
    item_id: int | None
    status: str  # VALID / CANCELLED / BLOCKED / UNPAID
    person: dict  # PERSON_FIELDS
    answers: dict  # question text -> answer
    attention: bool
    checkin_text: str

    @property
    def external_id(self) -> str:
        return f"{self.order_code}-{self.positionid}"


def _clean(value) -> str:
    return "" if value is None else " ".join(str(value).split())


def _status(order: dict, position: dict, scope: Scope) -> str:
    state = order.get("status")
    if position.get("canceled") or state in ("c", "e"):
        return CANCELLED
    if position.get("blocked"):
        return BLOCKED
    if state == "p":
        return VALID
    if state == "n" and (scope.include_pending or order.get("valid_if_pending")):
        return VALID
    return UNPAID


def _name_parts(parts) -> dict:
    """pretix's name parts (any name scheme) as our name fields."""
    if not isinstance(parts, dict):
        return {}
    parts = {k: _clean(v) for k, v in parts.items() if not k.startswith("_")}
    if parts.get("given_name") or parts.get("family_name"):
        given = " ".join(p for p in (parts.get("given_name"), parts.get("middle_name")) if p)
        title = " ".join(p for p in (parts.get("salutation"), parts.get("title")) if p)
        return {
            "salutation": title,
            "given_name": given,
            "family_name": parts.get("family_name", ""),
        }
    full = parts.get("full_name") or parts.get("calling_name") or ""
    if full:
        split = split_name(full)
        if parts.get("salutation"):
            split["salutation"] = " ".join(
                p for p in (parts["salutation"], split["salutation"]) if p
            )
        return split
    return {}


def _person(order: dict, position: dict) -> dict:
    invoice = order.get("invoice_address") if isinstance(order.get("invoice_address"), dict) else {}
    name = _name_parts(position.get("attendee_name_parts"))
    if not name and _clean(position.get("attendee_name")):
        name = split_name(_clean(position.get("attendee_name")))
    if not name:
        name = _name_parts(invoice.get("name_parts")) or (
            split_name(_clean(invoice.get("name"))) if _clean(invoice.get("name")) else {}
        )
    locale = _clean(order.get("locale")).split("-")[0].lower()
    person = {
        "salutation": name.get("salutation", ""),
        "given_name": name.get("given_name", ""),
        "patronymic": name.get("patronymic", ""),
        "family_name": name.get("family_name", ""),
        "organisation": _clean(position.get("company")) or _clean(invoice.get("company")),
        "email": _clean(position.get("attendee_email")) or _clean(order.get("email")),
        "phone": _clean(order.get("phone")),
        "language": locale if len(locale) == 2 else "",
    }
    if not (person["given_name"] or person["family_name"]):
        # A ticket without a name (not personalised): the order still tells the desk who it is.
        person["family_name"] = f"{order.get('code', '')}-{position.get('positionid', '')}"
    return person


def _answers(position: dict, questions: dict[int, str]) -> dict:
    out = {}
    for answer in position.get("answers") or []:
        if not isinstance(answer, dict):
            continue
        question = answer.get("question")
        if isinstance(question, dict):  # expanded
            question = question.get("id")
        text = questions.get(question) if isinstance(question, int) else None
        if text is None:
            text = _clean(answer.get("question_identifier")) or f"#{question}"
        out[text] = _clean(answer.get("answer"))
    return out


def records(
    order: dict, items: dict[int, Item], questions: dict[int, str], scope: Scope
) -> list[Record]:
    """The positions of one order that the list covers, as records."""
    out = []
    for position in order.get("positions") or []:
        if not isinstance(position, dict) or not isinstance(position.get("id"), int):
            continue
        item_id = position.get("item")
        item = items.get(item_id) if isinstance(item_id, int) else None
        if item is not None and not item.admission:
            continue  # parking, merchandise: no person to check in
        if not scope.admits(item_id, position.get("subevent")):
            continue
        secret = _clean(position.get("secret"))
        if not secret:
            continue
        variation = (item.variations.get(position.get("variation")) if item else None) or (
            False,
            "",
        )
        texts = [t for t in (_clean(order.get("checkin_text")), variation[1]) if t]
        if item and item.checkin_text:
            texts.append(item.checkin_text)
        out.append(
            Record(
                position_id=position["id"],
                order_code=_clean(order.get("code")),
                positionid=int(position.get("positionid") or 0),
                secret=secret,
                item_id=item_id if isinstance(item_id, int) else None,
                status=_status(order, position, scope),
                person=_person(order, position),
                answers=_answers(position, questions),
                attention=bool(
                    order.get("checkin_attention") or (item and item.attention) or variation[0]
                ),
                checkin_text=" · ".join(dict.fromkeys(texts)),
            )
        )
    return out
