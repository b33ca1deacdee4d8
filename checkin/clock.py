"""The time source of the core; tests pass their own to make time deterministic."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


def to_text(moment: datetime) -> str:
    """Timestamps are stored as ISO 8601 in UTC with microseconds, so text order is time order."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def from_text(text: str) -> datetime:
    return datetime.fromisoformat(text)


def local_time(text: str, fmt: str = "%d.%m.%Y %H:%M") -> str:
    """A stored timestamp as wall-clock time on this machine."""
    return from_text(text).astimezone().strftime(fmt)
