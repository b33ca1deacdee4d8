"""What the desk knows about its pretix connection: where, when pulled, what is pending."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from checkin.event import Event
from checkin.pretix import push, tokens
from checkin.pretix.connection import LAST_PULL, PULLED_AT, Connection, load


@dataclass(frozen=True)
class PretixStatus:
    connection: Connection | None
    token_here: bool = False  # False: another desk connected; this one cannot pull or push
    last_pull: str | None = None
    pulled_guests: int = 0
    pending: int = 0  # check-ins and check-outs not in pretix yet
    pending_annulments: int = 0
    pushed: int = 0
    annulled: int = 0
    withdrawn: int = 0
    refused: list[dict] = field(default_factory=list)
    walk_ins: list[dict] = field(default_factory=list)
    last_push: str | None = None

    def to_dict(self) -> dict:
        data = asdict(self)
        data["connection"] = asdict(self.connection) if self.connection else None
        return data


def status(event: Event) -> PretixStatus:
    conn = load(event)
    if conn is None:
        return PretixStatus(None)
    plan = push.plan(event, conn)
    annuls = sum(1 for p in plan.pending if p.kind == push.ANNUL)
    pulled = event.db.execute("SELECT COUNT(*) FROM pretix_positions").fetchone()[0]
    return PretixStatus(
        connection=conn,
        token_here=tokens.load(event, conn.url, conn.organizer) is not None,
        last_pull=event.setting(LAST_PULL) if event.setting(PULLED_AT) else None,
        pulled_guests=pulled,
        pending=len(plan.pending) - annuls,
        pending_annulments=annuls,
        pushed=plan.pushed,
        annulled=plan.annulled,
        withdrawn=plan.withdrawn,
        refused=plan.refused,
        walk_ins=plan.walk_ins,
        last_push=event.setting(push.LAST_PUSH),
    )
