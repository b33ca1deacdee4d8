"""checkin sync EVENT: several desks on one event (join code, join, run, status, unpair)."""

from __future__ import annotations

import io
import signal
from pathlib import Path

from checkin import guests, programme
from checkin.cli.output import Failure, add_json, emit, open_event
from checkin.cli.pin_gate import add_pin_arg, require_pin
from checkin.clock import local_time
from checkin.event import Event
from checkin.sync import pairing, status
from checkin.sync.apply import double_entries, likely_duplicates
from checkin.sync.desk import SyncedDesk
from checkin.sync.journal import Journal, ensure_identity
from checkin.sync.syncthing import Syncthing


def register(sub) -> None:
    p = sub.add_parser("sync", help="keep several desks in step over the venue network")
    p.add_argument("path", help="the event file (for --join: where to create it)")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--join-code", action="store_true", help="show the code other desks join with"
    )
    what.add_argument("--join", metavar="CODE", help="join the event shown on another desk")
    what.add_argument(
        "--run", dest="run_sync", action="store_true", help="run this desk's sync (headless desk)"
    )
    what.add_argument("--status", action="store_true", help="show the other desks")
    what.add_argument("--unpair", metavar="DEVICE", help="stop sharing with a desk (device id)")
    p.add_argument("--seconds", type=float, default=None, help="with --run: stop after N seconds")
    p.add_argument("--desk", default=None, help="name of this desk (default: host name)")
    p.add_argument("--timeout", type=float, default=120, help="with --join: seconds to wait")
    p.add_argument("--home", default=None, help="Syncthing home folder (default: app data dir)")
    p.add_argument("--listen-host", default="0.0.0.0", help="address Syncthing listens on")
    add_pin_arg(p)
    add_json(p)
    p.set_defaults(run=run)


def _instance(args) -> Syncthing:
    home = Path(args.home) if args.home else None
    return Syncthing.connect(home) or Syncthing(home, listen_host=args.listen_host)


def run(args) -> int:
    if args.join:
        return _join(args)
    if args.status:
        return _status(args)
    with open_event(args.path) as event:
        if args.join_code or args.unpair:  # the join code hands out the whole event
            require_pin(event, args)
        ensure_identity(event, args.desk)
        folder = pairing.default_folder(event.path)
        if args.join_code:
            return _join_code(args, event, folder)
        inst = _instance(args)
        if args.unpair:
            started = not inst.running
            if started:
                inst.start()
            try:
                journal = Journal.attach(event, folder)  # the other desks learn it too
                pairing.unpair(event, inst, args.unpair.strip().upper(), journal)
                journal.detach()
            finally:
                if started:
                    inst.stop()
            emit(
                args,
                {"unpaired": args.unpair},
                f"Desk {args.unpair} no longer receives this event.",
            )
            return 0
        signal.signal(signal.SIGTERM, _terminate)  # `kill`, service stop: stop Syncthing too
        desk = SyncedDesk(event, inst, desk_name=args.desk).start()
        try:
            desk.run(args.seconds)
        finally:
            desk.stop()
        report = desk.last_report
        emit(
            args,
            {"desk": desk.desk_id, "waiting": report.waiting},
            f"Desk {desk.desk_name} stopped syncing.",
        )
        return 0


def _terminate(signum, frame) -> None:
    raise SystemExit(0)


def _status(args) -> int:
    """Read-only: works while this desk's window or ``--run`` has the event open."""
    try:
        event = Event.open(args.path, read_only=True)
    except OSError as exc:
        raise Failure(f"{args.path}: {exc.strerror}") from exc
    with event:
        inst = Syncthing.connect(Path(args.home) if args.home else None)
        rows = status.desks(event, pairing.default_folder(event.path), inst)
        doubles, dups = _merge_report(event)
    data = {
        "running": inst is not None,
        "desks": [r.to_dict() for r in rows],
        "double_entries": doubles,
        "likely_duplicates": dups,
    }
    lines = [_line(r) for r in rows] or ["No other desks yet."]
    if inst is None:
        lines.insert(0, "Sync is not running on this desk (start it with --run).")
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


def _join_code(args, event, folder) -> int:
    inst = _instance(args)
    code = pairing.make_join_code(event, inst, folder)
    qr = ""
    if not args.json:
        import qrcode

        out = io.StringIO()
        maker = qrcode.QRCode(border=1)
        maker.add_data(code.text)
        maker.print_ascii(out=out, invert=True)
        qr = out.getvalue()
    emit(
        args,
        {
            "code": code.text,
            "device_id": code.device_id,
            "address": code.address,
            "event_id": code.event_id,
            "event_name": code.event_name,
        },
        f'{qr}\nOn the other desk: checkin sync EVENT --join "{code.text}"\n'
        f"(keep this desk syncing: checkin sync {args.path} --run)",
    )
    return 0


def _join(args) -> int:
    target = Path(args.path)
    if target.exists():
        raise Failure(f"{target}: already exists; give the path of a new event file")
    inst = Syncthing(Path(args.home) if args.home else None, listen_host=args.listen_host)
    name = args.desk or ""
    try:
        event = pairing.join(
            target, args.join, inst, desk_name=name or _hostname(), timeout=args.timeout
        )
    finally:
        inst.stop()
    with event:
        emit(
            args,
            {"joined": event.info.name, "path": str(target)},
            f"Joined “{event.info.name}”. Keep this desk syncing: checkin sync {target} --run",
        )
    return 0


def _hostname() -> str:
    import socket

    return socket.gethostname() or "desk"


def _line(row: status.DeskStatus) -> str:
    state = "connected" if row.connected else "not connected"
    warn = "  ⚠ out of reach for some minutes" if row.out_of_reach else ""
    return (
        f"{row.name:<20} {state:<14} last synced {row.last_synced or '–'}  "
        f"waiting here {row.pending_here}, there {row.pending_there}{warn}"
    )
