"""checkin guests PATH [--search TEXT]: list guests with code, table and status.

A search finds what the desk's search finds, best first (``checkin.search``), through the
search words the event file keeps (``checkin.search_store``).

Names in another script than Latin come with their passport (ICAO) spelling: ``latin`` in
JSON ("" for a Latin name), in brackets in the text listing.
"""

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


def run(args) -> int:
    from checkin import checkins, collation, guests, search_store, tables, translit

    if args.search:  # guests not folded yet (an import, a new event): folded once, for good
        search_store.refresh_file(args.path)
    with open_event(args.path, read_only=True) as event:
        item = item_for(event, args.item)
        table_by_id = {t.id: t for t in tables.list_tables(event)}
        if args.search:  # the desk's search, through the words stored in the file
            found = search_store.index_for(event).find(args.search, limit=None)
        else:
            found = collation.sort_guests(guests.list_guests(event))
        # a search shows few guests: read only their part of the log
        states = checkins.statuses(event, item.id, [g.id for g in found] if args.search else None)
        rows = []
        for g in found:
            table = table_by_id.get(g.table_id)
            state = states.get(g.id, checkins.Status(checkins.State.NOT_YET))
            rows.append(
                {
                    "id": g.id,
                    "uid": g.uid,
                    "given_name": g.given_name,
                    "family_name": g.family_name,
                    "latin": translit.latin_form(g.full_name),
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
        latin = f" ({r['latin']})" if r["latin"] else ""
        name = f"{r['family_name']}, {r['given_name']}{latin}"
        lines.append(
            f"{r['uid']}  {name:<34} {r['organisation'][:32]:<32} "
            f"{r['category']:<10} {table:<4} {r['status']:<9} {r['code']}"
        )
    emit(args, {"item": {"id": item.id, "name": item.name}, "guests": rows}, "\n".join(lines))
    return 0
