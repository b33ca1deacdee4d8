"""checkin guests PATH [--search TEXT]: list guests with code, table and status."""

from __future__ import annotations

from checkin.cli.common import add_item_arg, item_for
from checkin.cli.output import add_json, emit, open_event


def register(sub) -> None:
    p = sub.add_parser("guests", help="list the guests")
    p.add_argument("path")
    p.add_argument("--search", default="", help="only guests matching this text")
    add_item_arg(p)
    add_json(p)
    p.set_defaults(run=run)


def _open(path: str, searching: bool):
    """A search opens the file for writing when no desk has it, so the guests' search words
    are stored for the next search (search_keys.py); beside a desk window it only reads."""
    from checkin.errors import EventFileError

    if searching:
        try:
            return open_event(path)
        except EventFileError:  # locked by a desk, or a read-only medium
            pass
    return open_event(path, read_only=True)


def run(args) -> int:
    from checkin import checkins, guests, search_keys, tables

    with _open(args.path, bool(args.search.strip())) as event:
        item = item_for(event, args.item)
        table_by_id = {t.id: t for t in tables.list_tables(event)}
        if args.search.strip():
            found = search_keys.find_guests(event, args.search)
            states = checkins.statuses(event, item.id, [g.id for g in found])
        else:
            found = sorted(guests.list_guests(event), key=lambda g: (g.sort_key, g.id))
            states = checkins.statuses(event, item.id)
        rows = []
        for g in found:
            table = table_by_id.get(g.table_id)
            state = states.get(g.id, checkins.Status(checkins.State.NOT_YET))
            rows.append(
                {
                    "id": g.id,
                    "given_name": g.given_name,
                    "family_name": g.family_name,
                    "organisation": g.organisation,
                    "category": g.category,
                    "code": guests.badge_code(event, g),
                    "table": table.number if table else None,
                    "cancelled": g.cancelled,
                    "status": "cancelled" if g.cancelled else state.state.value,
                    "checked_in_at": state.first_in.at if state.first_in else None,
                }
            )
    lines = [f"{item.name} — {len(rows)} guest(s)"]
    for r in rows:
        table = f"T{r['table']}" if r["table"] else "–"
        lines.append(
            f"{r['id']:>5}  {r['family_name']}, {r['given_name']:<20} {r['organisation'][:32]:<32} "
            f"{r['category']:<10} {table:<4} {r['status']:<9} {r['code']}"
        )
    emit(args, {"item": {"id": item.id, "name": item.name}, "guests": rows}, "\n".join(lines))
    return 0
