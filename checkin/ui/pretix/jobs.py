"""The background parts of the pretix dialog: each opens its own connection to the event file
(SQLite connections are not shared between threads) and returns plain data."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from checkin import checkins
from checkin.event import Event
from checkin.pretix import connection, pull, push


@dataclass(frozen=True)
class ConnectJob:
    event_path: Path
    url: str
    organizer: str
    event: str
    token: str
    list_id: int | None  # None: ask pretix which lists there are
    item_id: int


@dataclass(frozen=True)
class Lists:
    """The event has several check-in lists: the user picks one."""

    lists: list[tuple[int, str]]


def run_connect(job: ConnectJob, clock) -> connection.Connected | Lists:
    if job.list_id is None:
        lists = connection.checkin_lists(job.url, job.organizer, job.event, job.token)
        if len(lists) > 1:
            return Lists(lists)
        list_id = lists[0][0] if lists else None
    else:
        list_id = job.list_id
    with Event.open(job.event_path, clock=clock) as event:
        return connection.connect(
            event, job.url, job.organizer, job.event, job.token, list_id=list_id,
            item_id=job.item_id,
        )  # fmt: skip


def run_pull(event_path: Path, clock, progress=None, *, full: bool = False):
    with Event.open(event_path, clock=clock) as event:
        return pull.pull(
            event,
            full=full,
            progress=progress,
            desk=checkins.default_desk(),
            operator=checkins.default_operator(),
        )


def run_push(event_path: Path, clock, progress=None) -> push.PushReport:
    with Event.open(event_path, clock=clock) as event:
        return push.push(event, progress=progress)
