"""Write pulled positions into the event: a pull merges like an import.

A position updates the guest it was pulled into before, else the guest who has its ticket
secret as a code (a signed ticket scanned offline, a pretix export imported as a list), else
the guest with its order code and position; otherwise it adds a guest. The ticket secret
becomes one of the guest's accepted codes (source "pretix"); the guest's own checkin code
still goes on the badge. Nobody is deleted and the
check-in log is not touched. Each position remembers what was pulled last, so a later pull
changes only what changed in pretix since: a name corrected at the desk stays corrected.
Everything is written in one transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from checkin import audit, categories, codes, guest_codes, programme
from checkin import changes as change_hook
from checkin.clock import to_text
from checkin.event import Event
from checkin.pretix.positions import VALID, Record
from checkin.pretix.products import Product, category_of

PULLED = "pretix_pulled"  # audit action of a pull
SOURCE = "pretix"  # where a ticket secret in the guest's accepted codes came from


@dataclass
class PullReport:
    full: bool = True  # False: only orders changed since the last pull were fetched
    orders: int = 0  # orders pretix sent
    positions: int = 0  # positions of those orders that the check-in list covers
    added: list[dict] = field(default_factory=list)  # {guest_id, name}
    updated: list[dict] = field(default_factory=list)  # {guest_id, name, changes}
    cancelled: list[dict] = field(default_factory=list)  # {guest_id, name, status}
    restored: list[dict] = field(default_factory=list)  # {guest_id, name}
    unchanged: int = 0

    def counts(self) -> dict:
        return {
            "orders": self.orders,
            "positions": self.positions,
            "added": len(self.added),
            "updated": len(self.updated),
            "cancelled": len(self.cancelled),
            "restored": len(self.restored),
            "unchanged": self.unchanged,
        }

    def to_dict(self) -> dict:
        return {
            "full": self.full,
            **self.counts(),
            "added_guests": self.added,
            "updated_guests": self.updated,
            "cancelled_guests": self.cancelled,
            "restored_guests": self.restored,
        }


def _name(values: dict) -> str:
    return " ".join(p for p in (values.get("given_name"), values.get("family_name")) if p)


def _snapshot(rec: Record, category: str, last: dict | None) -> dict:
    """What this pull says about the guest, kept to compare the next pull against; with the
    secrets pretix replaced (a cancelled signed ticket gets a new one), so that the guest's
    old ticket still names them at the desk."""
    old = list((last or {}).get("old_secrets", []))
    if last and last.get("secret") not in (None, rec.secret, *old):
        old.append(last["secret"])
    return {
        **rec.person,
        "category": category,
        "answers": rec.answers,
        "status": rec.status,
        "secret": rec.secret,
        "old_secrets": old,
        "external_id": rec.external_id,
    }


class _Guests:
    """The event's guests, looked up once per pull."""

    def __init__(self, event: Event):
        db = event.db
        self.rows = {r["token"]: r for r in db.query("SELECT * FROM guests")}
        self.by_code = {
            r["external_barcode"]: t for t, r in self.rows.items() if r["external_barcode"]
        }
        self.by_code.update(
            db.execute(
                "SELECT c.code, g.token FROM guest_codes c JOIN guests g ON g.id = c.guest_id"
            ).fetchall()
        )
        self.by_external_id = {
            r["external_id"]: t for t, r in self.rows.items() if r["external_id"]
        }
        self.positions = {
            pid: (token, json.loads(pulled))
            for pid, token, pulled in db.execute(
                "SELECT position_id, guest_token, pulled FROM pretix_positions"
            )
        }

    def find(self, rec: Record) -> tuple[str | None, dict | None]:
        """The guest's token and the last pulled snapshot (None: never pulled into it)."""
        known = self.positions.get(rec.position_id)
        if known and known[0] in self.rows:
            return known[0], known[1]
        for token in (self.by_code.get(rec.secret), self.by_external_id.get(rec.external_id)):
            if token in self.rows:
                return token, None
        return None, None

    def new_token(self) -> str:
        while True:
            token = codes.new_token()
            if token not in self.rows:
                return token


def _changed(row: dict, rec: Record, category: str, last: dict | None) -> dict:
    """{column: [old, new]} for one guest; ``last`` is what the previous pull said."""
    out: dict = {}
    wanted = {**rec.person, "external_id": rec.external_id}
    previous = dict(last or {})
    for column, value in wanted.items():
        current = row[column] or ""
        if value == current:
            continue
        if last is None:
            if value:  # first pull into a known guest: fill in, never blank
                out[column] = [current, value]
        elif value != previous.get(column) and (value or current == previous.get(column)):
            out[column] = [current, value]  # changed in pretix, and blanked only if unedited
    if last is None:
        if row["category"] == categories.DEFAULT and category != row["category"]:
            out["category"] = [row["category"], category]
    elif category != last.get("category") and row["category"] == last.get("category"):
        out["category"] = [row["category"], category]
    extra = json.loads(row["extra"] or "{}")
    new_extra = dict(extra)
    before = (last or {}).get("answers", {})
    for question, answer in rec.answers.items():
        if answer != extra.get(question) and (last is None or answer != before.get(question)):
            new_extra[question] = answer
    if new_extra != extra:
        out["extra"] = [extra, new_extra]
    codes = _ticket_codes(row, rec, last)
    if codes != row["extra_codes"]:
        out["extra_codes"] = [row["extra_codes"], codes]
    if bool(row["attention"]) != rec.attention:
        out["attention"] = [bool(row["attention"]), rec.attention]
    if (row["checkin_text"] or "") != rec.checkin_text:
        out["checkin_text"] = [row["checkin_text"] or "", rec.checkin_text]
    cancel = rec.status != VALID
    if (last is None or rec.status != last.get("status")) and bool(row["cancelled"]) != cancel:
        out["cancelled"] = [bool(row["cancelled"]), cancel]
    return out


def _ticket_codes(row: dict, rec: Record, last: dict | None) -> str:
    """The guest's accepted codes with this position's current ticket secret, and without the
    secrets pretix replaced (they were revoked: they must not check anyone in)."""
    current = guest_codes.decode(row["extra_codes"])
    replaced = {(last or {}).get("secret"), *(last or {}).get("old_secrets", [])} - {rec.secret}
    kept = [c for c in current if not (c.source == SOURCE and c.code in replaced)]
    if rec.secret not in {c.code for c in kept} and row["external_barcode"] != rec.secret:
        kept.append(guest_codes.AcceptedCode(rec.secret, SOURCE))
    return guest_codes.encode(kept) if kept != current else row["extra_codes"]


def _db_value(column: str, value):
    if column == "extra":
        return json.dumps(value, ensure_ascii=False)
    if column in ("attention", "cancelled"):
        return int(bool(value))
    return value


def merge(
    event: Event,
    records: list[Record],
    products: dict[int, Product],
    report: PullReport,
    *,
    item_id: int | None = None,
    desk: str | None = None,
    operator: str | None = None,
) -> None:
    """Write the records in one transaction and fill in the report."""
    known = _Guests(event)
    now = to_text(event.clock())
    desk, operator = audit.actor(event, desk, operator)
    added_ids, updated_ids, pulled_rows = [], [], []
    with event.writing():
        for rec in records:
            category = category_of(products, rec.item_id)
            token, last = known.find(rec)
            if token is None:
                token = known.new_token()
                gid = _insert(event, rec, category, token, now)
                known.rows[token] = {"id": gid}
                added_ids.append(gid)
                report.added.append({"guest_id": gid, "name": _name(rec.person)})
                if rec.status != VALID:
                    report.cancelled.append(
                        {"guest_id": gid, "name": _name(rec.person), "status": rec.status}
                    )
            else:
                row = known.rows[token]
                diff = _changed(row, rec, category, last)
                if diff:
                    _update(event, row["id"], diff, now)
                    updated_ids.append(row["id"])
                    name = _name({**row, **{k: v[1] for k, v in diff.items()}})
                    report.updated.append({"guest_id": row["id"], "name": name, "changes": diff})
                    audit.record(
                        event,
                        audit.GUEST_EDITED,
                        guest_id=row["id"],
                        details={"source": "pretix", **diff},
                        desk=desk,
                        operator=operator,
                    )
                    if "cancelled" in diff:
                        entry = {"guest_id": row["id"], "name": name}
                        if diff["cancelled"][1]:
                            report.cancelled.append({**entry, "status": rec.status})
                        else:
                            report.restored.append(entry)
                else:
                    report.unchanged += 1
            pulled_rows.append(
                (
                    rec.position_id,
                    token,
                    rec.order_code,
                    rec.secret,
                    rec.item_id,
                    rec.status,
                    json.dumps(_snapshot(rec, category, last), ensure_ascii=False),
                )
            )
        event.db.conn.executemany(
            "INSERT OR REPLACE INTO pretix_positions (position_id, guest_token, order_code,"
            " secret, item_id, status, pulled) VALUES (?, ?, ?, ?, ?, ?, ?)",
            pulled_rows,
        )
        if item_id is not None and added_ids:
            item = programme.get_item(event, item_id)
            if not item.all_guests:  # pulled from the list: on the item's list
                programme.register(event, item.id, added_ids)
        audit.record(
            event,
            PULLED,
            details=report.counts() | {"full": report.full},
            desk=desk,
            operator=operator,
        )
    if added_ids:
        change_hook.record(event, "guest_added", {"ids": added_ids})
    if updated_ids:
        change_hook.record(event, "guest_updated", {"ids": updated_ids})


def _insert(event: Event, rec: Record, category: str, token: str, now: str) -> int:
    row = {
        **rec.person,
        "category": categories.canonical(category),
        "external_id": rec.external_id,
        "extra_codes": guest_codes.encode([guest_codes.AcceptedCode(rec.secret, SOURCE)]),
        "extra": json.dumps(rec.answers, ensure_ascii=False),
        "cancelled": int(rec.status != VALID),
        "attention": int(rec.attention),
        "checkin_text": rec.checkin_text,
        "token": token,
        "created_at": now,
        "updated_at": now,
    }
    return event.db["guests"].insert(row).last_pk


def _update(event: Event, guest_id: int, diff: dict, now: str) -> None:
    values = {column: _db_value(column, new) for column, (_, new) in diff.items()}
    values["updated_at"] = now
    event.db["guests"].update(guest_id, values)
