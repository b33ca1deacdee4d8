"""Where a guest sits now and next: the round running at check-in time and the one after.

The guest-facing display and the desk's result card show this during an item with meeting
rounds. Round times are wall-clock times at the venue (this machine's zone) unless zoned,
like programme times. Texts are in the guest's language (de, ru, en), as in
``checkin.greetings``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from checkin import greetings, labels
from checkin.event import Event
from checkin.models import NAME_LANGUAGES


@dataclass(frozen=True)
class RoundSeat:
    """One round of a guest: when, which table, and whether they interpret there."""

    round: int
    starts: str  # "YYYY-MM-DDTHH:MM" (venue time) or ""
    minutes: int
    table_number: int
    theme: str
    interpreting: bool = False

    @property
    def time_range(self) -> str:
        if not self.starts:
            return ""
        end = datetime.fromisoformat(self.starts) + timedelta(minutes=self.minutes)
        return f"{self.starts[11:16]}–{end.isoformat(timespec='minutes')[11:16]}"

    def _span(self) -> tuple[datetime, datetime] | None:
        if not self.starts:
            return None
        start = datetime.fromisoformat(self.starts).astimezone()  # naive = venue time
        return start, start + timedelta(minutes=self.minutes)


@dataclass(frozen=True)
class NowAndNext:
    """``now``: the guest's round running at that moment (None between or before rounds);
    ``coming``: the guest's rounds still to start, in order."""

    now: RoundSeat | None
    coming: tuple[RoundSeat, ...]

    @property
    def next(self) -> RoundSeat | None:
        return self.coming[0] if self.coming else None

    @property
    def main(self) -> RoundSeat:
        """The seat to show large: the one now, else the next one."""
        return self.now or self.coming[0]

    @property
    def after_main(self) -> RoundSeat | None:
        """The seat to show below it: the next one after the large one."""
        rest = self.coming if self.now else self.coming[1:]
        return rest[0] if rest else None


_SEATS_SQL = """
SELECT r.number, r.starts, r.minutes, t.number, {topic}, 0
FROM round_seats s JOIN rounds r ON r.id = s.round_id JOIN tables t ON t.id = s.table_id
WHERE r.item_id = ? AND s.guest_id = ?
UNION ALL
SELECT r.number, r.starts, r.minutes, t.number, {topic}, 1
FROM round_interpreters i JOIN rounds r ON r.id = i.round_id JOIN tables t ON t.id = i.table_id
WHERE r.item_id = ? AND i.guest_id = ?
ORDER BY 1
"""


def _topic(lang: str | None) -> str:
    """SQL for what a table is about in ``lang`` (see models.Table.topic_in)."""
    code = (lang or "")[:2].lower()
    if code not in NAME_LANGUAGES:
        return "COALESCE(NULLIF(t.theme, ''), t.name, '')"
    return (f"COALESCE(NULLIF(t.theme_{code}, ''), NULLIF(t.theme, ''), "
            f"NULLIF(t.name_{code}, ''), t.name, '')")  # fmt: skip


def guest_rounds(
    event: Event, item_id: int, guest_id: int, lang: str | None = None
) -> list[RoundSeat]:
    """The guest's seats in an item's rounds, in round order (rounds without a seat left
    out); the tables' themes in ``lang`` where they have one."""
    sql = _SEATS_SQL.format(topic=_topic(lang))
    rows = event.db.execute(sql, [item_id, guest_id, item_id, guest_id])
    return [
        RoundSeat(number, starts or "", minutes or 0, table, theme or "", bool(interpreting))
        for number, starts, minutes, table, theme, interpreting in rows
    ]


def now_and_next(
    event: Event,
    item_id: int,
    guest_id: int,
    at: datetime | None = None,
    lang: str | None = None,
) -> NowAndNext | None:
    """The guest's round running at ``at`` (default: the event clock) and the rounds to come;
    None when the item has no rounds for the guest or all of them are over."""
    seats = guest_rounds(event, item_id, guest_id, lang)
    if not seats:
        return None
    moment = at or event.clock()
    if moment.tzinfo is None:
        moment = moment.astimezone()
    now = None
    coming = []
    for seat in seats:
        span = seat._span()
        if span is None:
            coming.append(seat)  # no time set: still to come, in order
        elif span[0] <= moment < span[1]:
            now = now or seat
        elif moment < span[0]:
            coming.append(seat)
    if now is None and not coming:
        return None
    return NowAndNext(now, tuple(s for s in coming if now is None or s.round > now.round))


# -- texts in the guest's language -------------------------------------------------------------
def _labels(language: str | None) -> dict[str, str]:
    return labels.section("round", greetings.language_of(language))


def caption(language: str | None, seat: RoundSeat, *, now: bool) -> str:
    """The caption above the table number: now, the round, its time (e.g. Now · Round 1 · 10:00–10:25)."""
    words = _labels(language)
    parts = [words["now"]] if now else []
    parts.append(words["round"].format(round=seat.round))
    if seat.time_range:
        parts.append(seat.time_range)
    return " · ".join(parts)


def next_line(language: str | None, seat: RoundSeat) -> str:
    """The line below: Next: Round 2 · 10:30–10:55 – Table 5, Logistics."""
    words = _labels(language)
    when = words["round"].format(round=seat.round)
    if seat.time_range:
        when += f" · {seat.time_range}"
    where = words["table"].format(table=seat.table_number)
    if seat.theme:
        where += f", {seat.theme}"
    if seat.interpreting:
        where += f" ({words['interpreting']})"
    return f"{words['next']}: {when} – {where}"


def theme_line(language: str | None, seat: RoundSeat) -> str:
    """The table's theme, and that the guest interprets there if they do."""
    if seat.interpreting:
        return f"{seat.theme} ({_labels(language)['interpreting']})".strip()
    return seat.theme
