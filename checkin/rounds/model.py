"""Rounds, per-round seats and the exchange fields of guests, read from and written to the file."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from checkin import audit, collation, programme
from checkin.errors import InvalidInput, NotFound
from checkin.event import Event
from checkin.models import ProgrammeItem

INTERPRETER = "Interpreter"
VISITOR_CATEGORY = "Delegation"
RELATED_THEMES_SETTING = "rounds.related_themes"


@dataclass(frozen=True)
class Round:
    id: int
    item_id: int
    number: int
    starts: str = ""
    minutes: int = 25

    @property
    def ends(self) -> str:
        if not self.starts:
            return ""
        end = datetime.fromisoformat(self.starts) + timedelta(minutes=self.minutes)
        return end.isoformat(timespec="minutes")

    @property
    def time_range(self) -> str:
        return f"{self.starts[11:16]}–{self.ends[11:16]}" if self.starts else ""


@dataclass(frozen=True)
class Person:
    """A guest as the exchange sees them."""

    id: int
    given_name: str
    family_name: str
    organisation: str
    industry: str
    category: str
    email: str
    language: str
    languages: tuple[str, ...]
    consent: bool
    meeting_point: bool
    table_id: int | None
    interpreter_pairs: tuple[tuple[str, str], ...] = ()
    visitor: bool = False
    meet: frozenset[str] = field(default_factory=frozenset)
    avoid: frozenset[str] = field(default_factory=frozenset)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.given_name, self.family_name) if p)

    @property
    def sort_key(self) -> tuple:
        return collation.guest_key(self)

    @property
    def org_key(self) -> str:
        """Who counts as one organisation; a guest without one is their own."""
        return self.organisation.strip().casefold() or f"#guest{self.id}"

    @property
    def is_interpreter(self) -> bool:
        return self.category == INTERPRETER


def _languages(raw: str, language: str) -> tuple[str, ...]:
    if raw:
        return tuple(json.loads(raw))
    return (language,) if language else ()


# -- guests' exchange fields ---------------------------------------------------------------
def people(event: Event) -> dict[int, Person]:
    """Every guest that is not cancelled, with languages, wishes and delegation membership."""
    members = {r[0] for r in event.db.execute("SELECT guest_id FROM delegation_members")}
    wishes: dict[int, dict[str, set[str]]] = {}
    for gid, org, wish in event.db.execute(
        "SELECT guest_id, organisation, wish FROM meeting_wishes"
    ):
        wishes.setdefault(gid, {"meet": set(), "avoid": set()})[wish].add(org.strip().casefold())
    out = {}
    for row in event.db.query("SELECT * FROM guests WHERE cancelled = 0"):
        pairs = json.loads(row["interpreter_pairs"] or "[]")
        wish = wishes.get(row["id"], {"meet": set(), "avoid": set()})
        out[row["id"]] = Person(
            id=row["id"],
            given_name=row["given_name"] or "",
            family_name=row["family_name"] or "",
            organisation=row["organisation"] or "",
            industry=row["industry"] or "",
            category=row["category"] or "",
            email=row["email"] or "",
            language=row["language"] or "",
            languages=_languages(row["languages"], row["language"] or ""),
            consent=bool(row["contact_consent"]),
            meeting_point=bool(row["meeting_point"]),
            table_id=row["table_id"],
            interpreter_pairs=tuple(tuple(p) for p in pairs),
            visitor=row["category"] == VISITOR_CATEGORY or row["id"] in members,
            meet=frozenset(wish["meet"]),
            avoid=frozenset(wish["avoid"]),
        )
    return out


def _guest_exists(event: Event, guest_id: int) -> None:
    if not event.db.execute("SELECT 1 FROM guests WHERE id = ?", [guest_id]).fetchone():
        raise NotFound("guest_not_found", guest_id=guest_id)


def _stored(event: Event, guest_id: int, column: str):
    row = event.db.execute(f"SELECT {column} FROM guests WHERE id = ?", [guest_id]).fetchone()
    if row is None:
        raise NotFound("guest_not_found", guest_id=guest_id)
    return row[0]


def languages_of(event: Event, guest_id: int) -> tuple[str, ...]:
    """The languages set for the guest; empty when none are set (then the guest's language
    counts, see ``people``)."""
    raw = _stored(event, guest_id, "languages")
    return tuple(json.loads(raw)) if raw else ()


def has_consent(event: Event, guest_id: int) -> bool:
    """Whether the guest agreed to share their contact details with the people they meet."""
    return bool(_stored(event, guest_id, "contact_consent"))


def set_languages(event: Event, guest_id: int, languages: list[str]) -> None:
    """Set the languages a guest speaks; an empty list means "the guest's language"."""
    before = list(languages_of(event, guest_id))
    clean: list[str] = []
    for code in languages:
        code = (code or "").strip().lower()
        if code and code not in clean:
            clean.append(code)
    if clean == before:
        return
    with event.writing():
        event.db["guests"].update(guest_id, {"languages": json.dumps(clean) if clean else ""})
        audit.record(
            event, audit.GUEST_EDITED, guest_id=guest_id, details={"languages": [before, clean]}
        )


def set_consent(event: Event, guest_id: int, consent: bool) -> None:
    """Record whether the guest agrees to share contact details (the change is audited)."""
    before = has_consent(event, guest_id)
    if before == bool(consent):
        return
    with event.writing():
        event.db["guests"].update(guest_id, {"contact_consent": int(consent)})
        audit.record(
            event,
            audit.GUEST_EDITED,
            guest_id=guest_id,
            details={"contact_consent": [before, bool(consent)]},
        )


def set_meeting_point(event: Event, guest_id: int, fixed: bool) -> None:
    _guest_exists(event, guest_id)
    with event.writing():
        event.db["guests"].update(guest_id, {"meeting_point": int(fixed)})


def set_interpreter_pairs(event: Event, guest_id: int, pairs: list[tuple[str, str]]) -> None:
    _guest_exists(event, guest_id)
    for pair in pairs:
        if len(pair) != 2 or pair[0] == pair[1]:
            raise InvalidInput("invalid_value", field="interpreter_pairs", value=pair)
    with event.writing():
        event.db["guests"].update(
            guest_id, {"interpreter_pairs": json.dumps([list(p) for p in pairs])}
        )


def add_wish(event: Event, guest_id: int, organisation: str, wish: str = "meet") -> None:
    """``wish`` is "meet" (wants to meet this organisation) or "avoid" (not this one)."""
    _guest_exists(event, guest_id)
    if wish not in ("meet", "avoid") or not organisation.strip():
        raise InvalidInput("invalid_value", field="wish", value=f"{wish}:{organisation}")
    with event.writing():
        event.db["meeting_wishes"].insert(
            {"guest_id": guest_id, "organisation": organisation.strip(), "wish": wish}
        )


# -- related themes ----------------------------------------------------------------------------
def set_related_themes(event: Event, groups: list[list[str]]) -> None:
    """Themes whose tables visitors may share across rounds, e.g. [["Medizintechnik",
    "Pflege"]]: a visitor of one may also sit at the other's tables and meets more companies."""
    clean = [[t.strip() for t in group if t.strip()] for group in groups]
    clean = [group for group in clean if len(group) > 1]
    event.set_setting(RELATED_THEMES_SETTING, json.dumps(clean, ensure_ascii=False) or None)


def related_themes(event: Event) -> dict[str, set[str]]:
    """Theme -> the other themes of its group (as set with ``set_related_themes``)."""
    out: dict[str, set[str]] = {}
    for group in json.loads(event.setting(RELATED_THEMES_SETTING) or "[]"):
        for theme in group:
            out.setdefault(theme, set()).update(t for t in group if t != theme)
    return out


# -- rounds ----------------------------------------------------------------------------------
def _round(row: dict) -> Round:
    return Round(row["id"], row["item_id"], row["number"], row["starts"] or "", row["minutes"])


def list_rounds(event: Event, item_id: int) -> list[Round]:
    rows = event.db.query("SELECT * FROM rounds WHERE item_id = ? ORDER BY number", [item_id])
    return [_round(r) for r in rows]


def set_rounds(
    event: Event,
    item: ProgrammeItem,
    count: int,
    *,
    first_start: str = "",
    minutes: int = 25,
    pause: int = 5,
) -> list[Round]:
    """Give an item ``count`` rounds; rounds beyond ``count`` are removed with their seats."""
    if count < 1 or count > 50 or minutes < 1:
        raise InvalidInput("invalid_value", field="rounds", value=count)
    programme.get_item(event, item.id)
    start = first_start or item.starts
    existing = {r.number: r for r in list_rounds(event, item.id)}
    with event.writing():
        for number in range(1, count + 1):
            starts = ""
            if start:
                at = datetime.fromisoformat(start) + timedelta(
                    minutes=(minutes + pause) * (number - 1)
                )
                starts = at.isoformat(timespec="minutes")
            row = {"item_id": item.id, "number": number, "starts": starts, "minutes": minutes}
            if number in existing:
                event.db["rounds"].update(existing[number].id, row)
            else:
                event.db["rounds"].insert(row)
        for number, old in existing.items():
            if number > count:
                for table in ("round_seats", "round_interpreters"):
                    event.db.execute(f"DELETE FROM {table} WHERE round_id = ?", [old.id])
                event.db.execute("DELETE FROM rounds WHERE id = ?", [old.id])
    return list_rounds(event, item.id)


def ensure_rounds(event: Event, item: ProgrammeItem, count: int | None) -> list[Round]:
    current = list_rounds(event, item.id)
    if count is None:
        if not current:
            raise InvalidInput("no_rounds", item=item.name)
        return current
    if len(current) == count:
        return current
    return set_rounds(event, item, count)


# -- seats --------------------------------------------------------------------------------------
Seats = dict[int, dict[int, tuple[int, bool]]]  # round number -> guest -> (table id, locked)


def seats(event: Event, item_id: int) -> Seats:
    out: Seats = {r.number: {} for r in list_rounds(event, item_id)}
    rows = event.db.execute(
        "SELECT r.number, s.guest_id, s.table_id, s.locked FROM round_seats s "
        "JOIN rounds r ON r.id = s.round_id WHERE r.item_id = ?",
        [item_id],
    )
    for number, guest_id, table_id, locked in rows:
        out[number][guest_id] = (table_id, bool(locked))
    return out


def _round_id(event: Event, item_id: int, number: int) -> int:
    row = event.db.execute(
        "SELECT id FROM rounds WHERE item_id = ? AND number = ?", [item_id, number]
    ).fetchone()
    if row is None:
        raise NotFound("round_not_found", round=number)
    return row[0]


def set_seat(
    event: Event,
    item_id: int,
    number: int,
    guest_id: int,
    table_id: int | None,
    *,
    locked: bool = True,
) -> None:
    """Seat a guest by hand for one round (locked against re-planning); None removes the seat."""
    _guest_exists(event, guest_id)
    round_id = _round_id(event, item_id, number)
    with event.writing():
        event.db.execute(
            "DELETE FROM round_seats WHERE round_id = ? AND guest_id = ?", [round_id, guest_id]
        )
        if table_id is not None:
            if not event.db.execute("SELECT 1 FROM tables WHERE id = ?", [table_id]).fetchone():
                raise NotFound("table_not_found", table=table_id)
            event.db["round_seats"].insert(
                {
                    "round_id": round_id,
                    "guest_id": guest_id,
                    "table_id": table_id,
                    "locked": int(locked),
                }
            )


def save_round_seats(
    event: Event, item_id: int, plan: dict[int, dict[int, int]], rounds: list[int]
) -> None:
    """Replace the seats of the given round numbers; locked seats are never touched."""
    with event.writing():
        for number in rounds:
            round_id = _round_id(event, item_id, number)
            locked = {
                r[0]
                for r in event.db.execute(
                    "SELECT guest_id FROM round_seats WHERE round_id = ? AND locked = 1", [round_id]
                )
            }
            event.db.execute(
                "DELETE FROM round_seats WHERE round_id = ? AND locked = 0", [round_id]
            )
            event.db["round_seats"].insert_all(
                {"round_id": round_id, "guest_id": g, "table_id": t, "locked": 0}
                for g, t in plan.get(number, {}).items()
                if g not in locked
            )


def round_id(event: Event, item_id: int, number: int) -> int:
    return _round_id(event, item_id, number)
