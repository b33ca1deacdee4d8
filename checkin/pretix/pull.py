"""Pull the attendees of the connected check-in list from pretix.

Like pretixSCAN (libpretixsync's OrderSyncAdapter): the orders are read page by page, the
first pull all of them, later pulls only those modified since the server's time of the
previous complete pull (``modified_since``, taken from the ``X-Page-Generated`` header of
its first page). Everything is downloaded before anything is written: a connection lost
half-way changes nothing, and the next pull starts over from the same point.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from checkin import changes as change_hook
from checkin.clock import to_text
from checkin.event import Event
from checkin.pretix import products
from checkin.pretix.client import PretixClient
from checkin.pretix.connection import (
    KEYS,
    LAST_PULL,
    PULLED_AT,
    SCOPE,
    Connection,
    client_for,
    i18n_text,
    require,
)
from checkin.pretix.merge import PullReport, merge
from checkin.pretix.positions import Item, Scope, records

Progress = Callable[[int, int], None]  # orders read so far, orders in total

# What the desk does not need from an order: smaller pages, faster pulls.
_EXCLUDE = [
    "downloads",
    "payments",
    "refunds",
    "fees",
    "positions.downloads",
    "positions.checkins",
    "positions.print_logs",  # (not positions.pdf_data: pretix 2026.8 fails on it)
]


def pull(
    event: Event,
    *,
    client: PretixClient | None = None,
    full: bool = False,
    progress: Progress | None = None,
    desk: str | None = None,
    operator: str | None = None,
) -> PullReport:
    """Fetch and merge; ``full`` reads every order again (e.g. after changing the list)."""
    conn = require(event)
    client = client or client_for(event, conn)
    since = None if full else event.setting(PULLED_AT)
    info = client.get(conn.event_path()).data or {}
    scope = Scope.from_list(client.get(conn.event_path(f"checkinlists/{conn.list_id}/")).data)
    items = client.results(conn.event_path("items/"))
    questions = {
        q["id"]: i18n_text(q.get("question"), event.info.languages)
        for q in client.results(conn.event_path("questions/"))
        if isinstance(q, dict) and isinstance(q.get("id"), int)
    }
    revoked = [r.get("secret") for r in client.results(conn.event_path("revokedsecrets/"))]
    orders, generated = _orders(client, conn, since, progress)
    by_id = {int(i["id"]): Item.from_api(i) for i in items if isinstance(i, dict) and "id" in i}
    pulled = [rec for order in orders for rec in records(order, by_id, questions, scope)]
    report = PullReport(full=since is None, orders=len(orders), positions=len(pulled))
    with event.writing():
        known = products.update_from_pretix(event, items)
        merge(event, pulled, known, report, item_id=conn.item_id, desk=desk, operator=operator)
        keys = (info.get("valid_keys") or {}).get("pretix_sig1", [])
        event.set_setting(KEYS, json.dumps(keys))
        event.set_setting(SCOPE, json.dumps(scope.to_dict()))
        event.db.conn.executemany(
            "INSERT OR IGNORE INTO pretix_revoked (secret) VALUES (?)",
            [(s,) for s in revoked if isinstance(s, str) and s],
        )
        if generated:
            event.set_setting(PULLED_AT, generated)
        event.set_setting(LAST_PULL, to_text(event.clock()))
    change_hook.record(event, "settings", {})  # keys, products: to the other desks
    return report


def _orders(
    client: PretixClient, conn: Connection, since: str | None, progress: Progress | None
) -> tuple[list[dict], str | None]:
    params: dict = {"testmode": "false", "include_canceled_positions": "true", "exclude": _EXCLUDE}
    if since:
        # Newest changes first: an order changed while we page moves to page 1, which we
        # have read already; the next pull sees it, as it asks from this pull's start.
        params.update(ordering="-last_modified", modified_since=since)
    else:
        params["ordering"] = "datetime"  # new orders append at the end while we page
    orders: list[dict] = []
    generated = None
    for number, page in enumerate(client.pages(conn.event_path("orders/"), params)):
        if number == 0:
            generated = page.headers.get("X-Page-Generated")
        orders.extend(o for o in page.data["results"] if isinstance(o, dict))
        if progress:
            progress(len(orders), int(page.data.get("count") or len(orders)))
    return orders, generated
