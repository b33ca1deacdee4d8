"""Accepted codes: other systems' codes that check a guest in besides their own badge.

A guest can bring a pretix ticket, the barcodes of several tickets bought for one person,
or a code from another registration system. Each is stored with where it came from
(``source``: "pretix", "import", "desk", ...) in the guest's ``extra_codes`` column, so
codes travel to other desks like any other guest field; the ``guest_codes`` table, kept
by triggers (schema v9), finds a guest by any of them in one indexed lookup.

A code belongs to one guest: giving a guest a code that already checks in someone else
(as an extra code or as their ``external_barcode``) is refused with ``code_taken``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from checkin import audit
from checkin import changes as change_hook
from checkin.clock import to_text
from checkin.errors import InvalidInput, NotFound
from checkin.event import Event
from checkin.models import Guest

MAX_CODE_LENGTH = 512  # a QR code of another system; anything longer is not a ticket code
_NOT_IN_CODES = {chr(c) for c in range(32)} | {"\x7f"}


@dataclass(frozen=True)
class AcceptedCode:
    code: str
    source: str = ""


def clean_code(text: str) -> str:
    """A code as stored: surrounding blanks removed. Refuses control characters and
    codes too long to be a ticket code (``invalid_value``)."""
    code = (text or "").strip()
    if len(code) > MAX_CODE_LENGTH or any(ch in _NOT_IN_CODES for ch in code):
        raise InvalidInput("invalid_value", field="code", value=code[:40])
    return code


def decode(stored: str | None) -> list[AcceptedCode]:
    """The ``extra_codes`` column as a list (bad JSON or entries are left out, not raised:
    the column may come from another desk)."""
    try:
        data = json.loads(stored or "[]")
    except ValueError:
        return []
    out: list[AcceptedCode] = []
    for entry in data if isinstance(data, list) else []:
        if isinstance(entry, str) and entry:
            out.append(AcceptedCode(entry))
        elif isinstance(entry, dict) and isinstance(entry.get("code"), str) and entry["code"]:
            source = entry.get("source")
            out.append(AcceptedCode(entry["code"], source if isinstance(source, str) else ""))
    return out


def encode(codes: Iterable[AcceptedCode]) -> str:
    """The ``extra_codes`` column for a list of codes (in order, each code once)."""
    seen: set[str] = set()
    out = []
    for item in codes:
        if item.code not in seen:
            seen.add(item.code)
            out.append({"code": item.code, "source": item.source})
    return json.dumps(out, ensure_ascii=False, separators=(",", ":"))


def owners(event: Event, code: str) -> list[int]:
    """Ids of the guests ``code`` checks in (as an extra code or as their barcode)."""
    rows = event.db.execute(
        "SELECT id FROM guests WHERE external_barcode = ?1"
        " UNION SELECT guest_id FROM guest_codes WHERE code = ?1 ORDER BY 1",
        [code],
    )
    return [r[0] for r in rows]


def find_by_code(event: Event, text: str) -> Guest | None:
    """The guest an accepted code (or an imported barcode) belongs to, or None.

    Should two desks have given one code to two guests before they synced, the active
    guest who was registered first is found."""
    code = (text or "").strip()
    if not code:
        return None
    row = next(
        event.db.query(
            "SELECT * FROM guests WHERE id IN (SELECT id FROM guests WHERE external_barcode = ?1"
            " UNION SELECT guest_id FROM guest_codes WHERE code = ?1)"
            " ORDER BY cancelled, id LIMIT 1",
            [code],
        ),
        None,
    )
    return Guest.from_row(row) if row else None


def codes_of(event: Event, guest_id: int) -> list[AcceptedCode]:
    """The guest's extra codes, in the order they were added (not the badge, not the barcode)."""
    hit = event.db.execute("SELECT extra_codes FROM guests WHERE id = ?", [guest_id]).fetchone()
    if hit is None:
        raise NotFound("guest_not_found", guest_id=guest_id)
    return decode(hit[0])


def add_codes(event: Event, guest_id: int, codes: Iterable[str], source: str) -> list[str]:
    """Let ``codes`` check the guest in too; returns the codes that were new to the guest.

    ``source`` says where they came from ("pretix", "import", ...). Nothing is written if
    one code is refused: ``code_taken`` when it checks in another guest already,
    ``invalid_value`` for control characters or an over-long code."""
    current = codes_of(event, guest_id)
    known = {c.code for c in current}
    row = event.db.execute(
        "SELECT external_barcode FROM guests WHERE id = ?", [guest_id]
    ).fetchone()
    known.add(row[0] or "")
    added: list[str] = []
    for text in codes:
        code = clean_code(text)
        if not code or code in known:
            continue
        _refuse_if_taken(event, code, guest_id)
        known.add(code)
        added.append(code)
    if added:
        _store(event, guest_id, current, [*current, *(AcceptedCode(c, source) for c in added)])
    return added


def remove_codes(event: Event, guest_id: int, codes: Iterable[str]) -> list[str]:
    """Stop ``codes`` from checking the guest in (e.g. a ticket cancelled in pretix);
    returns the codes that were removed."""
    current = codes_of(event, guest_id)
    gone = {(c or "").strip() for c in codes}
    kept = [c for c in current if c.code not in gone]
    removed = [c.code for c in current if c.code in gone]
    if removed:
        _store(event, guest_id, current, kept)
    return removed


def _refuse_if_taken(event: Event, code: str, guest_id: int) -> None:
    others = [gid for gid in owners(event, code) if gid != guest_id]
    if others:
        row = event.db.execute(
            "SELECT given_name, family_name FROM guests WHERE id = ?", [others[0]]
        ).fetchone()
        name = " ".join(p for p in row if p) or f"#{others[0]}"
        raise InvalidInput("code_taken", code=code, guest=name, guest_id=others[0])


def _store(
    event: Event, guest_id: int, before: list[AcceptedCode], after: list[AcceptedCode]
) -> None:
    with event.writing():
        event.db.execute(
            "UPDATE guests SET extra_codes = ?, updated_at = ? WHERE id = ?",
            [encode(after), to_text(event.clock()), guest_id],
        )
        audit.record(
            event,
            audit.GUEST_EDITED,
            guest_id=guest_id,
            details={"extra_codes": [[c.code for c in before], [c.code for c in after]]},
        )
    change_hook.record(event, "guest_updated", {"ids": [guest_id]})
