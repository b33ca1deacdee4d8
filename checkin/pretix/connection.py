"""Connecting an event to pretix: check the server, token, event and check-in list, then keep
where it is (in the event file) and the token (on this computer only, see tokens.py)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from checkin import changes as change_hook
from checkin import programme
from checkin.errors import PretixError
from checkin.event import Event
from checkin.pretix import tokens
from checkin.pretix.client import PretixClient, normalise_url

# Where the event is, its public keys, what its list admits, its products' categories: every
# desk needs them to verify tickets offline, so they travel with the sync journal ("shared.").
CONNECTION = "shared.pretix.connection"  # JSON of Connection: never the token
KEYS = "shared.pretix.keys"  # JSON list: the event's pretix_sig1 public keys (valid_keys)
SCOPE = "shared.pretix.scope"  # JSON: which products and date the check-in list admits
PRODUCTS = "shared.pretix.products"  # JSON {item id: {"names", "category", "guessed"}}
PULLED_AT = "pretix.pulled_at"  # pretix's time of this desk's last complete pull
LAST_PULL = "pretix.last_pull"  # this computer's time of it


@dataclass(frozen=True)
class Connection:
    url: str
    organizer: str
    event: str  # pretix's event slug
    list_id: int
    list_name: str
    item_id: int  # the programme item whose check-ins go to this list

    def event_path(self, rest: str = "") -> str:
        return f"events/{self.event}/{rest}"


@dataclass(frozen=True)
class Connected:
    connection: Connection
    event_name: str
    positions: int  # what the list's status counts: tickets that may check in


def load(event: Event) -> Connection | None:
    raw = event.setting(CONNECTION)
    if not raw:
        return None
    try:
        return Connection(**json.loads(raw))
    except (TypeError, ValueError):
        return None


def require(event: Event) -> Connection:
    conn = load(event)
    if conn is None:
        raise PretixError("pretix_not_connected", path=str(event.path))
    return conn


def client_for(event: Event, conn: Connection, **options) -> PretixClient:
    token = tokens.load(event, conn.url, conn.organizer)
    if token is None:
        raise PretixError("pretix_no_token")
    return PretixClient(conn.url, conn.organizer, token, **options)


def i18n_text(value, languages: list[str]) -> str:
    """A pretix i18n text ({"de": …, "en": …} or plain) in the first language we have."""
    if isinstance(value, dict):
        for lang in [*languages, "en"]:
            if value.get(lang):
                return str(value[lang])
        return next((str(v) for v in value.values() if v), "")
    return "" if value is None else str(value)


def _list_label(row: dict) -> str:
    return f"{row.get('id')} ({row.get('name') or ''})"


def connect(
    event: Event,
    url: str,
    organizer: str,
    event_slug: str,
    token: str,
    *,
    list_id: int | None = None,
    item_id: int | None = None,
    client: PretixClient | None = None,
) -> Connected:
    """Check everything against the server; write nothing unless all of it is right."""
    url = normalise_url(url)
    organizer, event_slug = organizer.strip(), event_slug.strip()
    client = client or PretixClient(url, organizer, token)
    info = _event_info(client, event_slug)
    lists = client.results(f"events/{event_slug}/checkinlists/", {"exclude": "checkin_count"})
    chosen = _choose_list(lists, list_id, event_slug)
    # Pulling reads orders: a token that may only check in would fail later, at the worst time.
    probe = client.get(f"events/{event_slug}/orders/", {"page_size": 1}, accept=(403,))
    if probe.status == 403:
        raise PretixError("pretix_forbidden", event=event_slug)
    status = client.get(f"events/{event_slug}/checkinlists/{chosen['id']}/status/")
    item = programme.active_item(event) if item_id is None else programme.get_item(event, item_id)
    conn = Connection(
        url, organizer, event_slug, int(chosen["id"]), chosen.get("name") or "", item.id
    )
    previous = load(event)
    try:
        with event.writing():
            if previous is not None and (previous.url, previous.organizer, previous.event) != (
                url,
                organizer,
                event_slug,
            ):
                # Another pretix event: what was pulled from the old one says nothing about it.
                event.set_setting(PULLED_AT, None)
            event.set_setting(CONNECTION, json.dumps(asdict(conn)))
            keys = (info.get("valid_keys") or {}).get("pretix_sig1", [])
            event.set_setting(KEYS, json.dumps(keys))
            tokens.save(event, url, organizer, token.strip())  # last: the transaction is sure
    except BaseException:
        if previous is None:
            tokens.forget(event)
        raise
    change_hook.record(event, "settings", {})  # other desks learn the keys
    name = i18n_text(info.get("name"), event.info.languages)
    positions = int((status.data or {}).get("position_count") or 0)
    return Connected(conn, name, positions)


def _event_info(client: PretixClient, event_slug: str) -> dict:
    """The event as pretix describes it; or the clear reason why not."""
    found = client.get(f"events/{event_slug}/", accept=(403, 404))
    if found.status in (403, 404):
        # pretix answers 403 for an event that does not exist, too: ask which events there are.
        listed = client.get("events/", {"page_size": 50}, accept=(403, 404))
        ok = listed.status == 200 and isinstance(listed.data, dict)
        slugs = [e.get("slug") for e in listed.data.get("results", [])] if ok else []
        if event_slug in slugs:
            raise PretixError("pretix_forbidden", event=event_slug)
        raise PretixError(
            "pretix_no_event",
            url=client.url,
            organizer=client.organizer,
            event=event_slug,
            events=", ".join(s for s in slugs if s) or "none",
        )
    return found.data if isinstance(found.data, dict) else {}


def checkin_lists(
    url: str, organizer: str, event_slug: str, token: str, *, client: PretixClient | None = None
) -> list[tuple[int, str]]:
    """The event's check-in lists as (id, name), to choose one before connecting."""
    client = client or PretixClient(url, organizer.strip(), token)
    event_slug = event_slug.strip()
    _event_info(client, event_slug)
    rows = client.results(f"events/{event_slug}/checkinlists/", {"exclude": "checkin_count"})
    return [(int(r["id"]), str(r.get("name") or "")) for r in rows if "id" in r]


def _choose_list(lists: list[dict], list_id: int | None, event_slug: str) -> dict:
    labels = ", ".join(_list_label(r) for r in lists)
    if list_id is not None:
        for row in lists:
            if row.get("id") == list_id:
                return row
        raise PretixError(
            "pretix_wrong_list", event=event_slug, list=list_id, lists=labels or "none"
        )
    if not lists:
        raise PretixError("pretix_no_lists", event=event_slug)
    if len(lists) > 1:
        raise PretixError("pretix_choose_list", event=event_slug, lists=labels)
    return lists[0]


def disconnect(event: Event) -> None:
    """Forget the token on this computer and the connection; pulled guests stay."""
    tokens.forget(event)
    with event.writing():
        for key in (CONNECTION, PULLED_AT, LAST_PULL):
            event.set_setting(key, None)
    change_hook.record(event, "settings", {})
