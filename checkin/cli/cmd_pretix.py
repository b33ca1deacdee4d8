"""checkin pretix EVENT: connect to pretix, pull the attendees, push the check-ins back."""

from __future__ import annotations

import os
import sys

from checkin import checkins, programme
from checkin.cli.output import Failure, add_json, emit, open_event
from checkin.cli.pin_gate import add_pin_arg, require_pin
from checkin.clock import local_time
from checkin.pretix import connection, products, pull, push, tokens
from checkin.pretix.status import status

TOKEN_VARIABLE = "CHECKIN_PRETIX_TOKEN"


def register(sub) -> None:
    p = sub.add_parser(
        "pretix",
        help="connect to pretix, pull the attendees, push the check-ins back",
        description=(
            "Work with pretix: connect once while online (the API token stays on this "
            "computer), pull the check-in list's attendees, scan offline, push every check-in "
            "back to pretix with its own time."
        ),
    )
    p.add_argument("event", help="the event file")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--connect", metavar="URL", help="connect to the pretix server at URL")
    what.add_argument("--pull", action="store_true", help="pull the attendees (merges)")
    what.add_argument("--push", action="store_true", help="push pending check-ins to pretix")
    what.add_argument("--status", action="store_true", help="what is pulled, pushed, pending")
    what.add_argument("--products", action="store_true", help="products and their categories")
    what.add_argument(
        "--category",
        action="append",
        metavar="PRODUCT=CATEGORY",
        help="the guest category of a product (product id; repeatable)",
    )
    what.add_argument("--disconnect", action="store_true", help="forget the token on this computer")
    p.add_argument("--organizer", help="with --connect: the organizer's short name (slug)")
    p.add_argument("--event", dest="pretix_event", help="with --connect: the event's short name")
    p.add_argument(
        "--token",
        help=f"with --connect: the team's API token ('-' reads it from stdin; or set {TOKEN_VARIABLE})",
    )
    p.add_argument("--list", type=int, help="with --connect: the check-in list's id")
    p.add_argument("--item", type=int, help="with --connect: the programme item (default: active)")
    p.add_argument("--full", action="store_true", help="with --pull: read every order again")
    add_pin_arg(p)
    add_json(p)
    p.set_defaults(run=run)


def run(args) -> int:
    with open_event(args.event) as event:
        if args.connect or args.pull or args.category or args.disconnect:
            require_pin(event, args)  # they change the event or the token, as in the desk
        if args.connect:
            return _connect(args, event)
        if args.pull:
            return _pull(args, event)
        if args.push:
            return _push(args, event)
        if args.products:
            return _products(args, event)
        if args.category:
            return _categories(args, event)
        if args.disconnect:
            connection.disconnect(event)
            emit(
                args, {"disconnected": True}, "Disconnected; the token is gone from this computer."
            )
            return 0
        return _status(args, event)


def _token(args) -> str:
    token = args.token or os.environ.get(TOKEN_VARIABLE, "")
    if token == "-":
        token = sys.stdin.readline()
    token = token.strip()
    if not token:
        raise Failure(f"--connect needs --token (or {TOKEN_VARIABLE}): the team's API token")
    return token


def _connect(args, event) -> int:
    missing = [
        o for o, v in (("--organizer", args.organizer), ("--event", args.pretix_event)) if not v
    ]
    if missing:
        raise Failure(f"--connect needs {' and '.join(missing)}")
    done = connection.connect(
        event,
        args.connect,
        args.organizer,
        args.pretix_event,
        _token(args),
        list_id=args.list,
        item_id=args.item,
    )
    conn = done.connection
    item = programme.get_item(event, conn.item_id)
    emit(
        args,
        {
            "connection": conn.__dict__,
            "event_name": done.event_name,
            "positions": done.positions,
            "token_file": str(tokens.token_path(event)),
        },
        f"Connected to pretix: {done.event_name} ({conn.organizer}/{conn.event}), check-in list "
        f"{conn.list_id} ({conn.list_name}) for the programme item {item.name!r}; "
        f"{done.positions} tickets on the list.\n"
        f"The token is kept on this computer only ({tokens.token_path(event)}).\n"
        f"Next: checkin pretix {args.event} --pull",
    )
    return 0


def _progress(what: str):
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        print(f"\r{what} {done}/{total}", end=end, file=sys.stderr, flush=True)

    return show


def _pull(args, event) -> int:
    report = pull.pull(
        event,
        full=args.full,
        progress=_progress("orders"),
        desk=checkins.default_desk(),
        operator=checkins.default_operator(),
    )
    c = report.counts()
    what = (
        f"all {c['orders']} orders"
        if report.full
        else f"{c['orders']} orders changed since the last pull"
    )
    lines = [
        f"Pulled {what}: {c['positions']} tickets on the list – {c['added']} added,"
        f" {c['updated']} updated, {c['cancelled']} cancelled, {c['restored']} restored,"
        f" {c['unchanged']} unchanged."
    ]
    lines += [f"  updated: {u['name']} ({', '.join(u['changes'])})" for u in report.updated]
    lines += [f"  cancelled: {u['name']} ({u['status']})" for u in report.cancelled]
    emit(args, report.to_dict(), "\n".join(lines))
    return 0


def _walk_in_lines(walk_ins: list[dict]) -> list[str]:
    if not walk_ins:
        return []
    names = ", ".join(f"{w['name']} ({w['checkins']})" for w in walk_ins)
    return [f"Not in pretix (walk-ins, check-ins kept here only): {names}"]


def _push(args, event) -> int:
    report = push.push(event, progress=_progress("check-ins"))
    lines = [f"Pushed {report.pushed} check-ins to pretix, annulled {report.annulled}."]
    lines += [
        f"  refused by pretix: {r['name']} at {local_time(r['at'])} ({r['detail']})"
        for r in report.refused
    ]
    lines += _walk_in_lines(report.walk_ins)
    emit(args, report.to_dict(), "\n".join(lines))
    return 0


def _status(args, event) -> int:
    st = status(event)
    if st.connection is None:
        emit(args, st.to_dict(), "Not connected to pretix (connect with --connect URL …).")
        return 0
    conn = st.connection
    lines = [
        f"pretix: {conn.url} – {conn.organizer}/{conn.event}, check-in list {conn.list_id} "
        f"({conn.list_name})",
        "Token: on this computer"
        if st.token_here
        else "Token: not on this computer (another desk connected; connect here to pull or push)",
        f"Last pull: {local_time(st.last_pull) if st.last_pull else 'never'}"
        f" ({st.pulled_guests} tickets pulled)",
        f"Pending: {st.pending} check-ins/check-outs"
        + (f", {st.pending_annulments} annulments" if st.pending_annulments else ""),
        f"Pushed: {st.pushed}"
        + (f", annulled {st.annulled}" if st.annulled else "")
        + (f", never sent (undone first): {st.withdrawn}" if st.withdrawn else "")
        + (f" – last push {local_time(st.last_push)}" if st.last_push else ""),
    ]
    lines += [
        f"Refused by pretix: {r['name']} at {local_time(r['at'])} ({r['detail']})"
        for r in st.refused
    ]
    lines += _walk_in_lines(st.walk_ins)
    emit(args, st.to_dict(), "\n".join(lines))
    return 0


def _products(args, event) -> int:
    known = products.load(event)
    langs = event.info.languages
    rows = [
        {"id": p.id, "name": p.name(langs), "category": p.category, "guessed": p.guessed}
        for p in sorted(known.values(), key=lambda p: p.id)
    ]
    text = "\n".join(
        f"{r['id']:>6}  {r['name']} → {r['category']}" + (" (guessed)" if r["guessed"] else "")
        for r in rows
    )
    emit(args, rows, text or "No products yet: pull first.")
    return 0


def _categories(args, event) -> int:
    changed = {}
    for item in args.category:
        product, sep, category = item.partition("=")
        if not sep or not product.strip().isdigit() or not category.strip():
            raise Failure(f"--category {item!r}: write it as PRODUCT=CATEGORY, e.g. 12=Press")
        changed[int(product)] = products.set_category(event, int(product), category.strip())
    total = sum(len(ids) for ids in changed.values())
    emit(
        args,
        {str(k): v for k, v in changed.items()},
        f"Categories set; {total} guests changed with their product.",
    )
    return 0
