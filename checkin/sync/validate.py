"""The schema of journal records: what another desk may tell this one, checked field by field.

Another desk's journal is untrusted input (a broken laptop, an old version, or not ours at
all). A record passes only if every part has the expected type and range, names only the
guest fields a desk may change, and carries times within a sane window of this desk's
clock; otherwise ``Refused`` says why and the record is quarantined, never applied.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from checkin import codes
from checkin.sync.records import Record
from checkin.sync.schema import uid_from_token

# Times from another desk: its clock may be off by hours, not by years.
PAST = timedelta(days=400)
FUTURE = timedelta(days=1)
_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)

MAX_SETTING = 60_000
DESK_ID = re.compile(r"^[0-9a-z][0-9a-z-]{0,39}$")
UID = re.compile(r"^[0-9A-F]{16}$")
TOKEN = re.compile(rf"^[{codes.ALPHABET}]{{{codes.TOKEN_LEN}}}$")
DEVICE = re.compile(r"^[A-Z2-7]{7}(-[A-Z2-7]{7}){7}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_ONE_LINE = re.compile(r"[\x00-\x1f\x7f]")


class Refused(Exception):
    """A record that must not be applied; ``reason`` is a key of quarantine.REASONS."""

    def __init__(self, reason: str, detail: str = ""):
        self.reason, self.detail = reason, detail
        super().__init__(f"{reason}: {detail}" if detail else reason)


class BadTime(ValueError):
    """A time that is not a time, or is outside the window this desk accepts."""


Check = Callable[[object, datetime], object]  # returns the value to use, or raises ValueError


def text(limit: int, *, lines: bool = False) -> Check:
    pattern = _CONTROL if lines else _CONTROL_ONE_LINE

    def check(value, now):
        if value == "":  # most fields of most guests
            return value
        if not isinstance(value, str) or len(value) > limit or pattern.search(value):
            raise ValueError
        value.encode("utf-8")  # a lone surrogate from a \\ud800 escape fails here
        return value

    return check


def integer(low: int, high: int) -> Check:
    def check(value, now):
        if isinstance(value, bool):
            value = int(value)
        if not isinstance(value, int) or not low <= value <= high:
            raise ValueError
        return value

    return check


def one_of(*allowed) -> Check:
    def check(value, now):
        if value not in allowed:
            raise ValueError
        return value

    return check


def matching(pattern: re.Pattern) -> Check:
    def check(value, now):
        if not isinstance(value, str) or not pattern.match(value):
            raise ValueError
        return value

    return check


def moment(*, recent: bool) -> Check:
    """An ISO time with its offset; ``recent``: within PAST..FUTURE of this desk's clock."""

    def check(value, now):
        if not isinstance(value, str) or len(value) > 40:
            raise BadTime
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            raise BadTime from None
        if parsed.tzinfo is None:
            raise BadTime
        low = now - PAST if recent else _EPOCH
        if not low <= parsed <= now + FUTURE:
            raise BadTime
        return value

    return check


def json_text(kind: type, limit: int, *, empty_ok: bool = True) -> Check:
    plain = text(limit, lines=True)
    empty = {"": empty_ok, "[]": kind is list, "{}": kind is dict}

    def check(value, now):
        if empty.get(value):  # the usual value: nothing to parse
            return value
        plain(value, now)
        if not isinstance(json.loads(value), kind):
            raise ValueError
        return value

    return check


def optional(inner: Check) -> Check:
    def check(value, now):
        return None if value is None else inner(value, now)

    return check


def flag(value, now):
    return integer(0, 1)(value, now)


def _accepted_codes(value, now):
    """``extra_codes``: a JSON list of codes, bare or {"code", "source"} (guest_codes.py)."""
    if value == "[]":
        return value
    json_text(list, 60_000)(value, now)
    entries = json.loads(value or "[]")
    if len(entries) > 100:
        raise ValueError
    for entry in entries:
        if isinstance(entry, dict):
            if set(entry) - {"code", "source"}:
                raise ValueError
            text(40)(entry.get("source", ""), now)
            entry = entry.get("code")
        text(512)(entry, now)
    return value


NAME = text(200)
SHORT = text(100)
TIME = optional(moment(recent=False))

# The guest fields a desk may change; everything else on the row is identity or bookkeeping
# and never travels (see journal.guest_fields). ``table_number`` stands for table_id.
GUEST_FIELDS: dict[str, Check] = {
    "salutation": SHORT,
    "given_name": NAME,
    "patronymic": NAME,
    "family_name": NAME,
    "organisation": text(300),
    "position": text(300),
    "industry": text(300),
    "email": text(300),
    "phone": SHORT,
    "language": text(20),
    "languages": json_text(list, 500),
    "category": SHORT,
    "notes": text(10_000, lines=True),
    "external_id": text(300),
    "external_barcode": text(300),
    "extra": json_text(dict, 20_000, empty_ok=False),
    "extra_codes": _accepted_codes,
    "cancelled": flag,
    "badge_printed_count": integer(0, 10_000),
    "badge_printed_at": TIME,
    "badge_version": integer(0, codes.MAX_VERSION),
    "badge_replaced_at": TIME,
    "badge_replaced_desk": optional(SHORT),
    "badge_replaced_reason": optional(one_of("lost", "damaged", "typo", "substitute")),
    "substitute_for": NAME,
    "table_locked": flag,
    "contact_consent": flag,
    "meeting_point": flag,
    "interpreter_pairs": json_text(list, 500),
    "table_number": optional(integer(-1_000_000, 1_000_000)),
    "checkin_text": text(2_000, lines=True),
    "attention": flag,
}
# Guest columns that never travel: identity and this desk's bookkeeping.
NOT_SYNCED = frozenset({"id", "token", "uid", "created_at", "updated_at", "table_id"})


def _undoes(value, now):
    if value is None:
        return None
    if not (isinstance(value, list) and len(value) == 2):
        raise ValueError
    return [matching(DESK_ID)(value[0], now), integer(1, 10**12)(value[1], now)]


CHECKIN: dict[str, tuple[bool, Check]] = {  # field: (required, check)
    "id": (False, integer(1, 10**12)),
    "guest": (True, matching(TOKEN)),
    "uid": (False, matching(UID)),
    "item": (True, integer(1, 10**9)),
    "item_name": (False, text(300)),
    "action": (True, one_of("in", "out", "undo")),
    "at": (True, moment(recent=True)),
    "desk": (False, SHORT),
    "operator": (False, SHORT),
    "scanned": (False, text(300)),
    "undoes": (False, _undoes),
}
GUEST: dict[str, tuple[bool, Check]] = {
    "token": (True, matching(TOKEN)),
    "uid": (False, matching(UID)),
    "fields": (True, lambda value, now: value if isinstance(value, dict) else _bad()),
    "new": (False, lambda value, now: value if isinstance(value, bool) else _bad()),
    "created_at": (False, TIME),
}
UNPAIR: dict[str, tuple[bool, Check]] = {"device": (True, matching(DEVICE))}
SETTING: dict[str, tuple[bool, Check]] = {  # only shared.* settings travel (shared_settings.py)
    "key": (True, matching(re.compile(r"^shared\.[A-Za-z0-9_.-]{1,100}$"))),
    "value": (True, optional(text(MAX_SETTING, lines=True))),
}
DESIGN: dict[str, tuple[bool, Check]] = {  # the design itself is checked by designs.apply
    "name": (True, text(200)),
    "design": (
        True,
        lambda value, now: value if value is None or isinstance(value, dict) else _bad(),
    ),
    "at": (True, moment(recent=True)),  # decides which edit wins: never far ahead
    "desk": (False, SHORT),
    "deleted": (False, lambda value, now: value if isinstance(value, bool) else _bad()),
}
KINDS = {
    "checkin": CHECKIN,
    "guest": GUEST,
    "unpair": UNPAIR,
    "setting": SETTING,
    "design": DESIGN,
}


def _bad():
    raise ValueError


def _checked(schema: dict[str, tuple[bool, Check]], payload, now, where: str = "") -> dict:
    if not isinstance(payload, dict):
        raise Refused("bad_value", where or "p")
    for key in payload:
        if key not in schema:
            raise Refused("not_allowed", f"{where}{key}")
    out = {}
    for key, (required, check) in schema.items():
        if key not in payload:
            if required:
                raise Refused("missing", f"{where}{key}")
            continue
        try:
            out[key] = check(payload[key], now)
        except BadTime:
            raise Refused("bad_time", f"{where}{key}") from None
        except (ValueError, TypeError, UnicodeError, RecursionError):
            raise Refused("bad_value", f"{where}{key}") from None
    return out


def validate(record: Record, desk: str, now: datetime) -> Record:
    """The record as this desk may apply it, read from journal folder ``desk``; or Refused."""
    if record.desk != desk:
        raise Refused("wrong_desk", str(record.desk)[:40])
    if not isinstance(record.seq, int) or isinstance(record.seq, bool):
        raise Refused("bad_value", "seq")
    if record.kind not in KINDS:
        raise Refused("unknown_kind", str(record.kind)[:40])
    try:
        moment(recent=True)(record.at, now)
    except BadTime:
        raise Refused("bad_time", "at") from None
    payload = _checked(KINDS[record.kind], record.payload, now)
    if record.kind == "checkin":
        payload.setdefault("uid", uid_from_token(payload["guest"]))  # journals before uids
        if (payload["action"] == "undo") != (payload.get("undoes") is not None):
            raise Refused("bad_value", "undoes")
    elif record.kind == "guest":
        payload.setdefault("uid", uid_from_token(payload["token"]))
        payload["fields"] = _guest_fields(payload["fields"], now)
    return Record(record.desk, record.seq, record.kind, record.at, payload)


def _guest_fields(fields: dict, now: datetime) -> dict:
    out = {}
    for key, value in fields.items():
        check = GUEST_FIELDS.get(key)
        if check is None:
            raise Refused("not_allowed", f"fields.{key}")
        try:
            out[key] = check(value, now)
        except BadTime:
            raise Refused("bad_time", f"fields.{key}") from None
        except (ValueError, TypeError, UnicodeError, RecursionError):
            raise Refused("bad_value", f"fields.{key}") from None
    return out
