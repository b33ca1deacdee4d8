"""checkin sync EVENT --status: the other desks, refused journal records, doubles, lookalikes.

Read-only: works while this desk's window or ``--run`` has the event open. Times are shown
in this computer's local time; JSON carries them as stored (UTC).
"""

from __future__ import annotations

from pathlib import Path

from checkin import guests, programme
from checkin.cli.output import Failure, emit
from checkin.clock import local_time
from checkin.event import Event
from checkin.sync import pairing, quarantine, status
from checkin.sync.merge_report import double_entries, likely_duplicates
from checkin.sync.syncthing import Syncthing

_WHEN = "%d.%m. %H:%M:%S"


def show_status(args) -> int:
    try:
        event = Event.open(args.path, read_only=True)
    except OSError as exc:
        raise Failure(f"{args.path}: {exc.strerror}") from exc
    with event:
        inst = Syncthing.connect(Path(args.home) if args.home else None)
        rows = status.desks(event, pairing.default_folder(event.path), inst)
        doubles, dups = _merge_report(event)
        refused = quarantine.entries(event)
    names = {r.desk_id: r.name for r in rows if r.desk_id}
    data = {
        "running": inst is not None,
        "desks": [r.to_dict() for r in rows],
        "quarantined": [q.to_dict() for q in refused],
        "double_entries": doubles,
        "likely_duplicates": dups,
    }
    lines = [_line(r) for r in rows] or ["No other desks yet."]
    if inst is None:
        lines.insert(0, "Sync is not running on this desk (start it with --run).")
    for q in refused:
        lines.append(
            f"Refused from {names.get(q.desk, q.desk)} (record {q.seq}, "
            f"{local_time(q.found_at, _WHEN)}): {q.describe()}"
        )
    for d in doubles:
        extra = ", ".join(f"{e['desk']} {local_time(e['at'], '%H:%M:%S')}" for e in d["extra"])
        lines.append(
            f"Checked in twice: {d['guest']} at {d['item']} – arrival "
            f"{d['arrival']['desk']} {local_time(d['arrival']['at'], '%H:%M:%S')}, "
            f"also {extra}"
        )
    for d in dups:
        lines.append(f"Likely the same person ({d['reason']}): {d['guest_a']} / {d['guest_b']}")
    emit(args, data, "\n".join(lines))
    return 0


def _line(row: status.DeskStatus) -> str:
    if row.removed:
        state = "removed"
    elif row.connected:
        state = "connected"
    elif row.paired:
        state = "not connected"
    else:
        state = "not paired"
    warn = "  ⚠ out of reach for some minutes" if row.out_of_reach and not row.removed else ""
    last = local_time(row.last_synced, _WHEN) if row.last_synced else "–"
    return (
        f"{row.name:<20} {state:<14} last synced {last}  "
        f"waiting here {row.pending_here}, there {row.pending_there}{warn}"
    )


def _merge_report(event) -> tuple[list[dict], list[dict]]:
    """Double check-ins (desks that could not see each other) and likely duplicate walk-ins."""

    def name(guest_id: int) -> str:
        return guests.get_guest(event, guest_id).full_name

    def entry(e) -> dict:
        return {"desk": e.desk, "at": e.at, "operator": e.operator}

    doubles = [
        {
            "guest_id": d.guest_id,
            "guest": name(d.guest_id),
            "item_id": d.item_id,
            "item": programme.get_item(event, d.item_id).name,
            "arrival": entry(d.arrival),
            "extra": [entry(e) for e in d.extra],
        }
        for d in double_entries(event)
    ]
    dups = [
        {
            "guest_a_id": d.guest_a,
            "guest_a": name(d.guest_a),
            "guest_b_id": d.guest_b,
            "guest_b": name(d.guest_b),
            "reason": d.reason,
        }
        for d in likely_duplicates(event)
    ]
    return doubles, dups
