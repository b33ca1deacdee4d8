"""Hand the check-ins back to pretix, as pretixSCAN uploads the ones it made offline.

Every check-in and check-out at the connected programme item — made at any desk: they all
reach this event file through the sync journal — goes to ``checkinrpc/redeem`` with its
original time, ``force`` (it happened; pretix must not refuse it now) and a nonce derived from
the entry itself (guest, item, action, time, desk), so the same check-in pushed twice, from
here or from another desk, counts once in pretix. Each answer is written down at once: a push
cut off half-way resumes with what is still pending. A check-in undone before it was pushed is
never sent; one undone after is annulled (pretix allows that within 15 minutes). Walk-ins have
no ticket in pretix: they are reported, not invented there.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from checkin import guest_codes, guests
from checkin.clock import to_text
from checkin.event import Event
from checkin.pretix.client import PretixClient
from checkin.pretix.connection import Connection, client_for, require
from checkin.pretix.merge import SOURCE

LAST_PUSH = "pretix.last_push"
REDEEM, ANNUL = "redeem", "annul"
OK, REFUSED = "ok", "refused"
Progress = Callable[[int, int], None]  # pushed so far, pending in total


@dataclass(frozen=True)
class Pending:
    nonce: str  # of the check-in (an annulment names the check-in it annuls)
    kind: str  # REDEEM / ANNUL
    checkin_id: int
    guest_id: int
    secret: str
    type: str  # entry / exit
    at: str  # the check-in's time; for an annulment, the undo's


@dataclass
class Plan:
    pending: list[Pending] = field(default_factory=list)
    pushed: int = 0  # check-ins pretix has (earlier pushes)
    annulled: int = 0
    refused: list[dict] = field(default_factory=list)  # {guest_id, name, at, kind, detail}
    withdrawn: int = 0  # undone before they were pushed: never sent
    walk_ins: list[dict] = field(default_factory=list)  # {guest_id, name, checkins}


@dataclass
class PushReport:
    pushed: int = 0
    annulled: int = 0
    refused: list[dict] = field(default_factory=list)
    walk_ins: list[dict] = field(default_factory=list)
    remaining: int = 0

    def to_dict(self) -> dict:
        return asdict(self)


def nonce_of(token: str, item_id: int, action: str, at: str, desk: str) -> str:
    """The same for a check-in on every desk that has it (the sync journal keeps all five)."""
    digest = hashlib.sha256(f"{token}|{item_id}|{action}|{at}|{desk}".encode()).hexdigest()
    return "checkin-" + digest[:40]


def _secret(extra_codes: str, barcode: str) -> str:
    """The ticket pretix knows the guest by: the newest code from pretix, else an imported
    barcode (a pretix export imported as a list); "" for a walk-in."""
    pretix = [c.code for c in guest_codes.decode(extra_codes) if c.source == SOURCE]
    return pretix[-1] if pretix else (barcode or "")


def _api_time(at: str) -> str:
    return at.replace("+00:00", "Z")


def plan(event: Event, conn: Connection | None = None) -> Plan:
    """What is pending, done, refused and left out, from the log and the pushes so far."""
    conn = conn or require(event)
    rows = event.db.execute(
        "SELECT c.id, c.guest_id, c.action, c.at, c.desk, c.undoes, g.token, g.extra_codes,"
        " g.external_barcode,"
        " g.given_name, g.family_name FROM checkins c JOIN guests g ON g.id = c.guest_id"
        " WHERE c.item_id = ? ORDER BY c.at, c.id",
        [conn.item_id],
    ).fetchall()
    pushes = {
        nonce: (kind, outcome, detail)
        for nonce, kind, outcome, detail in event.db.execute(
            "SELECT nonce, kind, outcome, detail FROM pretix_pushes"
        )
    }
    undone_at = {r[5]: r[3] for r in rows if r[2] == "undo"}
    out = Plan()
    walk_ins: dict[int, dict] = {}
    for cid, gid, action, at, desk, _undoes, token, codes, barcode, given, family in rows:
        if action not in ("in", "out"):
            continue
        secret = _secret(codes, barcode)
        name = " ".join(p for p in (given, family) if p)
        if not secret:
            entry = walk_ins.setdefault(gid, {"guest_id": gid, "name": name, "checkins": 0})
            entry["checkins"] += 1
            continue
        nonce = nonce_of(token, conn.item_id, action, at, desk or "")
        pushed = pushes.get(nonce)
        kind = "entry" if action == "in" else "exit"
        if pushed is None:
            if cid in undone_at:
                out.withdrawn += 1
            else:
                out.pending.append(Pending(nonce, REDEEM, cid, gid, secret, kind, at))
            continue
        if pushed[1] == REFUSED:
            out.refused.append(
                {"guest_id": gid, "name": name, "at": at, "kind": REDEEM, "detail": pushed[2]}
            )
            continue
        out.pushed += 1
        if cid in undone_at:
            annul = pushes.get("annul:" + nonce)
            if annul is None:
                out.pending.append(Pending(nonce, ANNUL, cid, gid, secret, kind, undone_at[cid]))
            elif annul[1] == OK:
                out.annulled += 1
            else:
                out.refused.append(
                    {"guest_id": gid, "name": name, "at": at, "kind": ANNUL, "detail": annul[2]}
                )
    out.walk_ins = sorted(walk_ins.values(), key=lambda w: w["name"].casefold())
    return out


def _record(event: Event, item: Pending, outcome: str, detail: str) -> None:
    key = item.nonce if item.kind == REDEEM else "annul:" + item.nonce
    with event.writing():  # at once: a push cut off later keeps this answer
        event.db.execute(
            "INSERT OR REPLACE INTO pretix_pushes (nonce, checkin_id, kind, outcome, detail, at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [key, item.checkin_id, item.kind, outcome, detail, to_text(event.clock())],
        )


def _send(client: PretixClient, conn: Connection, item: Pending) -> tuple[str, str]:
    """Push one entry; (OK or REFUSED, pretix's reason). Connection trouble raises."""
    if item.kind == REDEEM:
        body = {
            "secret": item.secret,
            "lists": [conn.list_id],
            "type": item.type,
            "datetime": _api_time(item.at),
            "force": True,
            "nonce": item.nonce,
            "ignore_unpaid": False,
            "questions_supported": False,
            "source_type": "barcode",
        }
        answer = client.post("checkinrpc/redeem/", body, accept=(400, 404))
    else:
        body = {"lists": [conn.list_id], "nonce": item.nonce, "datetime": _api_time(item.at)}
        answer = client.post("checkinrpc/annul/", body, accept=(400, 404))
    data = answer.data if isinstance(answer.data, dict) else {}
    if answer.status in (200, 201) and data.get("status") == "ok":
        return OK, ""
    # Final, as in pretixSCAN: pretix will not change its mind on a later push.
    detail = data.get("reason") or data.get("detail") or data.get("non_field_errors") or ""
    if isinstance(detail, list):
        detail = " ".join(str(d) for d in detail)
    return REFUSED, str(detail) or f"HTTP {answer.status}"


def push(
    event: Event, *, client: PretixClient | None = None, progress: Progress | None = None
) -> PushReport:
    """Push everything pending; a lost connection raises after keeping what was done."""
    conn = require(event)
    client = client or client_for(event, conn)
    todo = plan(event, conn)
    report = PushReport(walk_ins=todo.walk_ins, remaining=len(todo.pending))
    for done, item in enumerate(todo.pending, 1):
        outcome, detail = _send(client, conn, item)
        _record(event, item, outcome, detail)
        report.remaining -= 1
        if outcome == OK:
            if item.kind == REDEEM:
                report.pushed += 1
            else:
                report.annulled += 1
        else:
            guest = guests.get_guest(event, item.guest_id)
            report.refused.append(
                {
                    "guest_id": item.guest_id,
                    "name": guest.full_name,
                    "at": item.at,
                    "kind": item.kind,
                    "detail": detail,
                }
            )
        if progress:
            progress(done, len(todo.pending))
    event.set_setting(LAST_PUSH, to_text(event.clock()))
    return report
