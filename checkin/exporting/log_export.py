"""The full check-in log as CSV: every scan, undo and check-out, with desk, operator and
time, in the order it was written. What was scanned is not exported (a badge code is a
key to check that guest in); the source column says whether it came from a scan."""

from __future__ import annotations

import os

from checkin import labels
from checkin.clock import from_text
from checkin.event import Event
from checkin.exporting.columns import local
from checkin.exporting.csv_export import write_rows


def log_rows(event: Event, lang: str = "en"):
    """Header and rows of the log, oldest first."""
    t = lambda key: labels.text(key, lang)  # noqa: E731
    header = [t(k) for k in ("entry", "time", "item", "guest_id", "family_name", "given_name",
                             "organisation", "action", "undoes", "desk", "operator", "source")]  # fmt: skip
    actions = {a: t(f"action_{a}") for a in ("in", "out", "undo")}
    cursor = event.db.execute(
        "SELECT c.id, c.at, p.name, c.guest_id, g.family_name, g.given_name, g.organisation,"
        " c.action, c.undoes, c.desk, c.operator, c.scanned"
        " FROM checkins c JOIN programme_items p ON p.id = c.item_id"
        " JOIN guests g ON g.id = c.guest_id ORDER BY c.id"
    )

    def rows():
        for cid, at, item, gid, family, given, org, action, undoes, desk, op, scanned in cursor:
            yield [cid, local(from_text(at)), item, gid, family, given, org,
                   actions.get(action, action), undoes, desk or "", op or "",
                   t("source_scan") if scanned else t("source_manual")]  # fmt: skip

    return header, rows()


def export_log(
    event: Event, path: str | os.PathLike, *, lang: str = "en", delimiter: str = ","
) -> int:
    """Write the log; returns the number of entries."""
    header, rows = log_rows(event, lang)
    return write_rows(path, header, rows, delimiter=delimiter)
